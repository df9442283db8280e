/** A ticket as the report uses it: cleaned, redacted, and reduced to its topic words. */
import { analyze, detectLanguage } from './analyze.ts';
import { isAutomaticReply } from './automatic-replies.ts';
import { cleanTicketText } from './clean-text.ts';
import { codesByEnglishName } from '../../language/english-names.ts';
import type { RawTicket } from '../read/read-tickets.ts';
import { localeCountries } from './countries.ts';
import { redact, type RedactOptions } from './redact.ts';

export interface Ticket {
  id: string;
  file: string;
  line: number;
  /** `YYYY-MM`, when the export has a usable date. */
  month?: string;
  tags: string[];
  channel?: string;
  status?: string;
  language: string;
  /** Subject and body, cleaned and redacted: the only ticket text that reaches a report. */
  text: string;
  terms: string[];
  /**
   * How many tickets this row stands for: 1 for a ticket, N for a row of aggregated counts
   * from a warehouse query (`topic,count`).
   */
  weight: number;
  /** Where the signal came from: a ticket export, a zero-result search, or aggregated counts. */
  source: 'ticket' | 'search' | 'count';
  /** An out-of-office notice, an automatic acknowledgement or a bounce (automatic-replies.ts): no one's question. */
  automatic?: true;
}


function monthOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /(\d{4})-(\d{2})/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}`;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 7);
}

/**
 * The help center's synonym groups (site settings), stemmed: customer word or phrase → the
 * site's own words. Tickets say "package", "money back", "open an account"; articles say
 * "parcel", "refund", "create account".
 */
export interface SynonymLookup {
  words: Map<string, string[]>;
  /** Multi-word phrases, by their first word (one lookup per ticket word, not per phrase). */
  phrases: Map<string, { words: string[]; site: string[] }[]>;
}

export function synonymLookup(groups: readonly (readonly string[])[], language = 'en'): SynonymLookup {
  const lookup: SynonymLookup = { words: new Map(), phrases: new Map() };
  for (const group of groups) {
    const site = analyze(group[0]!, language);
    if (!site.length) continue;
    for (const phrase of group.slice(1)) {
      const words = analyze(phrase, language);
      if (words.length === 0 || words.join(' ') === site.join(' ')) continue;
      if (words.length === 1) lookup.words.set(words[0]!, site);
      else lookup.phrases.set(words[0]!, [...(lookup.phrases.get(words[0]!) ?? []), { words, site }]);
    }
  }
  return lookup;
}

/** Synonym lookups per language from the site settings (`search.synonyms`, `search.synonymsByLocale`). */
export function synonymsByLanguage(settings: { locales: readonly { code: string }[]; search: { synonyms: readonly (readonly string[])[]; synonymsByLocale?: Record<string, readonly (readonly string[])[]> } }): Map<string, SynonymLookup> {
  const byLanguage = new Map<string, SynonymLookup>();
  const defaultLocale = settings.locales[0]?.code ?? 'en';
  byLanguage.set(defaultLocale, synonymLookup(settings.search.synonyms, defaultLocale));
  for (const [locale, groups] of Object.entries(settings.search.synonymsByLocale ?? {})) byLanguage.set(locale, synonymLookup(groups, locale));
  return byLanguage;
}

/**
 * A language column's value as a two-letter code: "en-GB", "pt_BR" and "ru" as they are,
 * names as helpdesks write them ("English", "Korean": HubSpot) by their English name.
 */
export function languageCode(value: string): string {
  const lower = value.trim().toLowerCase();
  if (/^[a-z]{2}(?:$|[-_])/.test(lower)) return lower.slice(0, 2);
  return codesByEnglishName('language').get(lower) ?? lower.slice(0, 2);
}

/**
 * Returns undefined when the row has no words to go on (the caller rejects it). `spell`
 * corrects typos towards the articles' words (Matching.spell).
 */
export function toTicket(
  raw: RawTicket,
  options: RedactOptions & {
    defaultLanguage?: string;
    /** Countries whose phone formats to try, from the ticket's language and its export's country column (countries.ts). */
    countriesFor?: (language: string, exported: string | undefined) => readonly string[];
    synonyms?: Map<string, SynonymLookup>;
    spell?: (terms: string[], language: string) => string[];
    weight?: number;
    source?: Ticket['source'];
  },
): Ticket | undefined {
  const subject = cleanTicketText(raw.subject ?? '');
  const body = cleanTicketText(raw.body ?? '');
  const joined = [subject, body].filter(Boolean).join('\n');
  // The export's language column if it has one, else the script the customer wrote in.
  const language = raw.language ? languageCode(raw.language) : detectLanguage(joined, options.defaultLanguage ?? 'en');
  // Phone numbers written without a country code follow the customer's country: 010-1234-5678
  // is Korean. Which one: the export's country or time-zone column, the language, the site's.
  const countries = options.countriesFor?.(language, raw.country ?? raw.timezone) ?? (options.defaultCountry ? [options.defaultCountry] : localeCountries(language));
  const text = redact(joined, { ...options, countries }).trim();
  if (!text) return undefined;
  return {
    id: raw.id ?? `${raw.file}:${raw.line}`,
    file: raw.file,
    line: raw.line,
    month: monthOf(raw.created),
    // Zendesk separates tags with spaces, Jira labels and most others with commas.
    tags: raw.tags ? [...new Set(raw.tags.split(/[,;|\s]+/).map((t) => t.trim().toLowerCase()).filter(Boolean))] : [],
    channel: raw.channel,
    status: raw.status,
    language,
    text,
    terms: withSynonyms(options.spell ? options.spell(analyze(text, language), language) : analyze(text, language), options.synonyms?.get(language)),
    weight: options.weight ?? 1,
    source: options.source ?? 'ticket',
    ...((options.source ?? 'ticket') === 'ticket' && isAutomaticReply(raw.subject, body) ? { automatic: true as const } : {}),
  };
}

/**
 * The words a customer said, in order, for pairs: a word with a one-word synonym as the site's
 * word ("package" → "parcel"), a word the synonyms read as a phrase ("arrive" → "delivery
 * time") left out. The phrase is the help center's reading of the word, not something said
 * next to its neighbours: "my email never arrives" does not say "delivery time", and the pair
 * "email+delivery" would be evidence against the password article.
 */
export function saidWords(terms: readonly string[], synonyms: SynonymLookup | undefined): string[] {
  if (!synonyms) return [...terms];
  const out: string[] = [];
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    // A customer's phrase said word for word ("money back") is its site word ("refund") when
    // that is one word, and nothing when it is a phrase too.
    const phrase = synonyms.phrases.get(term)?.find((p) => p.words.every((w, k) => terms[i + k] === w));
    if (phrase) {
      if (phrase.site.length === 1) out.push(phrase.site[0]!);
      i += phrase.words.length - 1;
      continue;
    }
    const site = synonyms.words.get(term);
    if (!site) out.push(term);
    else if (site.length === 1) out.push(site[0]!);
  }
  return out;
}

/** Customer words become the site's words ("rebate" → "refund"), so matching and grouping agree. */
export function withSynonyms(terms: string[], synonyms: SynonymLookup | undefined): string[] {
  if (!synonyms) return terms;
  // Most tickets use no customer word, or only the first word of a phrase ("call" of "call
  // customer service"): the terms are copied only when one changes them.
  let out: string[] | undefined;
  for (let i = 0; i < terms.length; i++) {
    const site = synonyms.words.get(terms[i]!);
    if (site && !out) out = terms.slice(0, i);
    if (site) out!.push(...site);
    else out?.push(terms[i]!);
  }
  let result = out ?? terms;
  for (const term of terms) {
    const phrases = synonyms.phrases.get(term);
    if (!phrases) continue;
    for (const phrase of phrases) {
      if (!phrase.words.every((w) => terms.includes(w))) continue;
      for (const w of phrase.site) {
        if (result.includes(w)) continue;
        if (result === terms) result = [...terms];
        result.push(w);
      }
    }
  }
  return result;
}
