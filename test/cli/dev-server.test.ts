import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** A port nobody listens on right now. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('npm run dev, while a writer breaks and fixes an article', () => {
  // A project of its own (the product's files, the HR desk's content): the dev server keeps its
  // cache in the project's .astro/, which other tests' builds use at the same time.
  const root = mkdtempSync(path.join(tmpdir(), 'dev-server-'));
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(entry, path.join(root, entry), { recursive: true });
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'), 'dir');
  const dir = path.join(root, 'content');
  cpSync('test/fixtures/helpcenters/work', dir, { recursive: true });
  const article = path.join(dir, 'articles/en/pay/payday.mdx');
  const original = readFileSync(article, 'utf8');
  const other = path.join(dir, 'articles/en/pay/direct-deposit.mdx');
  const otherOriginal = readFileSync(other, 'utf8');
  let server: ChildProcess | undefined;
  let output = '';
  let base = '';

  afterAll(() => {
    server?.kill('SIGTERM');
  });

  /** The page as a browser asks for it, polled until `until` holds (the dev server re-checks on save). */
  async function page(url: string, until: (status: number, body: string) => boolean): Promise<{ status: number; body: string }> {
    let last = { status: 0, body: '' };
    for (let i = 0; i < 120; i++) {
      try {
        const response = await fetch(`${base}${url}`, { headers: { accept: 'text/html' } });
        last = { status: response.status, body: await response.text() };
        if (until(last.status, last.body)) return last;
      } catch {
        // not listening yet
      }
      await sleep(500);
    }
    return last;
  }

  it('starts although articles are broken, and shows their problems in the browser instead of the page', async () => {
    writeFileSync(article, original.replace('category: pay', 'category: payroll'));
    // A quote left open: YAML cannot read the frontmatter (the content sync used to stop on it).
    writeFileSync(other, otherOriginal.replace('title: How', 'title: "How'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: root,
      // Without vitest's own variables: Astro serves no page at all when it sees VITEST.
      env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|TEST$|NODE_ENV$|HELPCENTER_)/.test(k))), ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const { status, body } = await page('/pay/payday/', (s) => s !== 0);
    expect(server.exitCode).toBeNull();
    expect(status).toBe(500);
    expect(body).toContain('The help center has 2 content problems');
    expect(body).toMatch(/articles\/en\/pay\/payday\.mdx:4<\/strong><br>category: &quot;payroll&quot; is not a category\. Use one of: /);
    expect(body).toMatch(/articles\/en\/pay\/direct-deposit\.mdx:\d+<\/strong><br>the frontmatter is not valid YAML/);
    expect(output).not.toMatch(/\n\s+at /);
    // Every page says so while the problem is there, not only the broken one.
    expect((await page('/', () => true)).status).toBe(500);
    // Pages are answered before the file watcher is up; a save before it would go unseen.
    for (let i = 0; i < 120 && !output.includes('watching for file changes'); i++) await sleep(250);
    // And the first sync's own file events settle; a save within them can be taken for one of them.
    await sleep(3000);
  }, 90_000);

  it('shows the articles again once the files are saved fixed', async () => {
    writeFileSync(other, otherOriginal);
    writeFileSync(article, original);
    const { status, body } = await page('/pay/payday/', (s) => s === 200);
    // On failure, what the page and the server said.
    expect({ status, start: body.slice(0, 300), server: output.slice(-3000) }).toMatchObject({ status: 200 });
    expect(body).toContain('When is the next payday?');
    expect((await page('/pay/direct-deposit/', (s) => s === 200)).status).toBe(200);
  }, 90_000);

  it('puts an unclosed component on its own line, and prints no stack trace', async () => {
    const lines = original.split('\n');
    writeFileSync(article, `${original.trimEnd()}\n\n<Callout type="tip">\n\nNever closed.\n`);
    const { status, body } = await page('/pay/payday/', (s) => s === 500);
    expect({ status, server: output.slice(-3000) }).toMatchObject({ status: 500 });
    expect(body).toContain(`payday.mdx:${lines.length + 1}</strong><br>&lt;Callout&gt; is opened here but never closed. Close it with &lt;/Callout&gt; after its text`);
    writeFileSync(article, original);
    expect((await page('/pay/payday/', (s) => s === 200)).status).toBe(200);
    expect(output).toContain('content problem');
    expect(output).not.toMatch(/\n\s+at /);
  }, 90_000);
});
