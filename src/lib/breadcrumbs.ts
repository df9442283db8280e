export interface Crumb {
  label: string;
  /** Absent on the current page. */
  href?: string;
}

export function breadcrumbTrail(home: Crumb & { href: string }, category?: Crumb & { href: string }, current?: string): Crumb[] {
  const trail: Crumb[] = [home];
  if (category) trail.push(category);
  if (current) trail.push({ label: current });
  return trail;
}
