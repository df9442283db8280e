/**
 * Which countries' phone formats to try on a ticket: a number written without its country code
 * ("07700 900123", "030 901820") is only a phone number in some country's format, and the
 * ticket rarely says which. What points at a country, most specific first: the export's own
 * country or time-zone column, the ticket's language, then the help center's (its locales,
 * its time zone, its phone number). A fixed few per ticket: each costs a parse per candidate.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { codesByEnglishName } from '../../language/english-names.ts';

/**
 * Where customers writing in a language most likely dial from, likeliest first. Languages
 * spoken in many countries list the biggest; the other signals (locale region "pt-BR", the
 * export's country column) name the rest.
 */
export const LANGUAGE_COUNTRIES: Record<string, readonly string[]> = {
  en: ['US', 'GB', 'IE', 'AU', 'CA'],
  nl: ['NL', 'BE'],
  de: ['DE', 'AT', 'CH'],
  fr: ['FR', 'BE', 'CH', 'CA'],
  es: ['ES', 'MX', 'AR', 'CO'],
  it: ['IT', 'CH'],
  pt: ['PT', 'BR'],
  pl: ['PL'],
  sv: ['SE'],
  da: ['DK'],
  nb: ['NO'],
  nn: ['NO'],
  no: ['NO'],
  fi: ['FI'],
  cs: ['CZ'],
  sk: ['SK'],
  hu: ['HU'],
  ro: ['RO'],
  el: ['GR'],
  tr: ['TR'],
  ru: ['RU', 'KZ', 'BY'],
  uk: ['UA'],
  ko: ['KR'],
  ja: ['JP'],
  zh: ['CN', 'TW', 'HK'],
  hi: ['IN'],
  te: ['IN'],
  ta: ['IN'],
  bn: ['IN', 'BD'],
  ar: ['SA', 'AE', 'EG'],
  he: ['IL'],
  id: ['ID'],
  th: ['TH'],
  vi: ['VN'],
};

/**
 * The country of common IANA time zones (Intercom and Zendesk name columns with one, and the
 * site settings have one). Zones shared by several countries are left out.
 */
const ZONE_COUNTRY: Record<string, string> = {
  'Europe/Amsterdam': 'NL', 'Europe/Brussels': 'BE', 'Europe/Berlin': 'DE', 'Europe/Vienna': 'AT', 'Europe/Zurich': 'CH',
  'Europe/Paris': 'FR', 'Europe/Madrid': 'ES', 'Europe/Rome': 'IT', 'Europe/Lisbon': 'PT', 'Europe/London': 'GB',
  'Europe/Dublin': 'IE', 'Europe/Luxembourg': 'LU', 'Europe/Copenhagen': 'DK', 'Europe/Stockholm': 'SE', 'Europe/Oslo': 'NO',
  'Europe/Helsinki': 'FI', 'Europe/Warsaw': 'PL', 'Europe/Prague': 'CZ', 'Europe/Bratislava': 'SK', 'Europe/Budapest': 'HU',
  'Europe/Bucharest': 'RO', 'Europe/Sofia': 'BG', 'Europe/Athens': 'GR', 'Europe/Istanbul': 'TR', 'Europe/Kyiv': 'UA',
  'Europe/Kiev': 'UA', 'Europe/Moscow': 'RU', 'Europe/Minsk': 'BY', 'Europe/Tallinn': 'EE', 'Europe/Riga': 'LV', 'Europe/Vilnius': 'LT',
  'Asia/Seoul': 'KR', 'Asia/Tokyo': 'JP', 'Asia/Shanghai': 'CN', 'Asia/Hong_Kong': 'HK', 'Asia/Taipei': 'TW', 'Asia/Singapore': 'SG',
  'Asia/Kolkata': 'IN', 'Asia/Calcutta': 'IN', 'Asia/Dubai': 'AE', 'Asia/Riyadh': 'SA', 'Asia/Jerusalem': 'IL', 'Asia/Jakarta': 'ID',
  'Asia/Bangkok': 'TH', 'Asia/Manila': 'PH', 'Asia/Karachi': 'PK', 'Asia/Dhaka': 'BD', 'Asia/Yekaterinburg': 'RU', 'Asia/Novosibirsk': 'RU',
  'Asia/Almaty': 'KZ', 'Africa/Cairo': 'EG', 'Africa/Johannesburg': 'ZA', 'Africa/Lagos': 'NG', 'Africa/Nairobi': 'KE',
  'America/New_York': 'US', 'America/Chicago': 'US', 'America/Denver': 'US', 'America/Los_Angeles': 'US', 'America/Phoenix': 'US',
  'America/Anchorage': 'US', 'Pacific/Honolulu': 'US', 'America/Toronto': 'CA', 'America/Vancouver': 'CA', 'America/Mexico_City': 'MX',
  'America/Sao_Paulo': 'BR', 'America/Argentina/Buenos_Aires': 'AR', 'America/Bogota': 'CO', 'America/Santiago': 'CL', 'America/Lima': 'PE',
  'Australia/Sydney': 'AU', 'Australia/Melbourne': 'AU', 'Australia/Brisbane': 'AU', 'Australia/Perth': 'AU', 'Pacific/Auckland': 'NZ',
};

/**
 * An export's country or time-zone value as a country code: "NL", "nl", "Netherlands",
 * "Europe/Amsterdam", "(GMT+01:00) Amsterdam" → NL. Undefined when it names none.
 */
export function countryOf(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (/^[A-Za-z]{2}$/.test(trimmed)) return trimmed.toUpperCase();
  const zone = ZONE_COUNTRY[trimmed] ?? ZONE_COUNTRY[Object.keys(ZONE_COUNTRY).find((z) => trimmed.endsWith(z.slice(z.lastIndexOf('/') + 1).replace(/_/g, ' '))) ?? ''];
  if (zone) return zone;
  return codesByEnglishName('region').get(trimmed.toLowerCase());
}

/** Countries a language or locale points at: "pt-BR" → BR first, then the language's. */
export function localeCountries(locale: string): string[] {
  const [language, region] = locale.split(/[-_]/);
  const countries = LANGUAGE_COUNTRIES[language!.toLowerCase()] ?? [];
  return region && /^[A-Za-z]{2}$/.test(region) ? [region.toUpperCase(), ...countries] : [...countries];
}

/** The help center's own countries: its time zone, its phone number's, its locales'. */
export function siteCountries(settings: { timeZone?: string; locales: readonly { code: string }[]; contact?: readonly { type: string; value: string }[] }): string[] {
  const phone = settings.contact?.find((c) => c.type === 'phone')?.value;
  return unique([
    countryOf(settings.timeZone),
    phone ? parsePhoneNumberFromString(phone)?.country : undefined,
    // A locale's likeliest country: the ticket's own language adds its others.
    ...settings.locales.map((l) => localeCountries(l.code)[0]),
  ]);
}

/**
 * Countries to try on each ticket, most specific first, at most `limit`: the export's country
 * (or time zone) column, the ticket's language's two likeliest, the help center's, then the
 * language's others. Remembered per language and
 * column value: a million tickets come in a handful of combinations.
 */
export function createCountryPicker(site: readonly string[], limit: number): (language: string, exported: string | undefined) => string[] {
  const picked = new Map<string, string[]>();
  return (language, exported) => {
    const key = `${language}\u0000${exported ?? ''}`;
    let countries = picked.get(key);
    const ownLanguage = countries ? [] : localeCountries(language);
    if (!countries) picked.set(key, (countries = unique([countryOf(exported), ...ownLanguage.slice(0, 2), ...site, ...ownLanguage.slice(2)]).slice(0, limit)));
    return countries;
  };
}

function unique(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))];
}
