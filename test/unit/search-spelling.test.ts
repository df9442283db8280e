import { describe, expect, it } from 'vitest';
import { buildLexicon, parseShard, serializeShard, shardOf } from '../../src/lib/search/lexicon.ts';
import { SiteWords, editDistance, editsAllowed, stemmerFor } from '../../src/lib/search/spelling.ts';
import { deletions, realWordsNear } from '../../src/lib/search/real-words.ts';

const stems = { en: await stemmerFor('en'), ru: await stemmerFor('ru') };
const words = (text: string, locale: 'en' | 'ru' = 'en') => {
  const all = new Map<string, number>();
  for (const shard of buildLexicon([text]).values()) for (const [w, n] of shard) all.set(w, n);
  return new SiteWords(all, stems[locale]);
};

describe('spelling from the site\'s own words', () => {
  const site = words('return policy refund refund refund guarantee parcel parcels card cad size order invoice');

  it('fixes a dropped, added, replaced or swapped letter', () => {
    expect(site.check('retun')).toEqual({ status: 'corrected', to: 'return' });
    expect(site.check('polcy')).toEqual({ status: 'corrected', to: 'policy' });
    expect(site.check('garantee')).toEqual({ status: 'corrected', to: 'guarantee' });
    expect(site.check('refnud')).toEqual({ status: 'corrected', to: 'refund' });
    expect(site.check('invoicce')).toEqual({ status: 'corrected', to: 'invoice' });
  });

  it('never changes a word the site uses, in any form its stemmer merges', () => {
    expect(site.check('card')).toEqual({ status: 'known' });
    expect(site.check('refunds')).toEqual({ status: 'known' });
    expect(site.check('parcel')).toEqual({ status: 'known' });
    expect(site.check('ordered')).toEqual({ status: 'known' });
  });

  it('leaves short words and four-letter look-alikes alone', () => {
    // "site" is one letter from "size": a different word as often as a typo.
    expect(site.check('site')).toEqual({ status: 'unknown' });
    expect(site.check('crad')).toEqual({ status: 'corrected', to: 'card' });
    expect(site.check('ord')).toEqual({ status: 'unknown' });
    expect(site.check('qwerty')).toEqual({ status: 'unknown' });
  });

  it('prefers the commoner site word when two are as close, and refuses a four-letter guess', () => {
    expect(words('ships ships shops shops shops').check('shxps')).toEqual({ status: 'corrected', to: 'shops' });
    expect(words('ships ships ships shops').check('shxps')).toEqual({ status: 'corrected', to: 'ships' });
    expect(words('bolt bold bold').check('bols')).toEqual({ status: 'unknown' });
  });

  it('counts the start of a site word as known while typing', () => {
    expect(site.check('guara', true)).toEqual({ status: 'known' });
    expect(site.check('guara')).toEqual({ status: 'unknown' });
  });

  it('matches Russian forms through the stemmer', () => {
    const ru = words('заказ заказа посылка', 'ru');
    expect(ru.check('заказом')).toEqual({ status: 'known' });
    expect(ru.check('посылку')).toEqual({ status: 'known' });
  });

  it('measures edits with a limit', () => {
    expect(editDistance('retun', 'return', 2)).toBe(1);
    expect(editDistance('abcd', 'bacd', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editsAllowed(3)).toBe(0);
    expect(editsAllowed(10)).toBe(2);
  });
});

describe('the word list written at build time', () => {
  it('lists Latin and Cyrillic words by first letter, commonest first, and reads back the same', () => {
    const shards = buildLexicon(['Refund your refund, return it', 'Возврат 배송 123']);
    expect([...shards.keys()].sort()).toEqual([shardOf('refund'), shardOf('it'), shardOf('your'), shardOf('возврат')].sort());
    const r = shards.get(shardOf('refund')!)!;
    expect(serializeShard(r)).toBe('refund 2\nreturn 1\n');
    expect(parseShard(serializeShard(r))).toEqual(r);
    expect(shardOf('배송')).toBeUndefined();
  });
});

describe('real words the site does not use', () => {
  const lexicon = buildLexicon(['shows staff contact orders return policy size']);
  const dictionary = ['shoes', 'stuff', 'contract', 'orders', 'ordered', 'site', 'banana', 'sizes', 'returned'];

  it('lists exactly the dictionary words the speller would change into a site word', () => {
    const real = realWordsNear(lexicon, dictionary, stems.en);
    const listed = [...real.values()].flat().sort();
    // banana is far from every site word; orders is one; ordered, sizes and returned are site
    // words' forms (known through the stemmer); site is a four-letter look-alike the speller
    // already leaves alone.
    expect(listed).toEqual(['contract', 'shoes', 'stuff']);
    const site = new SiteWords(new Map([...lexicon.values()].flatMap((shard) => [...shard])), stems.en);
    for (const word of listed) expect(site.check(word).status).toBe('corrected');
    expect(real.get(shardOf('shoes')!)).toEqual(['shoes', 'stuff']);
  });

  it('finds the same words as comparing every dictionary word with every site word', () => {
    // Every one-letter change of the site's words (a letter dropped, added or replaced), and the
    // deletions of those: thousands of near misses, found through hashes of their deletions.
    const site = new SiteWords(new Map([...lexicon.values()].flatMap((shard) => [...shard])), stems.en);
    const siteWords = [...lexicon.values()].flatMap((shard) => [...shard.keys()]);
    const variants = new Set<string>();
    for (const word of siteWords) {
      for (let i = 0; i <= word.length; i++) {
        for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
          variants.add(word.slice(0, i) + letter + word.slice(i));
          if (i < word.length) variants.add(word.slice(0, i) + letter + word.slice(i + 1));
        }
        if (i < word.length) for (const shorter of deletions(word.slice(0, i) + word.slice(i + 1), 1)) variants.add(shorter);
      }
    }
    const expected = [...variants]
      .filter((word) => {
        if (word.length < 4) return false;
        const mine = deletions(word, 1);
        const near = new Set(siteWords.filter((s) => s.length >= 4 && shardOf(s) === shardOf(word) && [...deletions(s, 2)].some((d) => mine.has(d))));
        return near.size > 0 && !site.knows(word) && site.closest(word, near).status === 'corrected';
      })
      .sort();
    expect(expected.length).toBeGreaterThan(100);
    expect([...realWordsNear(lexicon, [...variants].sort(), stems.en).values()].flat().sort()).toEqual(expected);
  });

  it('makes every deletion of up to k letters', () => {
    expect([...deletions('abc', 1)].sort()).toEqual(['ab', 'abc', 'ac', 'bc']);
    expect(deletions('abcd', 2).has('ad')).toBe(true);
    expect(deletions('abcd', 2).has('a')).toBe(false);
  });
});
