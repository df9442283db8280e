import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { startCollectorProcess } from '../../scripts/collector/start-process.ts';

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
});

/** Starts `npm run collector` on a free port, killed after each test. */
async function startCollector(database: string) {
  const started = await startCollectorProcess(database);
  running.push(started.child);
  return started;
}

const search = (i: number) => JSON.stringify({ type: 'helpcenter:search', query: `query ${i}`, resultCount: i % 3, clickedResult: null, locale: 'en' });
const rows = (database: string) => {
  const db = new DatabaseSync(database, { readOnly: true });
  const count = (db.prepare('SELECT COUNT(*) AS n FROM searches').get() as { n: number }).n;
  db.close();
  return count;
};

describe('npm run collector', () => {
  it('stores what it acknowledges over HTTP, and loses none of it when killed and restarted', async () => {
    const database = path.join(mkdtempSync(path.join(tmpdir(), 'collector-cli-')), 'events.db');
    const first = await startCollector(database);
    let acknowledged = 0;
    // One client gets a burst of 30, then 5 a second: send 25, all acknowledged.
    for (let i = 0; i < 25; i++) if ((await fetch(first.url, { method: 'POST', body: search(i) })).status === 204) acknowledged++;
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    const second = await startCollector(database);
    expect((await fetch(second.url, { method: 'POST', body: search(99) })).status).toBe(204);
    expect(acknowledged).toBe(25);
    expect(rows(database)).toBe(26);
    const invalid = await fetch(second.url, { method: 'POST', body: '{"type":"helpcenter:search"}' });
    expect(invalid.status).toBe(400);
    expect(await invalid.text()).not.toMatch(/\n\s+at /);
  });

  it('rejects a port that is not one with the usage, exit 2 and no stack trace, before creating the database', () => {
    const database = path.join(mkdtempSync(path.join(tmpdir(), 'collector-cli-')), 'events.db');
    for (const port of ['abc', '70000']) {
      const run = spawnSync(process.execPath, ['scripts/collector.ts', '--port', port, '--db', database], { encoding: 'utf8', timeout: 20_000 });
      expect(run.status, port).toBe(2);
      expect(run.stderr).toContain(`--port must be a number from 0 to 65535 (found "${port}")`);
      expect(run.stderr).toContain('Usage: npm run collector');
      expect(run.stderr).not.toMatch(/^\s+at /m);
    }
    expect(existsSync(database)).toBe(false);
  });

  it('exports every stored event as NDJSON', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'collector-cli-'));
    const database = path.join(dir, 'events.db');
    const { child, url } = await startCollector(database);
    await fetch(url, { method: 'POST', body: JSON.stringify({ type: 'helpcenter:feedback', article: 'returns/refund-timing', locale: 'en', helpful: false, reason: 'out-of-date', comment: 'call +31 6 12345678' }) });
    await fetch(url, { method: 'POST', body: search(1) });
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    const file = path.join(dir, 'events.ndjson');
    const run = spawnSync(process.execPath, ['scripts/collector.ts', '--export', file, '--db', database], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('2 events written');
    const events = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(events.map((e) => e.type)).toEqual(['helpcenter:feedback', 'helpcenter:search']);
    expect(events[0]).toMatchObject({ article: 'returns/refund-timing', helpful: false, comment: 'call [phone]', device: 'desktop' });
  });

  it('says how to use it when an option is wrong', () => {
    const run = spawnSync(process.execPath, ['scripts/collector.ts', '--prot', '1'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: npm run collector');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
