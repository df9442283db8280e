/**
 * Ticket bodies arrive as HTML e-mails with quoted history and signatures. Keep what the
 * customer wrote this time.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html;
  // Each pass costs a scan of the whole text, so the rare ones run only when they can match.
  let text = html;
  if (/<(?:script|style|head|blockquote)/i.test(html)) {
    text = text.replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, ' ').replace(/<blockquote[\s\S]*?<\/blockquote>/gi, '\n');
  }
  text = text
    .replace(/<br\s*\/?>|<\/(p|div|li|tr|h[1-6])>/gi, '\n')
    .replace(/<\/?[a-zA-Z!][^>]*>/g, ' ');
  if (!text.includes('&')) return text;
  return text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower in ENTITIES) return ENTITIES[lower]!;
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16) || 32);
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)) || 32);
    return whole;
  });
}

/** How lines start where quoted history or a signature begins; tried at line starts only. */
const CUT_MARKER = new RegExp(
  `[ \\t]*(?:${[
    String.raw`On .{3,200}wrote:\s*$`,
    String.raw`-{2,}\s*(?:Original Message|Forwarded message)`,
    String.raw`From: .+`,
    String.raw`-- ?\r?$`,
    String.raw`(?:Sent from my|Get Outlook for|Verstuurd vanaf mijn)`,
    String.raw`(?:Best regards|Kind regards|Regards|Thanks|Thank you|Cheers|Met vriendelijke groet)[,!.]?\s*$`,
  ].join('|')})`,
  'imy',
);

/**
 * Where the first line starting quoted history or a signature begins, or -1. A sticky test at
 * each line start is several times faster than a multiline search, which tries every position.
 */
function cutIndex(text: string): number {
  let at = 0;
  for (;;) {
    CUT_MARKER.lastIndex = at;
    if (CUT_MARKER.test(text)) return at;
    const newline = text.indexOf('\n', at);
    if (newline === -1) return -1;
    at = newline + 1;
  }
}

export function stripQuotesAndSignature(text: string): string {
  // Everything from the first line that starts quoted history or a signature goes, then
  // quoted lines ("> …") above it.
  const cut = cutIndex(text);
  let kept = cut === -1 ? text : text.slice(0, cut);
  if (kept.includes('>')) kept = kept.replace(/^[ \t]*>.*$/gm, '');
  // Runs of blanks become one space; a lone space is left alone (rewriting every space with
  // itself took half of this function's time).
  if (kept.includes('\r')) kept = kept.replace(/\r/g, '');
  return kept.replace(/[ \t]{2,}|\t/g, ' ').replace(/\n(?: ?\n){2,}/g, '\n\n').trim();
}

/** Unfilled macro placeholders ("{{ticket.id}}", "{{Order Number}}") are not the customer's words. */
const PLACEHOLDER = /\{\{[^{}]*\}\}/g;

/**
 * Control characters (C0 but tab and line breaks, DEL, C1), and terminal escape sequences
 * whole: a ticket saying "\x1b[2J" must not clear the support lead's screen when the report
 * quotes it, nor "\x07" ring a bell. Tested first: almost no ticket has any.
 */
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;
const ESCAPE_SEQUENCE = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])/g;
const CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+/g;

export function withoutControlCharacters(text: string): string {
  return CONTROL.test(text) ? text.replace(ESCAPE_SEQUENCE, '').replace(CONTROLS, ' ') : text;
}

/**
 * The salutation a message opens with ("Good morning,", "Hi there!", "Dear Sir or Madam,",
 * "Hello Ms Okafor,"): how the customer greets, not what they ask. Its single words are filler
 * already (stop-words.ts), but "good morning" and "good afternoon" are not, and messages that
 * shared nothing else became a "good morning" topic. Only at the very start, and only the
 * greeting, whom it names (capitalised words and a few forms of address) and the punctuation
 * that ends it: "Morning delivery, is it possible?" and "hi I want to know about my bill" keep
 * their words.
 */
const GREETING = /^\s*(?i:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening|day)|morning|afternoon|evening|hallo|bonjour|hola|guten (?:morgen|tag|abend)|goedemorgen|goedemiddag|goedenavond|beste)(?:[ \t]+(?:(?i:there|all|team|everyone|folks|guys|sir|madam|or|and)|\/|\p{Lu}[\p{L}'’.-]*))*[ \t]*(?:[,!:;]+|\n|$)\s*/u;

export function withoutGreeting(text: string): string {
  const greeting = GREETING.exec(text);
  // A greeting and nothing else is left as it is: it is the whole message.
  return greeting && greeting[0].length < text.length ? text.slice(greeting[0].length) : text;
}

export function cleanTicketText(raw: string): string {
  const text = withoutGreeting(withoutControlCharacters(stripQuotesAndSignature(htmlToText(raw))));
  return text.includes('{{') ? text.replace(PLACEHOLDER, ' ').replace(/[ \t]{2,}/g, ' ').trim() : text;
}
