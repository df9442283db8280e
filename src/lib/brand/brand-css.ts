/**
 * The brand colour as CSS custom properties over the stylesheet's own (`--accent` is links,
 * buttons, icons, step numbers and the info callout's border). Inlined in each page's head,
 * so it costs no request; `html:root` outranks the stylesheet's `:root` wherever the
 * stylesheet's link ends up.
 */
import type { SiteSettings } from '../../schema.ts';
import { buttonTextOn, checkContrast, nearestPassing } from './contrast.ts';

/** The colour used on dark backgrounds: the one given, else the brand colour if it reads there, else its nearest lighter shade that does. */
export function darkBrandColor(brand: NonNullable<SiteSettings['brand']>): string | undefined {
  if (brand.colorDark) return brand.colorDark;
  if (!brand.color) return undefined;
  return checkContrast(brand.color, 'dark').passes ? brand.color : nearestPassing(brand.color, 'dark');
}

const accent = (color: string) => `--accent:${color};--accent-text:${buttonTextOn(color)};--info-border:${color}`;

export function brandCss(brand: SiteSettings['brand']): string {
  if (!brand) return '';
  const dark = darkBrandColor(brand);
  return [brand.color ? `html:root{${accent(brand.color)}}` : '', dark ? `@media (prefers-color-scheme: dark){html:root{${accent(dark)}}}` : ''].join('');
}
