/**
 * Which article answers a ticket, language by language. A ticket is matched against one
 * index for its language holding the articles written in it AND, for every default-language
 * article not yet translated into it, a stand-in made of the glossary's words for that
 * article's words. One index and one scale for both, so when the best answer is a stand-in,
 * the report can say "translation missing" rather than "missing", without a second threshold.
 */
import { analyze } from '../normalize/analyze.ts';
import { LATIN, buildGlossary, type Glossary } from './glossary.ts';
import type { ArticleText } from './load-articles.ts';
import { ArticleIndex } from './article-index.ts';
import { Speller } from './spelling.ts';
import { SPELLABLE } from '../../language/spellable.ts';
import { realTermChecker } from '../../language/dictionaries.ts';
import type { SynonymLookup } from '../normalize/tickets.ts';


export class Matching {
  readonly defaultLocale: string;
  private readonly indexes = new Map<string, ArticleIndex>();
  private readonly byId: Map<string, ArticleText>;
  /** Per language: the words that have a counterpart in the default language. */
  private readonly bridged = new Map<string, Set<string>>();
  private readonly bridgedViaSynonyms = new Map<string, Set<string>>();
  private readonly spellers = new Map<string, Speller>();
  private readonly standInLists = new Map<string, boolean[]>();
  private readonly synonyms?: Map<string, SynonymLookup>;

  /** `synonyms`: the site's customer words, which count as known words when correcting typos. */
  constructor(articles: ArticleText[], synonyms?: Map<string, SynonymLookup>) {
    const defaultLocale = articles.find((a) => a.id === a.key)?.locale ?? 'en';
    this.defaultLocale = defaultLocale;
    this.synonyms = synonyms;
    this.byId = new Map(articles.map((a) => [a.id, a]));
    const sources = articles.filter((a) => a.locale === defaultLocale);
    for (const locale of new Set([defaultLocale, ...articles.map((a) => a.locale)])) {
      const own = articles.filter((a) => a.locale === locale);
      const keys = new Set(own.map((a) => a.key));
      if (locale === defaultLocale) {
        this.indexes.set(locale, new ArticleIndex(own));
        continue;
      }
      const glossary = buildGlossary(articles, locale, defaultLocale);
      this.bridged.set(locale, new Set(glossary.keys()));
      const reverse = reverseOf(glossary);
      const standIns = sources.filter((a) => !keys.has(a.key));
      this.indexes.set(
        locale,
        new ArticleIndex([...own, ...standIns], (text, article) =>
          article.locale === locale ? analyze(text, locale) : analyze(text, defaultLocale).flatMap((term) => reverse.get(term) ?? (LATIN.test(term) ? [term] : [])),
        ),
      );
    }
  }

  /** The site's synonyms in a language: the words a ticket's terms were mapped with. */
  synonymsFor(language: string): SynonymLookup | undefined {
    return this.synonyms?.get(language);
  }

  /** The index tickets in this language are matched against. */
  indexFor(language: string): ArticleIndex {
    return this.indexes.get(language) ?? this.indexes.get(this.defaultLocale)!;
  }

  /**
   * A ticket's terms with typos corrected towards the words its language's articles and
   * synonyms use ("shgip" → "ship"), so a misspelt ticket finds its article and its topic.
   */
  spell(terms: string[], language: string): string[] {
    let speller = this.spellers.get(language);
    if (!speller) {
      const words = new Map(this.indexFor(language).vocabulary());
      const synonyms = this.synonyms?.get(language);
      for (const word of [...(synonyms?.words.keys() ?? []), ...[...(synonyms?.phrases.values() ?? [])].flat().flatMap((p) => p.words)]) {
        if (!words.has(word)) words.set(word, 1);
      }
      speller = new Speller(
        [...words].filter(([word]) => SPELLABLE.test(word)),
        realTermChecker(language, (word) => analyze(word, language)),
      );
      this.spellers.set(language, speller);
    }
    // Most terms are short or known: the speller answers those before any alphabet test.
    return terms.map((term) => (term.length >= 5 && SPELLABLE.test(term) ? speller.correct(term) : term));
  }

  /**
   * Whether an untranslated article's stand-in can be judged on this word of a ticket in
   * `language`: the glossary knows its counterpart, or it is written in Latin letters as in
   * the default language (brand names, "PayPal").
   */
  bridges(language: string, term: string): boolean {
    const bridged = this.bridged.get(language);
    if (!bridged) return LATIN.test(term);
    if (bridged.has(term) || LATIN.test(term)) return true;
    // A word of one of the site's synonym phrases stands for the phrase's site word: if the
    // glossary can render that word, it renders the phrase ("사이즈 교환" is an exchange).
    let viaSynonyms = this.bridgedViaSynonyms.get(language);
    if (!viaSynonyms) {
      viaSynonyms = new Set();
      for (const phrases of this.synonyms?.get(language)?.phrases.values() ?? []) {
        for (const phrase of phrases) if (phrase.site.length && phrase.site.every((w) => bridged.has(w))) for (const w of phrase.words) viaSynonyms.add(w);
      }
      this.bridgedViaSynonyms.set(language, viaSynonyms);
    }
    return viaSynonyms.has(term);
  }

  /** Per article of the language's index: whether it stands in for an untranslated one (empty in the default language). */
  standIns(language: string): boolean[] {
    let list = this.standInLists.get(language);
    if (!list) {
      const index = this.indexFor(language);
      list = language === this.defaultLocale || !this.indexes.has(language) ? [] : index.articles.map((a) => a.locale !== language);
      this.standInLists.set(language, list);
    }
    return list;
  }

  article(id: string): ArticleText | undefined {
    return this.byId.get(id);
  }

  /** True when the article a ticket matched is not written in the ticket's language. */
  isStandIn(articleId: string, language: string): boolean {
    const article = this.byId.get(articleId);
    return article !== undefined && article.locale !== language && this.indexes.has(language);
  }
}

/** Default-language word → the words of the other language the glossary maps to it. */
function reverseOf(glossary: Glossary): Map<string, string[]> {
  const reverse = new Map<string, string[]>();
  for (const [word, sources] of glossary) {
    for (const source of sources) {
      const list = reverse.get(source) ?? [];
      list.push(word);
      reverse.set(source, list);
    }
  }
  return reverse;
}
