/**
 * What an article, a category and the site settings are. One definition, used by
 * `src/content.config.ts` (the site) and by `scripts/` (content checker, gap report).
 *
 * Error messages here are read by writers: each says what is wrong and how to fix it.
 */
import { z } from 'zod';
import { checkContrast, formatRatio, nearestPassing, parseHex } from './lib/brand/contrast.ts';
import { MIN_CONTRAST } from './lib/brand/palette.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const hexColor = z.string({ error: 'must be a colour written "#rrggbb", e.g. "#1a5a85".' }).regex(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i, { error: 'must be a colour written "#rrggbb", e.g. "#1a5a85".' });
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date written `YYYY-MM-DD`. YAML already turns unquoted dates into Date objects. */
const calendarDate = z.preprocess(
  (value) => {
    if (typeof value !== 'string') return value;
    const match = DATE.exec(value.trim());
    if (!match) return value;
    const date = new Date(`${match[0]}T00:00:00Z`);
    // `new Date('2026-02-30')` rolls over to March; a writer meant a real day.
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === match[0] ? date : value;
  },
  z.date({
    error: (issue) =>
      issue.input === undefined
        ? 'is missing. Add the date the article was last checked, e.g. `updated: 2026-10-14`.'
        : `must be a real date written YYYY-MM-DD (found ${JSON.stringify(issue.input)}). Example: \`updated: 2026-10-14\`.`,
  }).refine((d) => !Number.isNaN(d.getTime()), {
    message: 'must be a real date written YYYY-MM-DD. Example: `updated: 2026-10-14`.',
  }),
);

const requiredText = (field: string, example: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined || issue.input === null
          ? `is missing. Add it to the frontmatter, e.g. \`${field}: ${example}\`.`
          : `must be text (found ${JSON.stringify(issue.input)}). Example: \`${field}: ${example}\`.`,
    })
    .trim()
    .min(1, { error: `is empty. Write it, e.g. \`${field}: ${example}\`.` })
    // Shown as plain text (the page's title, results, the meta description): a tag would be
    // shown to customers as "<b>".
    .refine((text) => !/<\/?[a-z][a-z0-9-]*(\s[^>]*)?\/?>/i.test(text), { error: (issue) => `is shown as plain text, so customers would see the tag ${/<\/?[a-z][a-z0-9-]*(\s[^>]*)?\/?>/i.exec(String(issue.input))?.[0]}. Remove it: write the words only.` });

const slugList = (what: string) =>
  z
    .array(
      z.string().regex(SLUG, {
        error: `must list ${what} in lowercase-with-hyphens form, e.g. \`[refund-timing, start-a-return]\`.`,
      }),
      { error: `must be a list, e.g. \`[refund-timing, start-a-return]\`.` },
    )
    .default([]);

const wordList = z
  .array(z.string().trim().min(1), { error: 'must be a list of words or phrases, e.g. `[money back, refund]`.' })
  .default([]);

/**
 * Article frontmatter. `categoryIds` comes from `content/categories.json`, so an unknown
 * category is reported with the list of valid ones.
 */
export function articleFrontmatterSchema(categoryIds: readonly string[]) {
  return z.object({
    /** The customer's question or task, in their words. Shown as the page's H1 and in results. */
    title: requiredText('title', '"How do I return an item?"').pipe(
      z.string().max(120, { error: 'is longer than 120 characters. Shorten it to the question a customer would type.' }),
    ),
    /** One-sentence answer. Used in lists, search results and the meta description. */
    description: requiredText('description', '"Start a return in Account > Returns within 30 days of delivery."').pipe(
      z.string().max(300, { error: 'is longer than 300 characters. Keep it to the one-sentence answer.' }),
    ),
    /** Category id; must match the folder the article is in. */
    category: z.string({ error: `is missing. Use one of: ${categoryIds.join(', ')}.` }).refine(
      (id) => categoryIds.includes(id),
      { error: (issue) => `"${String(issue.input)}" is not a category. Use one of: ${categoryIds.join(', ')} (or add it to content/categories.json).` },
    ),
    /** Topic tags shared between articles; used for "related articles" when `related` is short. */
    tags: slugList('tags'),
    /** Words customers use that the text may not ("money back" for refund). Indexed for search, not shown. */
    keywords: wordList,
    /** Date the article was last checked against how things really work. Shown to customers. */
    updated: calendarDate,
    /** Slugs of articles (same locale) to show under "Related articles", in this order. */
    related: slugList('article slugs'),
    /** Drafts are checked but not published. */
    draft: z.boolean({ error: 'must be `true` or `false`.' }).default(false),
    /** Position inside the category; lower comes first. Ties are sorted by title. */
    order: z.number({ error: 'must be a number, e.g. `order: 3`.' }).int({ error: 'must be a whole number.' }).default(100),
    /** Show on the home page under "Popular articles". */
    pinned: z.boolean({ error: 'must be `true` or `false`.' }).default(false),
    /** Who keeps this article right: a person or a team (not shown to customers). */
    owner: ownerField,
    /** How often it must be checked against how things work, e.g. "6 months"; counted from `updated`. */
    reviewEvery: reviewEveryField,
  });
}
export type ArticleFrontmatter = z.output<ReturnType<typeof articleFrontmatterSchema>>;


const LOCALE_CODE = /^[a-z]{2,3}(-[A-Z]{2})?$/;
const localeCode = z.string().regex(LOCALE_CODE, { error: 'must be a language tag like "en" or "pt-BR".' });

/**
 * Who keeps an article right, and how often it must be checked (Zendesk's verification rules,
 * Document360's review reminders): on an article, or on its category for all its articles.
 */
const ownerField = z.string({ error: 'must be text: a person or a team, e.g. `owner: Payments team`.' }).trim().min(1, { error: 'is empty. Name a person or a team, or remove the field.' }).optional();
const reviewEveryField = z
  .string({ error: 'must be text like `6 months`.' })
  .regex(/^\s*[1-9]\d*\s+(day|week|month|year)s?\s*$/, { error: 'must be a number and a unit, e.g. `6 months`, `2 weeks` or `1 year`.' })
  .optional();

/** A category's name and description in another language. */
const categoryTranslationSchema = z.object({
  /** The category's name in this language. */
  title: requiredText('title', '"배송"'),
  /** The one-line description in this language. */
  description: requiredText('description', '"배송 기간과 배송비, 배송 조회"'),
});

export const categorySchema = z.object({
  /** Folder name under `content/articles/<locale>/` and URL segment. */
  id: z.string().regex(SLUG, { error: 'must be lowercase-with-hyphens, e.g. "gift-cards".' }),
  /** Name shown on cards, breadcrumbs and headings, in the default language. */
  title: requiredText('title', '"Shipping"'),
  /** One line telling customers what they will find inside, in the default language. */
  description: requiredText('description', '"Delivery times, costs and tracking"'),
  /**
   * A Lucide icon by name (https://lucide.dev/icons), e.g. "truck" or "piggy-bank". Whether
   * the name exists is checked by the content checker, which suggests the closest names.
   */
  icon: z.string({ error: 'must be the name of a Lucide icon, e.g. "truck" (https://lucide.dev/icons).' }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be the name of a Lucide icon in lowercase-with-hyphens, e.g. "credit-card" (https://lucide.dev/icons).' }),
  /** Position on the home page; lower comes first. */
  order: z.number().int().default(100),
  /**
   * Title and description in the other languages, keyed by language code:
   * `{ "ko": { "title": "배송", "description": "…" } }`. A language without an entry shows the default text.
   */
  translations: z
    .record(localeCode, categoryTranslationSchema, { error: 'must be an object keyed by language code, e.g. `{ "ko": { "title": "배송", "description": "배송 기간과 배송비" } }`.' })
    .default({}),
  /** Who keeps this category's articles right (an article's own `owner` wins). */
  owner: ownerField,
  /** How often its articles must be checked, e.g. "6 months" (an article's own `reviewEvery` wins). */
  reviewEvery: reviewEveryField,
});
export type Category = z.output<typeof categorySchema>;

export const categoriesFileSchema = z
  .array(categorySchema, { error: 'must be a JSON array of categories.' })
  .min(1, { error: 'lists no categories. Add at least one.' })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((category, index) => {
      if (seen.has(category.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `"${category.id}" is listed twice. Category ids must be unique.` });
      seen.add(category.id);
    });
  });

/** Groups of words or phrases customers use for the same thing; the first is the site's own word. */
const synonymGroups = z
  .array(z.array(z.string().trim().min(1)).min(2, { error: 'must list at least two words that mean the same.' }), {
    error: 'must be a list of groups, e.g. `[["refund", "money back"], ["parcel", "package"]]`.',
  })
  .default([]);

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const contactChannelSchema = z.object({
  /** Decides the icon, the link (mailto:, tel:, URL) and the wording. */
  type: z.enum(['email', 'chat', 'phone'], { error: 'must be "email", "chat" or "phone".' }),
  /** Email address, phone number in international format, or the page where chat opens. */
  value: requiredText('value', '"support@example.com"'),
  /** When people answer. Outside these hours customers are told when they will hear back. */
  hours: z.object({
    days: z.array(z.enum(WEEKDAYS, { error: `must be weekdays: ${WEEKDAYS.join(', ')}.` })).min(1),
    opens: z.string().regex(TIME, { error: 'must be a 24-hour time like "09:00".' }),
    closes: z.string().regex(TIME, { error: 'must be a 24-hour time like "17:00".' }),
  }),
  /** Honest time to a first human reply during opening hours. */
  firstResponse: z.object({
    within: z.number().positive(),
    unit: z.enum(['minutes', 'hours', 'business-days'], { error: 'must be "minutes", "hours" or "business-days".' }),
  }),
});
export type ContactChannel = z.output<typeof contactChannelSchema>;

export const localeSchema = z.object({
  /** BCP 47 language tag; also the folder under content/articles and the URL prefix (except the default). */
  code: localeCode,
  /** The language's own name, shown in the language switcher. */
  label: requiredText('label', '"English"'),
  /** Writing direction. */
  dir: z.enum(['ltr', 'rtl']).default('ltr'),
});

export const siteSettingsSchema = z
  .object({
    /** Shown in the header, the title bar and search results. */
    name: requiredText('name', '"Acme Help Center"'),
    /**
     * The shop (or main site) the help center belongs to, linked from the footer ("Back to …").
     * Optional: a bank, a SaaS or an HR desk may have none; the help center's name stands in.
     */
    shop: z.object({ name: requiredText('name', '"Acme"'), url: z.url({ error: 'must be a full URL like "https://acme.example".' }) }).optional(),
    /** Public URL of the help center (no path): used for canonical links, the sitemap and social cards. */
    url: z.url({ error: 'must be a full URL like "https://help.acme.example".' }),
    /** Path the site is served under, e.g. "/help/" on GitHub Pages. The BASE_PATH environment variable overrides it. */
    basePath: z.string().regex(/^\/([\w.-]+\/)*$/, { error: 'must start and end with "/", e.g. "/" or "/help/".' }).default('/'),
    /** Time zone the opening hours are in (IANA name). */
    timeZone: z.string().refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, { error: 'must be an IANA time zone like "Europe/Amsterdam".' }),
    /**
     * Languages of the help center. The first is the default: it lives at the site root and
     * stands in for any article another language does not have yet. Each language also needs
     * its UI strings in `src/i18n/<code>.json`.
     */
    locales: z.array(localeSchema).min(1, { error: 'lists no languages. Add at least one, e.g. `[{ "code": "en", "label": "English" }]`.' }),
    /** Ways to reach a human, in the order customers should try them. */
    contact: z.array(contactChannelSchema).min(1, { error: 'lists no channels. Customers need at least one way to reach you.' }),
    search: z
      .object({
        /** Groups of words and phrases customers use for the same thing; a query for one also finds the others. */
        /** For the default language; other languages list theirs in `synonymsByLocale`. */
        synonyms: synonymGroups,
        /** Synonym groups of the other languages, keyed by language code: `{ "ru": [["возврат", "вернуть деньги"]] }`. */
        synonymsByLocale: z.record(localeCode, synonymGroups, { error: 'must be an object keyed by language code, e.g. `{ "ru": [["возврат", "вернуть деньги"]] }`.' }).default({}),
        /**
         * Where to send search events (query, result count, clicked result) with navigator.sendBeacon.
         * Unset by default: nothing leaves the customer's browser.
         */
        analyticsEndpoint: z.url({ error: 'must be a full URL like "https://stats.example.com/search".' }).optional(),
      })
      .default({ synonyms: [], synonymsByLocale: {} }),
    /**
     * The company's look: its colour for links, buttons and icons, and its logo in the header.
     * Both optional; without them the help center keeps its own blue and shows its name.
     */
    brand: z
      .strictObject({
        /** On the light backgrounds; must reach 4.5:1 against them (checked, with a fix). */
        color: hexColor.optional(),
        /** On the dark backgrounds. Unset: `color` itself if it reads there, else the nearest lighter shade that does. */
        colorDark: hexColor.optional(),
        /** An SVG or image under the content folder, e.g. "brand/logo.svg"; shown instead of the name, with the name as its alt text. */
        logo: z
          .string({ error: 'must be a path under the content folder, e.g. "brand/logo.svg".' })
          .regex(/^(?!\/)(?!.*\.\.)[\w./-]+\.(svg|png|jpe?g|webp|avif)$/i, { error: 'must be a path under the content folder to an .svg, .png, .jpg, .webp or .avif file, e.g. "brand/logo.svg".' })
          .optional(),
      }, { error: 'must be an object like `{ "color": "#1a5a85", "logo": "brand/logo.svg" }`.' })
      // Here, not on the settings: a refinement of the whole object would wait for every other
      // field to be right, and the contrast would only be reported on a second run.
      .superRefine((brand, ctx) => {
        for (const [field, scheme] of [['color', 'light'], ['colorDark', 'dark']] as const) {
          const color = brand[field];
          const check = color && parseHex(color) ? checkContrast(color, scheme) : undefined;
          if (!color || !check || check.passes) continue;
          const fix = nearestPassing(color, scheme)!;
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `"${color}" has a contrast of ${formatRatio(check.ratio)} against ${check.against}; links and button labels need ${MIN_CONTRAST}:1 (WCAG 2.2 AA). "${fix}" is the same hue, ${scheme === 'light' ? 'darker' : 'lighter'}, at ${formatRatio(checkContrast(fix, scheme).ratio)}: use it, or choose another colour.`,
          });
        }
      })
      .optional(),
    /**
     * Where the help center sends its events (article feedback, searches): a path on the same
     * site ("/api/events", served by `npm run collector` and by `npm start`) or a full URL.
     * Unset: nothing leaves the customer's browser, and articles ask nothing.
     */
    collector: z
      .string()
      .refine((v) => /^\/(?!\/)\S*$/.test(v) || /^https?:\/\/\S+$/.test(v), { error: 'must be a path on this site like "/api/events" or a full URL like "https://events.example.com/api/events".' })
      .optional(),
  })
  .superRefine((settings, ctx) => {
    const codes = settings.locales.map((l) => l.code);
    codes.forEach((code, index) => {
      if (codes.indexOf(code) !== index) ctx.addIssue({ code: 'custom', path: ['locales', index, 'code'], message: `"${code}" is listed twice. Each language appears once in locales.` });
    });
    for (const code of Object.keys(settings.search.synonymsByLocale)) {
      const message =
        code === codes[0]
          ? `is the default language: put its synonyms in search.synonyms instead.`
          : !codes.includes(code)
            ? `is not a language of this help center (${codes.join(', ')}). Add it to locales or remove these synonyms.`
            : undefined;
      if (message) ctx.addIssue({ code: 'custom', path: ['search', 'synonymsByLocale', code], message });
    }
  });
export type SiteSettings = z.output<typeof siteSettingsSchema>;

/**
 * The events the help center sends to its collector (`collector` in site.json), as JSON: one
 * object per request. Documented for companies that send them to their own pipeline (README,
 * "Feedback and search events"); the collector validates every request against these.
 */
export const FEEDBACK_REASONS = ['not-answered', 'hard-to-follow', 'out-of-date', 'other'] as const;
export const DEVICE_CLASSES = ['phone', 'tablet', 'desktop'] as const;

/** "Was this article helpful?" */
export const feedbackEventSchema = z.strictObject({
  type: z.literal('helpcenter:feedback'),
  /** The article's key, `<category>/<slug>` (the same in every language). */
  article: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { error: 'must be an article key like "returns/refund-timing".' }),
  locale: localeCode,
  helpful: z.boolean({ error: 'must be true or false.' }),
  /** Why not (only with helpful: false). */
  reason: z.enum(FEEDBACK_REASONS, { error: `must be one of ${FEEDBACK_REASONS.join(', ')}.` }).optional(),
  /** The customer's words (personal data is redacted before it is stored). */
  comment: z.string().max(2000, { error: 'is longer than 2,000 characters.' }).optional(),
  /** When the customer sent it (the collector stores its own time as well). */
  at: z.iso.datetime({ error: 'must be an ISO date and time.' }).optional(),
});
export type FeedbackEvent = z.output<typeof feedbackEventSchema>;

/** A settled search, or a result opened from it (the `helpcenter:search` browser event). */
export const searchEventSchema = z.strictObject({
  type: z.literal('helpcenter:search'),
  query: z.string().min(1, { error: 'is empty.' }).max(500, { error: 'is longer than 500 characters.' }),
  /** Results shown (0 for "no good match"). */
  resultCount: z.int().min(0, { error: 'must be 0 or more.' }).max(10_000),
  /** URL path of the article opened, or null. */
  clickedResult: z.string().max(500).nullable(),
  locale: localeCode,
  category: z.string().max(200).nullable().optional(),
  at: z.iso.datetime({ error: 'must be an ISO date and time.' }).optional(),
});
export type SearchEvent = z.output<typeof searchEventSchema>;

export const helpcenterEventSchema = z.discriminatedUnion('type', [feedbackEventSchema, searchEventSchema], { error: 'must have a type of "helpcenter:feedback" or "helpcenter:search".' });
export type HelpcenterEvent = z.output<typeof helpcenterEventSchema>;

/**
 * UI strings of one language (`src/i18n/<code>.json`): flat dotted keys to text, with
 * `{placeholders}` kept as in English. Missing keys show the English text.
 */
export const uiStringsSchema = z.record(z.string(), z.string({ error: 'must be text. UI strings are flat: `"search.title": "Поиск"`.' }), {
  error: 'must be a JSON object of "key": "text" pairs, like src/i18n/en.json.',
});
export type UiStrings = z.output<typeof uiStringsSchema>;
export type Locale = z.output<typeof localeSchema>;

const KINDS: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', array: 'a list [ … ]', object: 'an object { … }' };

/**
 * A field without a message of its own gets zod's ("Invalid input: expected string, received
 * undefined"); a writer reads "is missing: add it (text)" or "must be a list [ … ] (found "en")".
 */
function plainMessage(issue: z.core.$ZodIssue, input: unknown): string {
  if (issue.code !== 'invalid_type' || !issue.message.startsWith('Invalid input')) return issue.message;
  const kind = KINDS[issue.expected] ?? issue.expected;
  if (input === undefined) return issue.message.endsWith('received undefined') ? `is missing: add it (${kind}).` : `must be ${kind}.`;
  let value: unknown = input;
  for (const key of issue.path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value === undefined ? `is missing: add it (${kind}).` : `must be ${kind} (found ${JSON.stringify(value)?.slice(0, 40)}).`;
}

/**
 * Turns zod issues into one line per problem, written for the person fixing the file:
 * `content/categories.json: [2].icon must be one of: …`.
 */
export function describeIssues(file: string, error: z.ZodError, prefix = '', input?: unknown): string[] {
  return error.issues.map((issue) => {
    // An entry of a list with an id (a category) is named by its id, not its position.
    const named = (p: PropertyKey, i: number) => {
      const entry = i === 0 && typeof p === 'number' && Array.isArray(input) ? (input[p] as { id?: unknown } | undefined) : undefined;
      return typeof entry?.id === 'string' ? `"${entry.id}"` : typeof p === 'number' ? `[${p}]` : String(p);
    };
    const field = issue.path.length ? issue.path.map(named).join('.').replace(/\.\[/g, '[') : '(whole file)';
    return `${file}: ${prefix}${field} ${plainMessage(issue, input)}`;
  });
}
