/**
 * Turns what a customer typed ("hi, i need to cancel my order {{Order Number}} asap") into
 * the words worth searching for, and the site's synonyms for them. Pure; used in the browser
 * and by the search benchmark.
 */

/** Words that carry no topic in a support question. Topic words (order, card, parcel) never go here. */
const ENGLISH_STOP_WORDS = new Set(
  `a an the and or but if so of to in on at by for from with into about as is are was were be been being am
  i im i'm ive i've id i'd me my mine myself we our us you your yours it its it's this that these those there here
  do does did doing done can could would should will shall may might must have has had having get got getting
  how what when where which who whom why whats what's hows how's wheres where's
  help helping assist assistance support please pls plz thanks thank hi hello hey dear
  need needs want wanted wanna would like know tell show let see look looking trying try tried
  question questions problem problems issue issues info information possible way ways some any
  just also still again very really not no yes ok okay
  ask asking asked request requesting check checking checked see seeing find finding found expect expecting
  wait waiting happen happens go going gonna make able cases case situation situations circumstances
  inform informing notify notifying someone something anything everything thing things
  give quick quickly updates news any take taking dont don't cant can't wont won't doesnt doesn't didnt didn't isnt isn't
  ill i'll youre you're cannot several many few lot lots`.split(/\s+/),
);

/** The same for the other languages of the sample help center; a language without a list keeps every word. */
const STOP_WORDS: Record<string, ReadonlySet<string>> = {
  en: ENGLISH_STOP_WORDS,
  ru: new Set(
    `я мне меня мой моя моё мое мои моего моей моим мы нам нас наш наша наши вы вам вас ваш ваша ваши он она они оно их его ее её
    и а но или если то же ли бы не ни да нет уже еще ещё так там тут вот это этот эта эти что чтобы как где когда почему зачем какой какая какие каким
    в во на с со по для у о об обо к ко от до из за при про под над без через
    здравствуйте добрый день привет пожалуйста спасибо помогите подскажите скажите хочу хотел хотела хотим нужно надо можно могу может могут
    есть был была было были быть буду будет сделать делать`.split(/\s+/),
  ),
  ko: new Set(
    `안녕하세요 감사합니다 고맙습니다 제 저 저는 제가 저의 내 나 나는 내가 그리고 그런데 근데 어떻게 어떡하나요 왜 언제 어디 어디서 어디에 무엇 뭐 뭔가요 좀 혹시 꼭
    수 있나요 있어요 있을까요 있습니까 되나요 돼요 되요 해요 하나요 할까요 해야 할 하면 하고 하려면 해주세요 주세요 알려주세요
    부탁드립니다 부탁해요 합니다 했는데 하는데 했어요 싶어요 싶습니다 문의 문의드립니다 궁금합니다 궁금해요 알고`.split(/\s+/),
  ),
  te: new Set(`నా నాకు నేను మా మాకు మీ మీరు మీకు ఈ ఆ మరియు కానీ లేదా ఎలా ఎందుకు ఏమి ఏమిటి ఎక్కడ ఎప్పుడు ఎంత దయచేసి ధన్యవాదాలు నమస్కారం ఉంది ఉన్నాయి చేయండి చేయాలి కావాలి గురించి`.split(/\s+/)),
};

/**
 * Korean and Telugu glue particles and case endings onto words (비밀번호를, పాస్‌వర్డ్‌ను) and
 * have no stemmer in Pagefind. Pagefind matches words by their start, so searching the bare
 * word finds every form of it; these endings are cut from what the customer typed. Longest first.
 */
const ENDINGS: Record<string, readonly string[]> = {
  ko: ['하려면', '하려고', '했는데', '하는데', '했어요', '하나요', '할까요', '되나요', '됐어요', '해야', '해서', '하면', '하고', '하는', '하기', '에서', '으로', '까지', '부터', '에게', '한테', '처럼', '이랑', '을', '를', '이', '가', '은', '는', '에', '로', '와', '과', '도', '만', '의', '랑', '할', '해', '된'],
  te: ['నుండి', 'యొక్క', 'లలో', 'లను', 'లకు', 'లకి', 'ను', 'ని', 'కు', 'కి', 'లో', 'తో', 'పై', 'గా'],
};

/** Cuts one ending, keeping at least two characters of the word (Hangul syllables or Telugu letters). */
function bareWord(word: string, locale: string): string {
  for (const ending of ENDINGS[locale] ?? []) {
    if (!word.endsWith(ending)) continue;
    const bare = word.slice(0, -ending.length).replace(/[\u200C\u200D]+$/u, '');
    if ([...bare.matchAll(/\p{L}/gu)].length >= 2) return bare;
  }
  return word;
}

/** Letters, marks (Telugu vowel signs) and digits; zero-width (non-)joiners belong inside Indic words (పాస్‌వర్డ్). */
const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}\u200C\u200D]*(?:['’][\p{L}]+)?/gu;

/** Lowercase words of the query, without `{{placeholders}}`, order numbers and punctuation. */
export function queryWords(query: string): string[] {
  const cleaned = query.replace(/\{\{[^}]*\}\}/g, ' ').toLowerCase();
  return (cleaned.match(WORD) ?? []).map((w) => w.replace(/’/g, "'").replace(/[\u200C\u200D]+$/u, '')).filter((w) => !/^\d+$/.test(w));
}

/**
 * The words that say what the question is about, in the query's language (default English).
 * Falls back to all words if every word is common.
 */
export function contentTerms(query: string, locale = 'en'): string[] {
  const stop = STOP_WORDS[locale] ?? new Set<string>();
  const words = queryWords(query);
  // One-letter words are noise ("s", "a"), except Korean syllables, which are often whole nouns (돈, 옷).
  const content = words.filter((w) => !stop.has(w) && (w.length > 1 || /\p{Script=Hangul}/u.test(w))).map((w) => bareWord(w, locale));
  return [...new Set(content.length ? content : words)];
}

export interface TermGroup {
  /** What the customer wrote (one word, or a phrase found in the synonym list). */
  term: string;
  /** The term and its synonyms; each is searched, a page's best match counts. */
  variants: string[];
  /** The site's own word for it: the first of its synonym group (or the term itself). */
  siteWord: string;
}

/**
 * Groups query terms with their synonyms. A synonym group is a list of words or phrases that
 * mean the same to customers (["refund", "money back"]). A multi-word phrase from a group that
 * appears in the query is kept together as one term.
 */
export function expandWithSynonyms(query: string, synonyms: readonly (readonly string[])[], locale = 'en'): TermGroup[] {
  const words = queryWords(query).map((w) => bareWord(w, locale));
  const terms = contentTerms(query, locale);
  const groups: TermGroup[] = [];
  const used = new Set<string>();
  const normalized = synonyms.map((group) => group.map((s) => queryWords(s).join(' ')).filter(Boolean));

  for (const group of normalized) {
    for (const phrase of group) {
      const found = phrase.includes(' ') ? findPhrase(words, phrase.split(' '), locale) : undefined;
      if (!found) continue;
      groups.push({ term: phrase, variants: [...new Set(group)], siteWord: group[0]! });
      for (const w of found) used.add(w);
      break;
    }
  }
  for (const term of terms) {
    if (used.has(term)) continue;
    const group = normalized.find((g) => g.some((s) => sameWord(s, term, locale)));
    groups.push({ term, variants: group ? [term, ...group.filter((s) => !sameWord(s, term, locale))] : [term], siteWord: group?.[0] ?? term });
  }
  return groups;
}

/**
 * Forms of one word: singular and plural in English ("product", "products"); in Russian,
 * words that differ only in a short ending (посылка, посылку; заказ, заказа, заказом), so a
 * synonym group matches whatever case the customer typed.
 */
function sameWord(a: string, b: string, locale = 'en'): boolean {
  if (a === b || a === `${b}s` || b === `${a}s`) return true;
  if (locale !== 'ru') return false;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= 4 && a.length - common <= 2 && b.length - common <= 2;
}

/**
 * Finds a phrase's words close together, in any order ("open a new account" and "methods for
 * shipping" contain "open account" and "shipping methods"). Returns the words, or undefined.
 */
function findPhrase(words: readonly string[], phrase: readonly string[], locale = 'en'): string[] | undefined {
  const same = (x: string, y: string) => sameWord(x, y, locale);
  const span = phrase.length + 2;
  for (let start = 0; start < words.length; start++) {
    const window = words.slice(start, start + span);
    if (!phrase.some((w) => same(w, window[0]!))) continue;
    const matched = phrase.map((w) => window.find((x) => same(x, w)));
    if (matched.every(Boolean)) return matched as string[];
  }
  return undefined;
}

/**
 * Spelling fixes are tried for English only: they were tuned on English questions. In the
 * smaller indexes of other languages a word on every page scores low, and looked like a
 * misspelling to be "fixed" into an unrelated rare word (заказом → заказм). Russian forms
 * are matched by Pagefind's stemmer, Korean and Telugu endings are cut before searching.
 */
export function spellingFixesFor(locale: string | undefined): boolean {
  return locale === undefined || locale === 'en';
}

/**
 * Spellings to try when a word finds nothing: one letter dropped, two neighbours swapped,
 * or the word cut short (Pagefind matches prefixes). Most likely first.
 */
export function typoVariants(word: string): string[] {
  if (word.length < 4) return [];
  const variants = new Set<string>();
  for (let i = 0; i < word.length; i++) variants.add(word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i < word.length - 1; i++) variants.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  for (let cut = word.length - 1; cut >= Math.max(3, Math.floor(word.length / 2)); cut--) variants.add(word.slice(0, cut));
  variants.delete(word);
  return [...variants].filter((v) => v.length >= 3);
}
