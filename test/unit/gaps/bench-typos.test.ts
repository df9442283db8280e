import { describe, expect, it } from 'vitest';
import { typist } from '../../../scripts/bench/typos.ts';

describe("bench:gaps --typos: a set's texts mistyped", () => {
  const text = 'my card payment was declined at the petrol station twice';

  it('leaves the text as it is at rate 0, and mistypes the same way on every run', () => {
    expect(typist(0)(text)).toBe(text);
    expect(typist(0.5)(text)).toBe(typist(0.5)(text));
  });

  it('changes each word of three letters or more by one edit at rate 1, never its first letter, never shorter words', () => {
    const words = text.split(' ');
    const typed = typist(1)(text).split(' ');
    expect(typed).toHaveLength(words.length);
    typed.forEach((word, i) => {
      const original = words[i]!;
      if (original.length < 3) return expect(word).toBe(original);
      expect(word[0]).toBe(original[0]);
      expect(Math.abs(word.length - original.length)).toBeLessThanOrEqual(1);
    });
    // A changed letter may draw the same letter back; most words still differ.
    expect(typed.filter((word, i) => word !== words[i]).length).toBeGreaterThanOrEqual(words.filter((w) => w.length >= 3).length - 2);
  });

  it('mistypes about the share of words asked for', () => {
    const long = Array.from({ length: 2000 }, () => 'refund').join(' ');
    const changed = typist(0.08)(long).split(' ').filter((w) => w !== 'refund').length;
    expect(changed / 2000).toBeGreaterThan(0.05);
    expect(changed / 2000).toBeLessThan(0.1);
  });
});
