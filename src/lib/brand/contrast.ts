/**
 * Contrast of a brand colour against the help center's backgrounds (WCAG 2.2 relative
 * luminance and contrast ratio), and the nearest colour of the same hue that passes: the fix
 * a message can suggest instead of "pick another colour".
 */
import { BACKGROUNDS, BUTTON_TEXT, MIN_CONTRAST, type Scheme } from './palette.ts';

type Rgb = readonly [number, number, number];

/** "#1a5a85" or "#17a" → [26, 90, 133]; undefined for anything else. */
export function parseHex(color: string): Rgb | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!match) return undefined;
  const hex = match[1]!.length === 3 ? [...match[1]!].map((c) => c + c).join('') : match[1]!;
  return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
}

export function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance. */
function luminance([r, g, b]: Rgb): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(parseHex(a)!), luminance(parseHex(b)!)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Ratios are floored to two decimals, so "4.49:1" is never shown as a passing "4.5:1". */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2).replace(/\.?0+$/, '')}:1`;
}

/** The button text colour that reads best on this colour. */
export function buttonTextOn(color: string): string {
  return contrastRatio(color, BUTTON_TEXT.light) >= contrastRatio(color, BUTTON_TEXT.dark) ? BUTTON_TEXT.light : BUTTON_TEXT.dark;
}

export interface ContrastCheck {
  /** The lowest ratio against the scheme's backgrounds and the button text. */
  ratio: number;
  /** What that lowest ratio is against, e.g. "the panel background #f4f6f8". */
  against: string;
  passes: boolean;
}

/** The colour drawn on the scheme's page and panel backgrounds, and under button text. */
export function checkContrast(color: string, scheme: Scheme): ContrastCheck {
  const { page, panel } = BACKGROUNDS[scheme];
  const text = buttonTextOn(color);
  const pairs: [number, string][] = [
    [contrastRatio(color, page), `the ${scheme} page background ${page}`],
    [contrastRatio(color, panel), `the ${scheme} panel background ${panel}`],
    [contrastRatio(color, text), `its button text ${text}`],
  ];
  const [ratio, against] = pairs.reduce((low, pair) => (pair[0] < low[0] ? pair : low));
  return { ratio, against, passes: ratio >= MIN_CONTRAST };
}

function toHsl([r, g, b]: Rgb): [number, number, number] {
  const [rn, gn, bn] = [r / 255, g / 255, b / 255];
  const max = Math.max(rn, gn, bn);
  const min = Math.min(rn, gn, bn);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === rn ? (gn - bn) / d + (gn < bn ? 6 : 0) : max === gn ? (bn - rn) / d + 2 : (rn - gn) / d + 4;
  return [h / 6, s, l];
}

function fromHsl([h, s, l]: [number, number, number]): Rgb {
  if (s === 0) return [l * 255, l * 255, l * 255];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const hue = (t: number) => {
    const x = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (x < 1 / 6) return p + (q - p) * 6 * x;
    if (x < 1 / 2) return q;
    if (x < 2 / 3) return p + (q - p) * (2 / 3 - x) * 6;
    return p;
  };
  return [hue(h + 1 / 3) * 255, hue(h) * 255, hue(h - 1 / 3) * 255];
}

/**
 * The colour of the same hue and saturation, darker for the light scheme and lighter for the
 * dark one, that is closest to `color` and passes; undefined when the colour already passes.
 */
export function nearestPassing(color: string, scheme: Scheme): string | undefined {
  if (checkContrast(color, scheme).passes) return undefined;
  const [h, s, l] = toHsl(parseHex(color)!);
  const step = scheme === 'light' ? -0.005 : 0.005;
  for (let lightness = l + step; lightness >= 0 && lightness <= 1; lightness += step) {
    const candidate = toHex(fromHsl([h, s, lightness]));
    if (checkContrast(candidate, scheme).passes) return candidate;
  }
  return scheme === 'light' ? '#000000' : '#ffffff';
}
