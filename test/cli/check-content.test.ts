import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const fixture = (name: string) => path.join('test', 'fixtures', name);
const run = (args: string[], env: Record<string, string> = {}) => {
  const result = spawnSync(process.execPath, ['scripts/check-content.ts', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('npm run check:content', () => {
  it('passes on the sample help center and reports how far each language is translated', () => {
    const { code, stdout } = run([]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Content OK: \d+ articles checked/);
    expect(stdout).toMatch(/\n {2}ko \(한국어\): \d+ of 40 articles translated/);
    expect(stdout).toMatch(/\n {2}ru \(Русский\): \d+ of 40 articles translated/);
    expect(stdout).toMatch(/\n {2}te \(తెలుగు\): \d+ of 40 articles translated/);
  });

  it('lists per language the articles missing or older than their English source, without failing', () => {
    const { code, stdout, stderr } = run(['--dir', fixture('translations')]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain(
      [
        '  ko (한국어): 1 of 2 articles translated, 1 older than the source',
        '    outdated (updated: translation, source):',
        '      returns/refund-timing  2026-10-01, 2026-11-03',
        '    missing (1):',
        '      returns/start-a-return',
      ].join('\n'),
    );
    expect(stdout).toContain('  ru (Русский): 1 of 2 articles translated\n    missing (1):\n      returns/start-a-return\n    category names not translated (test/fixtures/translations/categories.json): returns');
  });

  it('reports every problem in every file at once, with file, line, field and fix, and exits 1', () => {
    const { code, stderr } = run(['--dir', fixture('bad-content')]);
    expect(code).toBe(1);
    const at = 'test/fixtures/bad-content/articles/en';
    for (const line of [
      `${at}/returns/no-title.mdx  title: is missing. Add it to the frontmatter`,
      `${at}/returns/wrong-category.mdx:4  category: "refunds" is not a category. Use one of: returns, shipping`,
      `${at}/returns/bad-date.mdx:5  updated: must be a real date written YYYY-MM-DD (found "2026-13-45")`,
      `${at}/returns/broken-refs.mdx:6  related[0]: "refund-speed" is not an article in en`,
      `${at}/returns/broken-refs.mdx:9  the link "/shipping/track-parcel/" points to an article that does not exist`,
      `${at}/returns/broken-refs.mdx:9  the link "/shipping/costs/#uk" points to a heading "#uk"`,
      `${at}/returns/broken-refs.mdx:11  the image "../../../images/box.png" has no alt text`,
      `${at}/returns/broken-refs.mdx:13  this paragraph starts with the word "import"`,
      `${at}/returns/costs.mdx  the slug "costs" is also used by ${at}/shipping/costs.mdx`,
    ]) {
      expect(stderr).toContain(line);
    }
    expect(stderr).toContain('10 problems in 6 file(s)');
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('names the field and the fix when site settings are invalid, and exits 2', () => {
    const { code, stderr } = run(['--dir', fixture('bad-settings')]);
    expect(code).toBe(2);
    expect(stderr).toContain('test/fixtures/bad-settings/site.json: url must be a full URL');
    expect(stderr).toContain('contact[0].type must be "email", "chat" or "phone"');
    expect(stderr).toContain('contact[0].hours.opens must be a 24-hour time like "09:00"');
    expect(stderr).toMatch(/site\.json: brand\.color "#4fa3d9" has a contrast of 2\.\d+:1 against the light panel background #f4f6f8; links and button labels need 4\.5:1 \(WCAG 2\.2 AA\)\. "#[0-9a-f]{6}" is the same hue, darker/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm run build on bad content', () => {
  /** `astro build` on a content folder: its exit code and everything it printed. */
  const buildOn = (dir: string) => {
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      encoding: 'utf8',
      env: { ...process.env, HELPCENTER_CONTENT_DIR: fixture(dir), ASTRO_TELEMETRY_DISABLED: '1' },
    });
    return { status: result.status, output: result.stdout + result.stderr };
  };

  it('fails before building, listing the problems', () => {
    const { status, output } = buildOn('bad-content');
    expect(status).not.toBe(0);
    expect(output).toContain('The help center content has 10 problems');
    expect(output).toContain('broken-refs.mdx:9  the link "/shipping/track-parcel/" points to an article that does not exist');
    // The messages and nothing else: no hook banner, no stack trace.
    expect(output).not.toContain('An unhandled error occurred');
    expect(output).not.toMatch(/\n\s+at /);
  }, 120_000);

  it("fails on frontmatter YAML cannot read with the checker's message, not the YAML parser's stack trace", () => {
    // The check runs while Astro syncs the content layer, which stops on such an article.
    const { status, output } = buildOn('bad-yaml');
    expect(status).toBe(1);
    expect(output).toContain('The help center content has 1 problem');
    expect(output).toMatch(/bad-yaml\/articles\/en\/shipping\/abroad\.mdx:\d+  the frontmatter is not valid YAML/);
    expect(output).not.toMatch(/\n\s+at /);
  }, 120_000);

  it('fails on broken site settings with their problems, not a stack trace', () => {
    const { status, output } = buildOn('bad-settings');
    expect(status).toBe(1);
    expect(output).toContain('site.json: url must be a full URL');
    expect(output).toMatch(/site\.json: brand\.color "#4fa3d9" has a contrast of 2\.\d+:1/);
    expect(output).not.toMatch(/\n\s+at /);
  }, 120_000);
});
