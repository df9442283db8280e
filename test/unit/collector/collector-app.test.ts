import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { createCollector } from '../../../src/lib/collector/app.ts';
import { deviceClass } from '../../../src/lib/collector/device.ts';
import { RateLimiter } from '../../../src/lib/collector/rate-limit.ts';
import { EventStore, StoreUnavailable, cannotWrite } from '../../../src/lib/collector/store.ts';

const PATH = '/api/events';
const feedback = { type: 'helpcenter:feedback', article: 'returns/refund-timing', locale: 'en', helpful: false, reason: 'not-answered', comment: 'I wrote to jan.jansen@example.com and called +31 6 12345678' };
const search = { type: 'helpcenter:search', query: 'loyalty points for jan@example.com', resultCount: 0, clickedResult: null, locale: 'en', category: null };

function collector(options: Partial<Parameters<typeof createCollector>[0]> = {}) {
  const store = new EventStore(':memory:');
  const logged: string[] = [];
  const app = createCollector({ store, path: PATH, log: (line) => logged.push(line), ...options });
  const post = (body: string, headers: Record<string, string> = { 'content-type': 'text/plain' }) => app.request(`http://127.0.0.1:4321${PATH}`, { method: 'POST', body, headers: { host: '127.0.0.1:4321', ...headers } });
  return { app, store, post, logged };
}

describe('the event collector', () => {
  it('stores a feedback event and a search, with personal data redacted, and answers 204', async () => {
    const { store, post } = collector();
    expect((await post(JSON.stringify(feedback))).status).toBe(204);
    expect((await post(JSON.stringify(search), { 'content-type': 'application/json', 'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148' })).status).toBe(204);
    const [stored, searched] = [...store.events()];
    expect(stored).toMatchObject({ article: 'returns/refund-timing', helpful: false, reason: 'not-answered', comment: 'I wrote to [email] and called [phone]', device: 'desktop' });
    expect(searched).toMatchObject({ query: 'loyalty points for [email]', resultCount: 0, device: 'phone' });
  });

  it('redacts phone numbers in the event language\'s national format, an IBAN and a VAT number', async () => {
    const { store, post } = collector({ countries: ['NL'] });
    const comment = '환불이 안 됐어요 010-1234-5678로 연락 주세요, IBAN BE68 5390 0754 7034, VAT NL853746333B01';
    expect((await post(JSON.stringify({ ...feedback, locale: 'ko', comment }))).status).toBe(204);
    expect([...store.events()][0]).toMatchObject({ comment: '환불이 안 됐어요 [phone]로 연락 주세요, IBAN [iban], VAT [vat]' });
  });

  it('answers 400 with the field and what it expects, and stores nothing', async () => {
    const { store, post } = collector();
    const cases: [unknown, string | null][] = [
      [{ ...feedback, article: '../../etc/passwd' }, 'article'],
      [{ ...feedback, helpful: 'yes' }, 'helpful'],
      [{ ...feedback, reason: 'boring' }, 'reason'],
      [{ ...feedback, comment: 'x'.repeat(2001) }, 'comment'],
      [{ ...feedback, ip: '1.2.3.4' }, 'ip'],
      [{ ...search, resultCount: -1 }, 'resultCount'],
      [{ type: 'helpcenter:pageview' }, 'type'],
      [[feedback], null],
    ];
    for (const [body, field] of cases) {
      const response = await post(JSON.stringify(body));
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(((await response.json()) as { field: string | null }).field).toBe(field);
    }
    const notJson = await post('{"type": "helpcenter:feedback"');
    expect(notJson.status).toBe(400);
    expect(await notJson.text()).toContain('not JSON');
    expect([...store.events()]).toEqual([]);
  });

  it('refuses other origins (403) but takes its own and the allowed ones, with CORS headers', async () => {
    const { post } = collector({ allowedOrigins: ['https://help.larkspur.example'] });
    expect((await post(JSON.stringify(search), { origin: 'https://evil.example' })).status).toBe(403);
    expect((await post(JSON.stringify(search), { origin: 'http://127.0.0.1:4321' })).status).toBe(204);
    const allowed = await post(JSON.stringify(search), { origin: 'https://help.larkspur.example' });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://help.larkspur.example');
  });

  it('answers 413 to a body over 16 KB', async () => {
    const { post } = collector();
    const response = await post(JSON.stringify({ ...feedback, comment: 'x'.repeat(20_000) }));
    expect(response.status).toBe(413);
  });

  it('answers 429 with Retry-After once a client sends more than its share', async () => {
    let now = 0;
    const { post } = collector({ rateLimiter: new RateLimiter({ perSecond: 1, burst: 3 }), clientOf: () => 'one client', now: () => new Date(now) });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(JSON.stringify(search))).status);
    expect(statuses).toEqual([204, 204, 204, 429]);
    now += 1000;
    expect((await post(JSON.stringify(search))).status).toBe(204);
  });

  it('answers the plain feedback form with 303 back to the article, and refuses to send anyone elsewhere', async () => {
    const { store, post } = collector();
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const response = await post('type=helpcenter%3Afeedback&article=returns%2Frefund-timing&locale=en&helpful=no&reason=out-of-date&comment=mail+a%40b.example&return=%2Freturns%2Frefund-timing%2F', form);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/returns/refund-timing/#feedback-thanks');
    expect([...store.events()][0]).toMatchObject({ helpful: false, reason: 'out-of-date', comment: 'mail [email]' });
    // A help center on another host gets its customers back to its own page.
    const elsewhere = collector({ allowedOrigins: ['https://help.larkspur.example'] });
    const back = await elsewhere.post('type=helpcenter%3Afeedback&article=a%2Fb&locale=en&helpful=yes&return=https%3A%2F%2Fhelp.larkspur.example%2Fa%2Fb%2F', form);
    expect(back.headers.get('location')).toBe('https://help.larkspur.example/a/b/#feedback-thanks');
    for (const back of ['//evil.example/', 'https://evil.example/', 'javascript:alert(1)']) {
      expect((await post(`type=helpcenter%3Afeedback&article=a%2Fb&locale=en&helpful=yes&return=${encodeURIComponent(back)}`, form)).status).toBe(400);
    }
    const script = await post('type=helpcenter%3Afeedback&article=%3Cscript%3Ealert(1)%3C%2Fscript%3E&locale=en&helpful=yes&return=%2F', form);
    expect(script.status).toBe(400);
    expect(await script.text()).not.toContain('<script>');
  });

  it('answers 503 and logs one line while the database cannot take writes, then recovers', async () => {
    let broken = true;
    const store = new EventStore(':memory:');
    const flaky = {
      addFeedback: (event: Parameters<EventStore['addFeedback']>[0]) => {
        if (broken) throw new StoreUnavailable('database or disk is full');
        store.addFeedback(event);
      },
      addSearch: store.addSearch.bind(store),
    };
    const { post, logged } = collector({ store: flaky });
    expect((await post(JSON.stringify(feedback))).status).toBe(503);
    expect((await post(JSON.stringify(feedback))).status).toBe(503);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('database or disk is full');
    broken = false;
    expect((await post(JSON.stringify(feedback))).status).toBe(204);
  });

  it('only takes POST at its path', async () => {
    const { app } = collector();
    expect((await app.request(`http://127.0.0.1${PATH}`)).status).toBe(405);
    expect((await app.request('http://127.0.0.1/elsewhere', { method: 'POST' })).status).toBe(404);
  });
});

describe('what the collector keeps of a client', () => {
  it('keeps a coarse device class, never the user agent', () => {
    expect(deviceClass('Mozilla/5.0 (Linux; Android 14; Pixel 8) Mobile Safari/537.36')).toBe('phone');
    expect(deviceClass('Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)')).toBe('tablet');
    expect(deviceClass('Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0')).toBe('desktop');
    expect(deviceClass(undefined)).toBe('desktop');
  });
});

describe('the collector database', () => {
  it('is migrated once, in WAL mode, and keeps its events when reopened', async () => {
    const dir = (await import('node:fs')).mkdtempSync(`${(await import('node:os')).tmpdir()}/collector-`);
    const file = `${dir}/events.db`;
    const first = new EventStore(file);
    first.addSearch({ ...(search as { type: 'helpcenter:search'; query: string; resultCount: number; clickedResult: null; locale: string }), receivedAt: '2026-12-03T10:00:00.000Z', device: 'desktop' });
    first.close();
    const db = new DatabaseSync(file);
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: 1 });
    db.close();
    const again = new EventStore(file);
    expect([...again.events()]).toHaveLength(1);
    again.close();
  });

  it('tells a database that cannot take writes from a bug', () => {
    const db = new DatabaseSync(':memory:');
    db.exec('CREATE TABLE t (x)');
    db.exec('PRAGMA query_only = 1');
    let error: unknown;
    try {
      db.exec('INSERT INTO t VALUES (1)');
    } catch (e) {
      error = e;
    }
    expect(cannotWrite(error)).toBe(true);
    expect(cannotWrite(new Error('no such column: x'))).toBe(false);
  });
});
