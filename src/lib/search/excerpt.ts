/**
 * Pagefind excerpts are text with <mark> around matched words. Split them into plain text and
 * highlighted parts so the page builds DOM text nodes: nothing from the index becomes HTML.
 */
export interface ExcerptPart {
  text: string;
  highlighted: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e);

export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: decode(excerpt.slice(last, match.index).replace(/<[^>]*>/g, '')), highlighted: false });
    parts.push({ text: decode(match[1]!.replace(/<[^>]*>/g, '')), highlighted: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last).replace(/<[^>]*>/g, '')), highlighted: false });
  return parts.filter((p) => p.text);
}

/**
 * Highlights the words of `text` that start like a searched word ("refunds" for "refund"),
 * the way Pagefind's stemming matched them. Returns undefined when nothing matches, so the
 * caller can fall back to Pagefind's own excerpt.
 */
export function highlightWords(text: string, searched: readonly string[]): ExcerptPart[] | undefined {
  const stems = [...new Set(searched.flatMap((s) => s.toLowerCase().split(/\s+/)))].filter((w) => w.length >= 3).map((w) => w.slice(0, Math.max(3, Math.min(w.length, 5))));
  if (stems.length === 0) return undefined;
  const parts: ExcerptPart[] = [];
  let found = false;
  for (const piece of text.split(/([\p{L}\p{M}\p{N}]+)/u)) {
    if (!piece) continue;
    const hit = /[\p{L}\p{N}]/u.test(piece) && stems.some((stem) => piece.toLowerCase().startsWith(stem));
    found ||= hit;
    const previous = parts.at(-1);
    if (previous && previous.highlighted === hit && !hit) previous.text += piece;
    else parts.push({ text: piece, highlighted: hit });
  }
  return found ? parts : undefined;
}
