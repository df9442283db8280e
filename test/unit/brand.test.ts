import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brandCss, darkBrandColor } from '../../src/lib/brand/brand-css.ts';
import { checkContrast, contrastRatio, formatRatio, nearestPassing, parseHex } from '../../src/lib/brand/contrast.ts';
import { BACKGROUNDS } from '../../src/lib/brand/palette.ts';
import { describeIssues, siteSettingsSchema } from '../../src/schema.ts';

const settings = (brand: unknown) => ({ ...JSON.parse(readFileSync('test/fixtures/helpcenters/work/site.json', 'utf8')), brand });

describe('brand colour contrast', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBeCloseTo(1, 5);
    // #767676 is the classic lightest grey with 4.5:1 on white; #777777 just misses it.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(parseHex('#1A5A85')).toEqual([26, 90, 133]);
    expect(parseHex('blue')).toBeUndefined();
  });

  it('finds the nearest colour of the same hue that passes, darker on light and lighter on dark', () => {
    const light = nearestPassing('#4fa3d9', 'light')!;
    expect(checkContrast(light, 'light').passes).toBe(true);
    expect(contrastRatio(light, '#ffffff')).toBeLessThan(5.2); // the nearest, not black
    const [r, g, b] = parseHex(light)!;
    expect(b).toBeGreaterThan(g); // still a blue
    expect(g).toBeGreaterThan(r);
    const dark = nearestPassing('#1a5a85', 'dark')!;
    expect(checkContrast(dark, 'dark').passes).toBe(true);
    expect(nearestPassing('#1a5a85', 'light')).toBeUndefined();
  });

  it('refuses a brand colour too light for the light backgrounds, with the ratio and a colour that passes', () => {
    const result = siteSettingsSchema.safeParse(settings({ color: '#4fa3d9' }));
    expect(result.success).toBe(false);
    const [line, ...rest] = describeIssues('content/site.json', result.error!);
    expect(rest).toEqual([]);
    expect(line).toMatch(/^content\/site\.json: brand\.color "#4fa3d9" has a contrast of 2\.\d+:1 against the light panel background #f4f6f8; links and button labels need 4\.5:1 \(WCAG 2\.2 AA\)\. "#[0-9a-f]{6}" is the same hue, darker, at 4\.5\d?:1: use it, or choose another colour\.$/);
  });

  it('refuses a dark-scheme colour too dark for the dark backgrounds', () => {
    const result = siteSettingsSchema.safeParse(settings({ color: '#1a5a85', colorDark: '#1a5a85' }));
    expect(result.success).toBe(false);
    expect(describeIssues('content/site.json', result.error!)[0]).toMatch(/brand\.colorDark "#1a5a85" has a contrast of 2\.\d+:1 against the dark (page|panel) background .* is the same hue, lighter/);
  });

  it('accepts a brand without a dark colour and derives one that reads on dark backgrounds', () => {
    const result = siteSettingsSchema.safeParse(settings({ color: '#1a5a85' }));
    expect(result.success).toBe(true);
    const dark = darkBrandColor({ color: '#1a5a85' })!;
    expect(checkContrast(dark, 'dark').passes).toBe(true);
    expect(brandCss({ color: '#1a5a85' })).toBe(`html:root{--accent:#1a5a85;--accent-text:#ffffff;--info-border:#1a5a85}@media (prefers-color-scheme: dark){html:root{--accent:${dark};--accent-text:#0b1218;--info-border:${dark}}}`);
    expect(brandCss(undefined)).toBe('');
  });

  it('refuses a colour that is not #rrggbb and an unknown brand field', () => {
    const bad = siteSettingsSchema.safeParse(settings({ color: 'purple', colour: '#123456' }));
    const lines = describeIssues('content/site.json', bad.error!);
    expect(lines.some((l) => l.includes('brand.color must be a colour written "#rrggbb"'))).toBe(true);
    expect(lines.some((l) => l.includes('colour'))).toBe(true);
  });

  it('checks against the backgrounds the stylesheet really draws', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const [light, dark] = [css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)')), css.slice(css.indexOf('@media (prefers-color-scheme: dark)'))];
    const value = (block: string, name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(block)?.[1];
    expect([value(light, 'bg'), value(light, 'surface')]).toEqual([BACKGROUNDS.light.page, BACKGROUNDS.light.panel]);
    expect([value(dark, 'bg'), value(dark, 'surface')]).toEqual([BACKGROUNDS.dark.page, BACKGROUNDS.dark.panel]);
  });
});
