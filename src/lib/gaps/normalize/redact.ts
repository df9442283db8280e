/**
 * Removes personal data before anything else looks at a ticket, and leaves a placeholder so
 * the text still reads: "my card [card] was charged twice". Examples in every report format
 * come from redacted text only.
 */
import { findNumbers, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export interface RedactOptions {
  /** Shop-specific order number pattern, e.g. /LK-\d{6}/. */
  orderPattern?: RegExp;
  /** Country used for phone numbers written without +country code. */
  defaultCountry?: string;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const CARD_CANDIDATE = /\b\d(?:[ -]?\d){12,18}\b/g;
const LONG_DIGITS = /\d{7,}/g;
const URL_SECRET = /\bhttps?:\/\/\S+/gi;
/** Seven or more digits, possibly with a leading + and separators: everything a phone number can be. */
const PHONE_CANDIDATE = /\+?\(?\d[\d\s().\/-]{5,}\d/g;

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

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

/** Parse options per country, made once: passing a country code makes the library build them per call. */
const phoneOptions = new Map<string, { defaultCountry: CountryCode }>();
function phoneOptionsFor(country: string): { defaultCountry: CountryCode } {
  let options = phoneOptions.get(country);
  if (!options) phoneOptions.set(country, (options = { defaultCountry: country as CountryCode }));
  return options;
}

export function redact(text: string, options: RedactOptions = {}): string {
  let out = text.includes('://') ? text.replace(URL_SECRET, '[link]') : text;
  // The e-mail pattern is costly on long text; most tickets have no @ at all.
  if (out.includes('@')) out = out.replace(EMAIL, '[email]');
  out = out.replace(CARD_CANDIDATE, (match) => {
    const digits = match.replace(/\D/g, '');
    // A card-length number that fails the check is still someone's number (a mistyped card).
    return digits.length >= 13 && digits.length <= 19 ? (passesLuhn(digits) ? '[card]' : '[number]') : match;
  });
  if (options.orderPattern) out = out.replace(globalOf(options.orderPattern), '[order]');
  // Phone numbers, international or in the shop's country format. libphonenumber is exact
  // but slow, so it only looks at the stretches that could be a phone number at all.
  const country = (options.defaultCountry ?? 'NL') as CountryCode;
  out = out.replace(PHONE_CANDIDATE, (candidate) => {
    // Usually the whole stretch is one number: parsing it is twice as fast as searching it.
    if (parsePhoneNumberFromString(candidate, phoneOptionsFor(country))?.isValid()) return '[phone]';
    const phones = findNumbers(candidate, { defaultCountry: country, v2: true } as never) as unknown as { startsAt: number; endsAt: number }[];
    let result = candidate;
    for (const phone of [...phones].reverse()) result = `${result.slice(0, phone.startsAt)}[phone]${result.slice(phone.endsAt)}`;
    return result;
  });
  return out.replace(LONG_DIGITS, '[number]');
}
