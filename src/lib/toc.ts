/** Table of contents: only for articles long enough to need one. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export const MIN_SECTIONS_FOR_TOC = 3;

export function tableOfContents(headings: readonly Heading[]): Heading[] {
  const sections = headings.filter((h) => h.depth === 2);
  if (sections.length < MIN_SECTIONS_FOR_TOC) return [];
  return headings.filter((h) => h.depth === 2 || h.depth === 3);
}
