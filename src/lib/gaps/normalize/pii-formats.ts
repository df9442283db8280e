/**
 * The formats of personal numbers the redactor knows by shape and check digits: IBANs, VAT
 * numbers, and national ID numbers of the countries help centers like this one serve. Each
 * entry says what it is; the check digits are what keep order numbers and product codes that
 * happen to have the same shape from being taken for one.
 */

/** Luhn (cards; Swedish personal numbers). */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** ISO 7064 mod 97-10 of digits and letters (A = 10 … Z = 35), as IBANs use it. */
export function mod97(text: string): number {
  let rest = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    const value = code <= 57 ? code - 48 : code - 55;
    rest = value > 9 ? (rest * 100 + value) % 97 : (rest * 10 + value) % 97;
  }
  return rest;
}

/** An IBAN (compact, uppercase) whose check digits are right. */
export function validIban(iban: string): boolean {
  return IBAN_LENGTHS[iban.slice(0, 2)] === iban.length && mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
}

/** IBAN length per country (SWIFT's IBAN registry). */
export const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28, CZ: 24,
  DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28,
  HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20,
  LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29,
  RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22,
  VG: 24, XK: 20,
};

/**
 * EU VAT numbers (and the Swiss, Norwegian and UK ones) by prefix: what follows the prefix,
 * separators removed (VIES's formats). Written with the prefix in capitals, as invoices do.
 */
export const VAT_BODIES: Record<string, RegExp> = {
  AT: /^U\d{8}$/, BE: /^[01]\d{9}$/, BG: /^\d{9,10}$/, CY: /^\d{8}[A-Z]$/, CZ: /^\d{8,10}$/, DE: /^\d{9}$/, DK: /^\d{8}$/,
  EE: /^\d{9}$/, EL: /^\d{9}$/, ES: /^(?=.*[A-Z])[A-Z\d]\d{7}[A-Z\d]$/, FI: /^\d{8}$/, FR: /^[\dA-HJ-NP-Z]{2}\d{9}$/, HR: /^\d{11}$/,
  HU: /^\d{8}$/, IE: /^\d[A-Z\d+*]\d{5}[A-Z]{1,2}$/, IT: /^\d{11}$/, LT: /^(?:\d{9}|\d{12})$/, LU: /^\d{8}$/, LV: /^\d{11}$/,
  MT: /^\d{8}$/, NL: /^\d{9}B\d{2}$/, PL: /^\d{10}$/, PT: /^\d{9}$/, RO: /^\d{6,10}$/, SE: /^\d{10}01$/, SI: /^\d{8}$/,
  SK: /^\d{10}$/, GB: /^(?:\d{9}|\d{12}|GD\d{3}|HA\d{3})$/, XI: /^(?:\d{9}|\d{12})$/, CHE: /^\d{9}(?:MWST|TVA|IVA)?$/, NO: /^\d{9}(?:MVA)?$/,
};

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
const VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]];
const VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]];

export function passesVerhoeff(digits: string): boolean {
  let c = 0;
  for (let i = 0; i < digits.length; i++) c = VERHOEFF_D[c]![VERHOEFF_P[i % 8]![digits.charCodeAt(digits.length - 1 - i) - 48]!]!;
  return c === 0;
}

/** Dutch BSN: the "elfproef", weights 9…2 and −1. */
export function passesElfproef(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (digits.charCodeAt(i) - 48);
  sum -= digits.charCodeAt(8) - 48;
  return sum % 11 === 0 && sum > 0;
}

/** Russian SNILS: weights 9…1, check = sum mod 101 (100 → 00). */
export function passesSnils(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (9 - i) * (digits.charCodeAt(i) - 48);
  const check = sum % 101 === 100 ? 0 : sum % 101;
  return check === Number(digits.slice(9));
}

const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/** Italian codice fiscale's check letter. */
export function passesCodiceFiscale(cf: string): boolean {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = cf.charCodeAt(i);
    const value = ch <= 57 ? ch - 48 : ch - 65;
    sum += i % 2 === 0 ? CF_ODD[value]! : value;
  }
  return String.fromCharCode(65 + (sum % 26)) === cf[15];
}

const validDate = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31;

/**
 * National ID numbers: the pattern finds the shape, `check` its check digits (or, for those
 * without, a valid birth date in it). Each redacted as `[id]`. Ordered so that the ones with
 * letters (no look-alike among order numbers) come first.
 */
export const NATIONAL_IDS: { name: string; pattern: RegExp; check: (match: string) => boolean }[] = [
  // Spain: DNI 12345678Z and NIE X1234567L, the letter is the number mod 23.
  { name: 'ES DNI/NIE', pattern: /\b[XYZ]?-?\d{7,8}-?[A-Z]\b/g, check: (m) => {
    const compact = m.replace(/-/g, '');
    const digits = compact.slice(0, -1).replace(/^[XYZ]/, (x) => String('XYZ'.indexOf(x)));
    return digits.length === 8 && DNI_LETTERS[Number(digits) % 23] === compact.at(-1);
  } },
  // UK National Insurance number: AB 12 34 56 C (the letters the HMRC never issues left out).
  { name: 'GB NINO', pattern: /\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g, check: () => true },
  // India: PAN ABCPE1234F (the fourth letter is the holder's type: P a person, C a company…).
  { name: 'IN PAN', pattern: /\b[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]\b/g, check: () => true },
  // Italy: codice fiscale RSSMRA85T10A562S.
  { name: 'IT codice fiscale', pattern: /\b[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]\b/g, check: passesCodiceFiscale },
  // Finland: HETU 131052-308T (century sign - + A, check character).
  { name: 'FI HETU', pattern: /\b\d{6}[-+A]\d{3}[\dA-FHJ-NPR-Y]\b/g, check: (m) => validDate(Number(m.slice(2, 4)), Number(m.slice(0, 2))) && '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(m.slice(0, 6) + m.slice(7, 10)) % 31] === m[10] },
  // Korea: resident registration number YYMMDD-SNNNNNN (S: sex and century, 1–8).
  { name: 'KR RRN', pattern: /\b\d{6}-?[1-8]\d{6}\b/g, check: (m) => validDate(Number(m.slice(2, 4)), Number(m.slice(4, 6))) },
  // US Social Security number 123-45-6789 (area 000, 666 and 9xx are never issued).
  { name: 'US SSN', pattern: /\b(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g, check: () => true },
  // Russia: SNILS 123-456-789 01.
  { name: 'RU SNILS', pattern: /\b\d{3}-\d{3}-\d{3}[ -]\d{2}\b/g, check: (m) => passesSnils(m.replace(/\D/g, '')) },
  // Russia: internal passport, series and number "45 03 123456" or "4503 123456".
  { name: 'RU passport', pattern: /\b\d{2} ?\d{2} (?:№ ?)?\d{6}\b/g, check: () => true },
  // India: Aadhaar 2345 6789 0123 (never starts with 0 or 1; Verhoeff check digit).
  { name: 'IN Aadhaar', pattern: /\b[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}\b/g, check: (m) => passesVerhoeff(m.replace(/\D/g, '')) },
  // Belgium: national register number 85.07.30-033.61 (mod 97, born after 2000 with a 2 in front).
  { name: 'BE national number', pattern: /\b\d{2}\.?\d{2}\.?\d{2}-?\d{3}\.?\d{2}\b/g, check: (m) => {
    const d = m.replace(/\D/g, '');
    const check = Number(d.slice(9));
    return 97 - (Number(d.slice(0, 9)) % 97) === check || 97 - (Number(`2${d.slice(0, 9)}`) % 97) === check;
  } },
  // France: NIR (social security) 1 85 05 78 006 084 36, key = 97 − number mod 97.
  { name: 'FR NIR', pattern: /\b[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}\b/g, check: (m) => {
    const d = m.replace(/\s/g, '').replace('2A', '19').replace('2B', '18');
    return 97 - Number(BigInt(d.slice(0, 13)) % 97n) === Number(d.slice(13));
  } },
  // Netherlands: BSN written in groups, 1234.56.782 (unbroken it is a long digit run anyway).
  { name: 'NL BSN', pattern: /\b\d{4}[. ]\d{2}[. ]\d{3}\b|\b\d{3}[. ]\d{3}[. ]\d{3}\b/g, check: (m) => passesElfproef(m.replace(/\D/g, '')) },
  // Sweden: personnummer YYMMDD-NNNC (Luhn); Denmark: CPR DDMMYY-NNNN (a valid date).
  { name: 'SE/DK personal number', pattern: /\b(?:19|20)?\d{6}[-+]\d{4}\b/g, check: (m) => {
    const d = m.replace(/\D/g, '').slice(-10);
    return (validDate(Number(d.slice(2, 4)), Number(d.slice(4, 6))) && passesLuhn(d)) || validDate(Number(d.slice(2, 4)), Number(d.slice(0, 2)));
  } },
];
