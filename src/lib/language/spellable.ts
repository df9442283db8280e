/**
 * Words whose misspellings are corrected, in search (src/lib/search/spelling.ts) and in the gap
 * report (src/lib/gaps/match/spelling.ts): Latin or Cyrillic letters only. A typo leaves such a
 * word recognisable; Korean syllables and Telugu letters are matched by their start instead.
 */
export const SPELLABLE = /^[\p{Script=Latin}\p{Script=Cyrillic}]+$/u;
