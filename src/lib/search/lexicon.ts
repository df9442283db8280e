/**
 * The site's own words, per language, for spelling: written at build time next to the search
 * index (`search-words/<locale>/<shard>.txt`), fetched by the browser only when a query has a
 * word to check, one small shard per first letter. Pure: building, naming and reading shards.
 *
 * Only words in alphabets where a typo leaves the word recognisable are listed (Latin and
 * Cyrillic): Korean syllables and Telugu letters are matched by Pagefind's prefix search and
 * are never "corrected".
 */
import { queryWords } from './query-terms.ts';
import { SiteWords, stemmerFor } from './spelling.ts';
import { SPELLABLE } from '../language/spellable.ts';

/** Folder of the shards in the built site. */
export const LEXICON_DIR = 'search-words';

/**
 * The shard a word is listed in: its first letter, as a code point in hex (file names stay
 * ASCII whatever the alphabet). A typo in the first letter is the rarest kind, and a shard per
 * letter keeps a first query's download to the letters it uses.
 */
export function shardOf(word: string): string | undefined {
  if (!SPELLABLE.test(word)) return undefined;
  return word.codePointAt(0)!.toString(16);
}

export type Lexicon = Map<string, Map<string, number>>;

/** Counts every spellable word of the texts, by shard. */
export function buildLexicon(texts: Iterable<string>): Lexicon {
  const shards: Lexicon = new Map();
  for (const text of texts) {
    for (const word of queryWords(text)) {
      const shard = shardOf(word);
      if (!shard) continue;
      let words = shards.get(shard);
      if (!words) shards.set(shard, (words = new Map()));
      words.set(word, (words.get(word) ?? 0) + 1);
    }
  }
  return shards;
}

/** One shard as text: `word count` per line, commonest first (the tie-breaker reads it that way). */
export function serializeShard(words: ReadonlyMap<string, number>): string {
  return `${[...words].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word, count]) => `${word} ${count}`).join('\n')}\n`;
}

export function parseShard(text: string): Map<string, number> {
  const words = new Map<string, number>();
  for (const line of text.split('\n')) {
    const space = line.lastIndexOf(' ');
    if (space > 0) words.set(line.slice(0, space), Number(line.slice(space + 1)) || 1);
  }
  return words;
}

/** What the build wrote about a language's words: `search-words/<locale>/index.json`. */
export interface LexiconIndex {
  /** The shards written (a shard not listed holds no site word). */
  shards: string[];
  /**
   * The best page's score for the site's own article titles searched as questions (median of
   * a sample): the scale a search's best score is judged on (find-articles.ts, confidence).
   */
  reference?: number;
  /**
   * Shards with a list of the language's real words that spelling would otherwise correct
   * into a site word (`<shard>.real.txt`, real-words.ts); absent for languages without a
   * dictionary.
   */
  real?: string[];
}

/** The site's words and search calibration in one language, as search needs them. */
export interface SiteLexicon {
  /** The site's words of one shard; undefined when the site has no word list. */
  words(shard: string): Promise<SiteWords | undefined>;
  /** The calibration score (LexiconIndex.reference), undefined when there is none. */
  reference(): Promise<number | undefined>;
  /**
   * Whether a word the speller is about to correct is a real word of the language (one the
   * site does not use): asked only then, so the list is fetched only when a query needs it.
   */
  isRealWord(word: string): Promise<boolean>;
}

/**
 * Reads the files of `search-words/<locale>/` on first use and keeps them: `fetchText` reads
 * one (undefined when it cannot). A shard the index does not list holds no site word, so it is
 * never asked for; no index at all (a site built before word lists) means nothing can be
 * checked, and every word is searched as typed.
 */
export function siteLexicon(locale: string, fetchText: (file: string) => Promise<string | undefined>): SiteLexicon {
  let index: Promise<LexiconIndex | undefined> | undefined;
  const readIndex = () =>
    (index ??= fetchText('index.json').then((text) => {
      if (text === undefined) return undefined;
      try {
        return JSON.parse(text) as LexiconIndex;
      } catch {
        return undefined;
      }
    }));
  const shards = new Map<string, Promise<SiteWords | undefined>>();
  const real = new Map<string, Promise<ReadonlySet<string>>>();
  return {
    words(shard) {
      let words = shards.get(shard);
      if (!words) {
        words = readIndex().then(async (list) => {
          if (!list) return undefined;
          const [text, stem] = await Promise.all([list.shards.includes(shard) ? fetchText(`${shard}.txt`) : '', stemmerFor(locale)]);
          return text === undefined ? undefined : new SiteWords(parseShard(text), stem);
        });
        shards.set(shard, words);
      }
      return words;
    },
    reference: async () => (await readIndex())?.reference,
    async isRealWord(word) {
      const shard = shardOf(word);
      if (!shard) return false;
      let words = real.get(shard);
      if (!words) {
        words = readIndex().then(async (list) => (list?.real?.includes(shard) ? new Set((await fetchText(`${shard}.real.txt`))?.split('\n').filter(Boolean)) : new Set<string>()));
        real.set(shard, words);
      }
      return (await words).has(word);
    },
  };
}
