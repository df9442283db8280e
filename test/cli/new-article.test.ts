import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
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
