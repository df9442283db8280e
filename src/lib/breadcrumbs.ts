export interface Crumb {
  label: string;
  /** Absent on the current page. */
  href?: string;
  /** Language of the label when it differs from the page's (an untranslated article's title). */
  lang?: string;
}

export function breadcrumbTrail(home: Crumb & { href: string }, category?: Crumb & { href: string }, current?: string | Crumb): Crumb[] {
  const trail: Crumb[] = [home];
  if (category) trail.push(category);
  if (current) trail.push(typeof current === 'string' ? { label: current } : { label: current.label, ...(current.lang ? { lang: current.lang } : {}) });
  return trail;
}
