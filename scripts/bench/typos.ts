/**
 * Typing mistakes added to a labelled set's texts, for `bench:gaps -- --typos RATE`: how much
 * the report loses on an export typed fast (chat on a phone) compared with the same set spelt
 * right. Each word of three or more letters is mistyped with probability `rate`, by one edit a
 * phone keyboard makes: a letter dropped, doubled, swapped with the next, or changed. Never the
 * first letter (people rarely mistype it, and the report's speller relies on that). Seeded:
 * the same texts get the same typos on every run and machine.
 */
import { mulberry32 } from './random.ts';

const WORD = /\p{L}{3,}/gu;
const LETTERS = 'etaoinshrdlu';

/** A function that mistypes a text's words at `rate`, drawing from one seeded sequence. */
export function typist(rate: number, seed = 7): (text: string) => string {
  const next = mulberry32(seed);
  return (text) =>
    text.replace(WORD, (word) => {
      if (next() >= rate) return word;
      const at = 1 + Math.floor(next() * (word.length - 1));
      const kind = next();
      if (kind < 0.25) return word.slice(0, at) + word.slice(at + 1);
      if (kind < 0.5) return word.slice(0, at) + word[at - 1] + word.slice(at);
      if (kind < 0.75 && at < word.length - 1) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
      return word.slice(0, at) + LETTERS[Math.floor(next() * LETTERS.length)] + word.slice(at + 1);
    });
}
