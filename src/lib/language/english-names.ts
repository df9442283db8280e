/**
 * Two-letter codes by their English name, as exports write them: "korean" → "ko" (a language
 * column in HubSpot), "netherlands" → "NL" (a country column). Every code Intl can name, built
 * once per kind on first use.
 */
const built = new Map<'language' | 'region', ReadonlyMap<string, string>>();

export function codesByEnglishName(type: 'language' | 'region'): ReadonlyMap<string, string> {
  let byName = built.get(type);
  if (!byName) {
    const map = new Map<string, string>();
    const names = new Intl.DisplayNames(['en'], { type, fallback: 'none' });
    // Language codes are written in lowercase (ko), region codes in uppercase (KR).
    const first = type === 'language' ? 97 : 65;
    for (let a = first; a < first + 26; a++) {
      for (let b = first; b < first + 26; b++) {
        const code = String.fromCharCode(a, b);
        const name = names.of(code);
        if (name) map.set(name.toLowerCase(), code);
      }
    }
    built.set(type, (byName = map));
  }
  return byName;
}
