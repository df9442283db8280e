/**
 * Ticket bodies arrive as HTML e-mails with quoted history and signatures. Keep what the
 * customer wrote this time.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html;
  return html
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<blockquote[\s\S]*?<\/blockquote>/gi, '\n')
    .replace(/<br\s*\/?>|<\/(p|div|li|tr|h[1-6])>/gi, '\n')
    .replace(/<\/?[a-zA-Z!][^>]*>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      const lower = name.toLowerCase();
      if (lower in ENTITIES) return ENTITIES[lower]!;
      if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16) || 32);
      if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)) || 32);
      return whole;
    });
}

/** Lines where quoted history or a signature starts (one pattern: it runs on every line). */
const CUT_MARKER = new RegExp(
  [
    String.raw`On .{3,200}wrote:\s*$`,
    String.raw`-{2,}\s*(?:Original Message|Forwarded message)`,
    String.raw`From: .+`,
    String.raw`-- ?$`,
    String.raw`(?:Sent from my|Get Outlook for|Verstuurd vanaf mijn)`,
    String.raw`(?:Best regards|Kind regards|Regards|Thanks|Thank you|Cheers|Met vriendelijke groet)[,!.]?\s*$`,
  ].map((p) => `^\\s*${p}`).join('|'),
  'i',
);

export function stripQuotesAndSignature(text: string): string {
  const kept: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (CUT_MARKER.test(line)) break;
    if (/^\s*>/.test(line)) continue;
    kept.push(line);
  }
  return kept.join('\n').replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
}

/** Unfilled macro placeholders ("{{ticket.id}}", "{{Order Number}}") are not the customer's words. */
const PLACEHOLDER = /\{\{[^{}]*\}\}/g;

export function cleanTicketText(raw: string): string {
  return stripQuotesAndSignature(htmlToText(raw)).replace(PLACEHOLDER, ' ').replace(/[ \t]{2,}/g, ' ').trim();
}
