import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** `npm run bench:gaps`: the figures every gap report change is judged by, and its summary. */
const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, ['scripts/bench-gaps.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('npm run bench:gaps', () => {
  it('ends with each set scored, and with a sweep, the value leave-one-out picks for each set', () => {
    // Sets under test/fixtures/ only: CI has no ../shared/data.
    const { code, stdout, stderr } = run('--set', 'multilingual,energy', '--sizes', '100', '--draws', '1', '--sweep', 'answer-share=0.4,0.5');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('### multilingual (answer-share 0.4)');
    expect(stdout).toContain('### energy (answer-share 0.5)');
    const summary = stdout.slice(stdout.indexOf('## Summary'));
    expect(summary).toMatch(/\| 0\.4 \| 0\.\d{3} \| 0\.\d{3} \| 0\.\d{3} \|/);
    expect(summary).toMatch(/\| multilingual \| 0\.[45] \| 0\.\d{3} \|/);
    expect(summary).toMatch(/\| energy \| 0\.[45] \| 0\.\d{3} \|/);
  });

  it('says how far each set is from the targets when nothing is swept', () => {
    const { code, stdout } = run('--set', 'multilingual', '--sizes', 'all');
    expect(code).toBe(0);
    expect(stdout).toMatch(/\| default \| 0\.\d{3} \| 0\.\d{3} \|/);
    expect(stdout).toMatch(/- multilingual: (meets every target|\w[\w ]* \d\.\d\d at all \(\d\.\d\d\))/);
  });

  it('names a set it cannot read, without a stack trace, exit 2', () => {
    for (const [args, message] of [
      [['--set', 'nope'], 'Unknown set "nope"'],
      [['--tickets', 'test/fixtures/no-such.csv', '--content', 'content', '--map', 'test/fixtures/helpcenters/energy/intent-map.json'], 'test/fixtures/no-such.csv not found'],
    ] as const) {
      const { code, stdout, stderr } = run(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(message);
      expect(stderr).not.toMatch(/^\s+at /m);
    }
  });

  it('rejects a sweep it cannot run with the usage, exit 2', () => {
    for (const sweep of ['smoothing=0.2', 'answer-share=', 'similarity=0,2']) {
      const { code, stderr } = run('--sweep', sweep);
      expect(code, sweep).toBe(2);
      expect(stderr).toContain('--sweep');
      expect(stderr).toContain('Usage: npm run bench:gaps');
      expect(stderr).not.toMatch(/^\s+at /m);
    }
  });
});
