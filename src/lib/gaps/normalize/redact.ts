/**
 * Removes personal data before anything else looks at a ticket, and leaves a placeholder so
 * the text still reads: "my card [card] was charged twice". Examples in every report format
 * come from redacted text only.
 *
 * Passes, each on what the ones before left, strongest format first so that a weaker one never
 * cuts a number in two ("NL[phone]B01" was a VAT number taken for a phone):
 *   links, e-mail addresses, IBANs (mod-97), VAT numbers (kept whole, redacted: README), the
 *   shop's order numbers, international phone numbers, national IDs (check digits), card
 *   numbers (Luhn), national phone numbers, long digit runs.
 * A number the customer names as a reference ("order 1234567", "tracking number: …", "#…")
 * is kept: it is about a parcel or a purchase, and the report quotes it as written. Figures:
 * BENCHMARKS.md, "Redaction" (`npm run bench:redaction`).
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { IBAN_LENGTHS, NATIONAL_IDS, VAT_BODIES, passesLuhn, validIban } from './pii-formats.ts';
import { PHONE_COUNTRIES_TRIED, PHONE_DIGITS, PHONE_GROUPED_DIGITS, PHONE_NATIONAL_MIN, REFERENCE_WINDOW } from '../tuning.ts';

export interface RedactOptions {
  /** Shop-specific order number pattern, e.g. /LK-\d{6}/. */
  orderPattern?: RegExp;
  /**
   * Countries whose national phone formats to try, likeliest first (normalize/countries.ts:
   * the export's country column, the ticket's language, the help center's). Numbers in other
   * countries' formats are still found by their shape (`phoneShaped`).
   */
  countries?: readonly string[];
  /** One country instead of `countries` (kept for callers that know only one). */
  defaultCountry?: string;
}

/** The top-level domain ends where Latin letters do: Korean writes particles straight after it ("…@example.org입니다"). */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:[A-Za-z]{2,}(?![A-Za-z])|\p{sc=Cyrillic}{2,}|\p{sc=Han}{2,}|\p{sc=Arabic}{2,}|\p{sc=Hangul}{2,}|\p{sc=Thai}{2,}|\p{sc=Devanagari}{2,})/gu;
const URL_SECRET = /\bhttps?:\/\/\S+/gi;
/** Where an IBAN may start: a country code and two check digits; its end is found by its country's length. */
const IBAN_START = /\b[A-Z]{2}\d{2}(?=[ -]?[A-Z0-9]{4})/gi;
const VAT_START = new RegExp(`\\b(?:${Object.keys(VAT_BODIES).join('|')})(?=[ .-]?[0-9A-Z])`, 'g');
/** Card-length digit runs, single spaces or dashes between digits, not part of a longer run. */
const CARD_CANDIDATE = /(?<!\d[ -]?)\b\d(?:[ -]?\d){12,18}\b(?![ -]?\d)/g;
/**
 * A stretch that could be a phone number: digit groups with at most one separator between
 * them, area codes in brackets ("(415) 555-2671", "+44 (0)20 …"), not inside a word or code,
 * nor starting in the middle of a number ("#648-8281907-5654883").
 */
const PHONE_STRETCH = /(?<![A-Za-z\d_+#]|[A-Za-z\d][-\/.])\+?\(?\d+\)?(?:(?: - |[ .\/-])?\(?\d+\)?)*/g;
/**
 * A number with seven or more digits in a row, with the groups joined to it by - / or .
 * ("990-6443191-5125725" is one number), not inside a code (RR123456785NL, ORD-2024-6254419).
 */
const LONG_DIGITS = /(?<![A-Za-z\d]|[A-Za-z][-\/])\d+(?:[-\/.]\d+)*(?![A-Za-z\d])/g;
/** Dates (with a time) are never phone numbers: 25.12.2026 is a valid Danish one. */
const DATE = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2})(?:[ T]\d{1,2}(?:[.:]\d{2}){0,2})?$/;
/** Postcodes that have a phone's digits: US ZIP+4 94103-1234, Brazil's CEP 01310-100, Japan's 100-0001. */
const POSTCODE = /^(?:\d{5}-\d{4}|\d{5}-\d{3}|\d{3}-\d{4})$/;
/** Opening hours and delivery slots (14.15-16.15, 9:00 - 17:30), and years (2024-2026). */
const TIME_RANGE = /^(?:\d{1,2}[.:]\d{2} ?- ?\d{1,2}[.:]\d{2}|(?:19|20)\d{2} ?[-\/] ?(?:19|20)\d{2})$/;

/**
 * Words customers put before a reference number, in the languages help centers like this one
 * serve: the number after them is an order, a parcel, an invoice or a product, not a person.
 * Not "delivery" (Lieferung, levering, livraison): "call me for the delivery 0612345678".
 * Stems take any ending ("bestelnummer", "заказа", "주문번호").
 */
const REFERENCE_WORDS = [
  'order', 'bestel', 'bestell', 'commande', 'pedido', 'ordine', 'encomenda', 'zamówien', 'beställning', 'bestilling', 'заказ', '주문',
  'track', 'trac', 'sendung', 'zending', 'colis', 'env[ií]o', 'spedizion', 'pacco', 'paquete', 'pa(?:ck|kk|k)et', 'parcel', 'package', 'shipment',
  'consignment', 'suivi', 'seguimiento', 'przesyłk', 'försändelse', 'посылк', 'отправлени', 'трек',
  '운송장', '송장', '택배', 'invoice', 'factu', 'rechnung', 'fattura', 'fatura', 'faktura', 'receipt', 'quittung', 'bon', 'ticket', 'case',
  'ref', 'sku', 'ean', 'gtin', 'upc', 'barcode', 'article', 'artikel', 'art[ií]culo', 'articolo', 'артикул', 'item', 'product', 'produkt', 'model',
  'serial', 'serie', 'isbn', 'voucher', 'coupon', 'return', 'retour', 'rma',
  // Carriers: the number after their name is a parcel's.
  'dhl', 'ups', 'usps', 'fedex', 'postnl', 'dpd', 'gls', 'hermes', 'royal mail', 'colissimo', 'chronopost', 'correos', 'bpost', 'cdek', 'сдэк', 'почт', 'cj', '우체국',
].map((w) => `${w}\\p{L}*`);
const FILLERS = ['number', 'nummer', 'num[eé]ro', 'número', 'номер', '번호', 'no', 'nr', 'num', 'id', 'code', 'is', 'was', 'ist', 'lautet', 'est', 'es', 'è', 'é', 'my', 'mijn', 'mein\\p{L}*', 'mon', 'ma', 'mi', 'mio', 'het', 'the', 'de', 'der', 'die', 'le', 'la', 'el', 'il'];
const REFERENCE_BEFORE = new RegExp(`(?:(?<![\\p{L}\\d])(?:${REFERENCE_WORDS.join('|')})\\.?(?:[\\s:-]+(?:${FILLERS.join('|')})(?![\\p{L}])\\.?)*[\\s:.-]*[#№]?|#|№)\\s*$`, 'iu');

/** Whether the customer named the number at `offset` as a reference ("order 1234567", "#1234567"). */
function namedReference(text: string, offset: number): boolean {
  return REFERENCE_BEFORE.test(text.slice(Math.max(0, offset - REFERENCE_WINDOW), offset));
}

/** Whether a match is a whole number, not a piece of a longer one ("9400 1118 9922 3397 …"). */
function isolated(text: string, start: number, end: number): boolean {
  return !/\d[ .\/-]?$/.test(text.slice(Math.max(0, start - 2), start)) && !/^[ .\/-]?\d/.test(text.slice(end, end + 2));
}

/** Parse options per country, made once: passing a country code makes the library build them per call. */
const phoneOptions = new Map<string, { defaultCountry: CountryCode }>();
function phoneOptionsFor(country: string): { defaultCountry: CountryCode } {
  let options = phoneOptions.get(country);
  if (!options) phoneOptions.set(country, (options = { defaultCountry: country as CountryCode }));
  return options;
}

/**
 * A phone number by its shape alone, whatever the country: how people group a national number
 * when they write it. Conservative: 9–12 digits (PHONE_GROUPED_DIGITS; 8 with an area code
 * in brackets, 13 with a trunk 0), and one of
 *   an area code in brackets: (415) 555-2671, 8 (912) 345-67-89, (11) 91234-5678;
 *   a trunk 0 and groups: 030 901820, 07700 900123, 010-1234-5678, 06 12 34 56 78;
 *   three or more groups of 2–4 digits: 415 555 2671, 612 34 56 78, 138 0013 8000;
 *   Indian mobiles, 98765 43210.
 * Order numbers, postcodes, prices and times have fewer digits or other shapes; dates are
 * excluded before (DATE).
 */
export function phoneShaped(stretch: string): boolean {
  const groups = stretch.match(/\d+/g)!;
  let digits = 0;
  for (const g of groups) digits += g.length;
  const [min, max] = PHONE_GROUPED_DIGITS;
  if (digits < min - 1 || digits > max + 1 || groups.length < 2) return false;
  if (/^(?:[178] ?)?\(\d{1,5}\)/.test(stretch)) return true;
  if (digits < min) return false;
  const first = groups[0]!;
  // Argentina's mobiles have 13 digits with the trunk 0 (011 15-2345-6789).
  if (first[0] === '0' && first[1] !== '0') return first.length <= 6 && digits <= max + 1;
  if (groups.length >= 3) return groups.every((g) => g.length >= 2 && g.length <= 4);
  return groups.length === 2 && first.length === 5 && groups[1]!.length === 5 && first[0]! >= '6';
}

/**
 * Eight-digit numbers (Denmark, Norway, Singapore, Hong Kong) by shape: four pairs with one
 * separator throughout (33 82 26 81, 40-61-83-29; time ranges such as 14.15-16.15 mix them),
 * or two fours not starting with 1 or 2 (6568 1132; 2026-1234 is a year and a number).
 */
function eightDigitShaped(stretch: string): boolean {
  return /^\d{2}([ .-])\d{2}\1\d{2}\1\d{2}$/.test(stretch) || /^[3-9]\d{3}[ .-]\d{4}$/.test(stretch);
}

/** + or 00 and a country code (never 0). */
const isInternational = (stretch: string) => stretch[0] === '+' || /^00\(?[1-9]/.test(stretch);

/**
 * Whether a stretch of digits is a phone number, and what says so: `shape` (international, or
 * grouped the way phone numbers are anywhere) or `country` (only valid in one of `countries`).
 */
function phoneOf(stretch: string, countries: readonly string[]): 'shape' | 'country' | false {
  let digits = 0;
  for (let i = 0; i < stretch.length; i++) if (stretch.charCodeAt(i) >= 48 && stretch.charCodeAt(i) <= 57) digits++;
  const [min, max] = PHONE_DIGITS;
  if (digits < min || digits > max) return false;
  // International: + and a country code, valid or not (a mistyped number is still someone's);
  // 00 and a country code only when valid (0012345678 is as likely a parcel's number).
  if (stretch[0] === '+') return digits >= 8 && 'shape';
  // Its 00 is weaker evidence than a +: a named reference ("Sendungsnummer 004778904079") wins.
  if (isInternational(stretch)) return Boolean(parsePhoneNumberFromString(`+${stretch.slice(2)}`)?.isValid()) && 'country';
  if (digits < PHONE_NATIONAL_MIN) return false;
  if (DATE.test(stretch) || POSTCODE.test(stretch) || TIME_RANGE.test(stretch)) return false;
  if (phoneShaped(stretch) || eightDigitShaped(stretch)) return 'shape';
  // One unbroken run is a phone number only with its trunk 0 ("0612345678"); else it is left
  // to the long-digit pass, which redacts it as [number] unless it is a named reference.
  if (stretch[0] !== '0' && /^\d+$/.test(stretch)) return false;
  // Nobody writes a phone number with one-digit groups after the first: "1 2 3 4 5 6 7 8 9 10" is a list.
  if (/[^\d(]\d(?!\d)/.test(stretch.slice(1))) return false;
  for (const country of countries) if (parsePhoneNumberFromString(stretch, phoneOptionsFor(country))?.isValid()) return 'country';
  return false;
}

/** Replaces every match of `start` whose end `endOf` finds (undefined: not one). */
function replaceFrom(text: string, start: RegExp, endOf: (text: string, at: number, started: string) => { end: number; placeholder: string } | undefined): string {
  let out = '';
  let last = 0;
  start.lastIndex = 0;
  for (let match = start.exec(text); match; match = start.exec(text)) {
    const found = endOf(text, match.index, match[0]);
    if (!found) continue;
    out += `${text.slice(last, match.index)}${found.placeholder}`;
    last = found.end;
    start.lastIndex = found.end;
  }
  return last === 0 ? text : out + text.slice(last);
}

const isAlnum = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * Reads an IBAN of `length` letters and digits from `at`, unbroken or in groups of four
 * (a space or dash after every fourth); the end, if it ends at a word boundary.
 */
function readCompact(text: string, at: number, length: number): { compact: string; end: number } | undefined {
  let compact = '';
  let i = at;
  while (i < text.length && compact.length < length) {
    const code = text.charCodeAt(i);
    if (isAlnum(code)) compact += text[i++];
    else if ((text[i] === ' ' || text[i] === '-') && compact.length % 4 === 0 && isAlnum(text.charCodeAt(i + 1))) i++;
    else break;
  }
  if (compact.length < length || (i < text.length && isAlnum(text.charCodeAt(i)))) return undefined;
  return { compact, end: i };
}

function redactIbans(text: string): string {
  return replaceFrom(text, IBAN_START, (t, at) => {
    const length = IBAN_LENGTHS[t.slice(at, at + 2).toUpperCase()];
    const read = length && readCompact(t, at, length);
    if (!read) return undefined;
    // Right country and length but wrong check digits: a mistyped IBAN is still someone's account.
    return { end: read.end, placeholder: validIban(read.compact.toUpperCase()) ? '[iban]' : '[number]' };
  });
}

function redactVat(text: string): string {
  return replaceFrom(text, VAT_START, (t, at, prefix) => {
    const body = VAT_BODIES[prefix]!;
    // The longest body that fits, ending where a group ends: "NL 8512.34.567.B01", "DE 123 456 789".
    let compact = '';
    let best: number | undefined;
    let i = at + prefix.length;
    if (' .-'.includes(t[i] ?? '') && isAlnum(t.charCodeAt(i + 1))) i++;
    while (i < t.length && compact.length < 14) {
      const code = t.charCodeAt(i);
      if (isAlnum(code)) {
        compact += t[i++].toUpperCase();
        if (!isAlnum(t.charCodeAt(i)) && body.test(compact)) best = i;
      } else if (' .-'.includes(t[i]!) && isAlnum(t.charCodeAt(i + 1))) i++;
      else break;
    }
    return best === undefined ? undefined : { end: best, placeholder: '[vat]' };
  });
}

export function redact(text: string, options: RedactOptions = {}): string {
  let out = text.includes('://') ? text.replace(URL_SECRET, '[link]') : text;
  // The e-mail pattern is costly on long text; most tickets have no @ at all.
  if (out.includes('@')) out = out.replace(EMAIL, '[email]');
  // Every pass below needs a digit.
  if (!/\d/.test(out)) return out;
  out = redactVat(redactIbans(out));
  if (options.orderPattern) out = out.replace(globalOf(options.orderPattern), '[order]');
  // International phone numbers before ID and card numbers, which could take their digits.
  if (out.includes('+') || out.includes('00')) out = out.replace(PHONE_STRETCH, (stretch: string, offset: number, all: string) => (isInternational(stretch) && phoneOf(stretch, []) && (stretch[0] === '+' || !namedReference(all, offset)) ? '[phone]' : stretch));
  // Every pass below needs a digit too, and most tickets have none left once their order and
  // international phone numbers are placeholders: the ID patterns alone are 14 scans of the text
  // (about a tenth of a worker's time at 1,000,000 tickets, BENCHMARKS.md "Gap report at scale").
  if (!/\d/.test(out)) return out;
  for (const id of NATIONAL_IDS) {
    out = out.replace(id.pattern, (match: string, offset: number, all: string) => (isolated(all, offset, offset + match.length) && id.check(match) && !namedReference(all, offset) ? '[id]' : match));
  }
  out = out.replace(CARD_CANDIDATE, (match: string, offset: number, all: string) => {
    if (namedReference(all, offset)) return match;
    // A card-length number that fails the check is still someone's number (a mistyped card).
    return passesLuhn(match.replace(/\D/g, '')) ? '[card]' : '[number]';
  });
  // Phone numbers: international, in a national format the ticket's countries know, or by shape.
  // libphonenumber is exact but slow, so it only sees stretches the cheaper checks left.
  const countries = options.countries ?? (options.defaultCountry ? [options.defaultCountry] : DEFAULT_COUNTRIES);
  out = out.replace(PHONE_STRETCH, (stretch: string, offset: number, all: string) => {
    // A stretch that runs into Latin letters is a code ("12345678Z"); Korean writes particles
    // straight after a number ("010-1234-5678로").
    if (/^[A-Za-z]/.test(all.slice(offset + stretch.length, offset + stretch.length + 1))) return stretch;
    const phone = phoneOf(stretch, countries.slice(0, PHONE_COUNTRIES_TRIED));
    if (!phone) return stretch;
    // A named reference is kept unless it is grouped like a phone number: "Bestellnummer
    // 2026-21201" is valid somewhere, but "order: 06 12 34 56 78" is what it looks like.
    return phone === 'country' && namedReference(all, offset) ? stretch : '[phone]';
  });
  return out.replace(LONG_DIGITS, (match: string, offset: number, all: string) => (/\d{7}/.test(match) && !namedReference(all, offset) ? '[number]' : match));
}

/** Without any hint: the shop's country. */
const DEFAULT_COUNTRIES = ['NL'];

// One order pattern per run: remembering the last one is enough, and cheaper than a WeakMap.
let lastPattern: RegExp | undefined;
let lastGlobal: RegExp | undefined;
function globalOf(pattern: RegExp): RegExp {
  if (pattern !== lastPattern) {
    lastPattern = pattern;
    lastGlobal = new RegExp(pattern.source, `g${pattern.flags.replace('g', '')}`);
  }
  return lastGlobal!;
}
