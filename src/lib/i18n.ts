/**
 * UI strings: flat dotted keys per locale in src/i18n/<locale>.json, read with one `t()`.
 * Missing keys fall back to English so a half-translated locale still renders.
 */
import en from '../i18n/en.json' with { type: 'json' };

export type Messages = Record<string, string>;
export type MessageKey = keyof typeof en;

const catalogs: Record<string, Messages> = { en };

export function registerMessages(locale: string, messages: Messages): void {
  catalogs[locale] = messages;
}

/** Replaces `{name}` with vars.name; unknown placeholders stay visible so they get noticed. */
export function interpolate(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function t(locale: string, key: MessageKey, vars?: Record<string, string | number>): string {
  const template = catalogs[locale]?.[key] ?? en[key];
  if (template === undefined) throw new Error(`Unknown UI string "${key}". Add it to src/i18n/en.json.`);
  return interpolate(template, vars);
}

const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/**
 * Every plural form of `<key>` the language has (Russian: one, few, many, other), falling back
 * to English for forms it lacks: for the browser, which picks one per count.
 */
export function pluralTemplates(locale: string, key: string): Partial<Record<Intl.LDMLPluralRule, string>> {
  const messages = catalogs[locale] ?? en;
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
  for (const form of PLURAL_FORMS) {
    const template = messages[`${key}.${form}`] ?? (en as Messages)[`${key}.${form}`];
    if (template !== undefined) forms[form] = template;
  }
  return forms;
}

/** Picks `<key>.one`, `<key>.other`, … with the locale's plural rules. */
export function tPlural(locale: string, key: string, count: number, vars: Record<string, string | number> = {}): string {
  const form = new Intl.PluralRules(locale).select(count);
  const messages = catalogs[locale] ?? en;
  const template = messages[`${key}.${form}`] ?? messages[`${key}.other`] ?? (en as Messages)[`${key}.${form}`] ?? (en as Messages)[`${key}.other`];
  if (template === undefined) throw new Error(`Unknown plural UI string "${key}". Add "${key}.one" and "${key}.other" to src/i18n/en.json.`);
  return interpolate(template, { count: new Intl.NumberFormat(locale).format(count), ...vars });
}

/** "October 14, 2026" in `locale`, one formatter per language (a build formats dates on every article page). */
const longDates = new Map<string, Intl.DateTimeFormat>();
export function longDate(locale: string): Intl.DateTimeFormat {
  let format = longDates.get(locale);
  if (!format) longDates.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  return format;
}
