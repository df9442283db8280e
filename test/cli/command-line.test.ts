import { spawnSync } from 'node:child_process';
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

describe('--help', () => {
  it('prints the usage on stdout and exits 0', () => {
    const { code, stdout, stderr } = run('scripts/check-content.ts', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run check:content/);
    expect(stdout).toContain('--strict');
    expect(stderr).toBe('');
  });
});
