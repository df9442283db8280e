import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every command reads its options through scripts/command-line.ts; these two stand for them all:
 * the content check writers run, and the server `npm start` runs.
 */
const run = (script: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 20_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('a command given an option it does not know', () => {
  it.each(['scripts/check-content.ts', 'scripts/serve.ts'])('%s names the option and shows the usage, without a stack trace, and exits 2', (script) => {
    const { code, stdout, stderr } = run(script, '--nonsense');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain("'--nonsense'");
    expect(stderr).toContain('Usage');
    expect(stderr).not.toMatch(/^\s+at /m); // no stack frame
    expect(stderr).not.toContain('TypeError');
  });
});

describe('npm start (scripts/serve.ts --build)', () => {
  it('rejects a bad option or port before building: nothing is built, the usage says why', () => {
    for (const args of [['--nonsense'], ['--port', 'abc'], ['--port', '70000']]) {
      const { code, stdout, stderr } = run('scripts/serve.ts', '--build', ...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe(''); // the build prints on stdout: it never started
      expect(stderr).toContain('Usage: node scripts/serve.ts [--build]');
      expect(stderr).not.toMatch(/^\s+at /m);
    }
    expect(run('scripts/serve.ts', '--build', '--port', 'abc').stderr).toContain('--port must be a number from 0 to 65535 (found "abc")');
  });
});

describe('--help', () => {
  it('prints the usage on stdout and exits 0', () => {
    const { code, stdout, stderr } = run('scripts/check-content.ts', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run check:content/);
    expect(stdout).toContain('--strict');
    expect(stderr).toBe('');
  });
});

describe('npm run preview (scripts/serve.ts) when there is nothing good to serve', () => {
  it('says to build first when dist/ has no site', () => {
    const { code, stderr } = run('scripts/serve.ts', '--dir', 'test/fixtures/no-such-build', '--port', '0');
    expect(code).toBe(2);
    expect(stderr).toMatch(/Nothing to serve: .*index\.html does not exist\. Build the site first: npm run build/);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('names each broken field of site.json, a missing one as missing, without a stack trace', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'serve-content-'));
    writeFileSync(path.join(dir, 'site.json'), JSON.stringify({ name: 'Acme Help', url: 'https://help.acme.example', locales: 'en', contact: [] }));
    // A built site to serve, so the check reached is site.json's, with or without a build in dist/.
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Acme Help</title>');
    const result = spawnSync(process.execPath, ['scripts/serve.ts', '--dir', dir, '--port', '0'], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, HELPCENTER_CONTENT_DIR: dir } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('site.json: timeZone is missing: add it (text).');
    expect(result.stderr).toContain('site.json: locales must be a list [ … ] (found "en").');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
