import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (script: string, ...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

describe('npm run new', () => {
  const content = () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'new-article-')), 'content');
    cpSync('test/fixtures/helpcenters/work', dir, { recursive: true });
    return dir;
  };

  it('writes a draft that passes the content check, and prints its path and address', () => {
    const dir = content();
    const result = run('scripts/new-article.ts', 'How do I change my bank details for payroll?', '--category', 'pay', '--content', dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('articles/en/pay/how-do-i-change-my-bank-details-for-payroll.mdx');
    expect(result.stdout).toContain('https://peopledesk.northwind.example/pay/how-do-i-change-my-bank-details-for-payroll/');
    const source = readFileSync(path.join(dir, 'articles/en/pay/how-do-i-change-my-bank-details-for-payroll.mdx'), 'utf8');
    expect(source).toMatch(/^---\ntitle: "How do I change my bank details for payroll\?"\n/);
    expect(source).toContain('draft: true');
    const check = spawnSync(process.execPath, ['scripts/check-content.ts'], { encoding: 'utf8', env: { ...process.env, HELPCENTER_CONTENT_DIR: dir } });
    expect(check.status).toBe(0);
    // Never over an existing article.
    const again = run('scripts/new-article.ts', 'How do I change my bank details for payroll?', '--category', 'pay', '--content', dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already exists');
  });

  it('names the closest category when the one given does not exist', () => {
    const result = run('scripts/new-article.ts', 'When is payday?', '--category', 'payy', '--content', content());
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('"payy" is not a category (did you mean "pay"?)');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm run check:content -- --strict', () => {
  it('lists articles due for review with their owner, and fails on them only with --strict', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'reviews-')), 'content');
    cpSync('test/fixtures/helpcenters/work', dir, { recursive: true });
    const file = path.join(dir, 'categories.json');
    const categories = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
    categories[0] = { ...categories[0], owner: 'HR operations', reviewEvery: '1 day' };
    writeFileSync(file, JSON.stringify(categories));
    const env = { ...process.env, HELPCENTER_CONTENT_DIR: dir };
    const relaxed = spawnSync(process.execPath, ['scripts/check-content.ts'], { encoding: 'utf8', env });
    expect(relaxed.status).toBe(0);
    expect(relaxed.stdout).toMatch(/Due for review \(\d+;/);
    expect(relaxed.stdout).toContain('HR operations; updated');
    const strict = spawnSync(process.execPath, ['scripts/check-content.ts', '--strict'], { encoding: 'utf8', env });
    expect(strict.status).toBe(1);
  });
});
