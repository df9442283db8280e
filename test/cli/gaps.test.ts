import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const fixture = (name: string) => path.join('test', 'fixtures', 'tickets', name);
function gaps(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/gaps.ts', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
interface Report {
  input: { files: string[]; rowsRead: number; ticketsUsed: number; rejected: { file: string; line: number; code: string; reason: string }[]; duplicates: number; skipped: number; sample?: true };
  articles: { count: number; locales: string[] };
  coverage: { ticketsCovered: number; ticketsTotal: number; ratio: number };
  topics: { id: string; label: string; status: string; tickets: number; share: number; locale: string; suggestedCategory: string; suggestedTitle: string; matches: { article: string; score: number }[]; examples: string[]; ticketIds: string[]; sources: Record<string, number>; trend: Record<string, number>; terms: string[] }[];
  longTail: { tickets: number; groups: number; locales: Record<string, number>; trend: Record<string, number>; examples: { label: string; tickets: number; locale: string; example: string }[]; ticketIds: string[] };
  automaticReplies?: { tickets: number; examples: string[]; ticketIds: string[] };
}
/** Every ticket id the report places, in topics and in the long tail. */
const placedIds = (report: Report) => [...report.topics.flatMap((t) => t.ticketIds), ...report.longTail.ticketIds];
/** Everything the report quotes: topics' examples and the long tail's. */
const quoted = (report: Report) => [...report.topics.flatMap((t) => t.examples), ...report.longTail.examples.map((e) => e.example)].join(' ');
const json = (...args: string[]) => {
  const run = gaps(...args, '--format', 'json');
  return { ...run, report: JSON.parse(run.stdout) as Report };
};
const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('npm run gaps', () => {
  it('demonstrates the report on the shipped sample export and finds its missing topics', () => {
    const { code, stdout } = gaps();
    expect(code).toBe(1);
    expect(stdout).toMatch(/Tickets: 64 rows read in 1 file\(s\): 60 used, 1 rejected, 1 duplicate, 2\n  automatic replies\./);
    // Out-of-office notices and bounces are set apart, not a missing topic.
    expect(stdout).toMatch(/Automatic replies: 2 tickets \(out of office, bounces\), kept out of the topics:\n  "Automatic reply: /);
    expect(stdout).toMatch(/missing\s+\d+\s+[\d.]+%\s+loyalty points/);
    expect(stdout).toMatch(/scripts\/gaps\/sample-tickets\.csv:\d+  CSV_UNCLOSED_QUOTE/);
    for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80 + 200 * Number(line.startsWith('Articles no ticket') || line.startsWith('  scripts/')));
  });

  it('says in the HTML and CSV reports why each topic has its status, with its numbers', () => {
    const html = gaps('--format', 'html').stdout;
    expect(html).toContain('<th scope="col">why</th>');
    // A missing topic names the best article and how far short it falls; a covered one, both tests it passed.
    expect(html).toMatch(/<td data-label="topic">gift wrapping<\/td>.*?<td data-label="why">No article covers 50\.0% of the topic&#39;s weight \(best: [a-z-]+\/[a-z-]+, \d+\.\d%\)\.<\/td>/s);
    expect(html).toMatch(/<td data-label="why">returns\/refund-timing covers \d+\.\d% of the topic&#39;s weight, at least 50\.0%, and answers \d+\.\d% of its tickets on their own words: it answers these tickets\.<\/td>/);
    const csv = gaps('--format', 'csv').stdout.split('\n');
    expect(csv[0]).toBe('id,status,tickets,share,label,suggested_category,suggested_title,best_article,best_score,example,why');
    expect(csv.find((row) => row.includes(',gift wrapping,'))).toMatch(/,"?No article covers 50\.0% of the topic's weight/);
  });

  it('sets automatic replies apart in every format, counted and quoted', () => {
    expect(gaps('--format', 'md').stdout).toMatch(/## Automatic replies\n\nAutomatic replies: 2 tickets[^\n]*\n\n- "Automatic reply: Your return/);
    expect(gaps('--format', 'html').stdout).toMatch(/<h2>Automatic replies<\/h2>\n<p>Automatic replies: 2 tickets[^<]*<\/p><ul><li>&quot;Automatic reply:/);
    expect(gaps('--format', 'csv').stdout).toMatch(/\nautomatic,automatic-reply,2,,/);
    expect(gaps('--format', 'md').stdout).toContain('64 rows read: 60 used, 1 rejected, 1 duplicate, 2 automatic replies.');
  });

  it('keeps the JSON contract', () => {
    const { report } = json();
    expect(Object.keys(report)).toEqual(['input', 'articles', 'coverage', 'topics', 'longTail', 'automaticReplies']);
    expect(report.articles).toMatchObject({ locales: ['en', 'ko', 'ru', 'te'] });
    expect(report.articles.count).toBe(readdirSync('content/articles', { recursive: true }).filter((f) => String(f).endsWith('.mdx')).length);
    expect(report.coverage.ticketsTotal).toBe(report.input.ticketsUsed);
    const topic = report.topics[0]!;
    for (const key of ['id', 'label', 'status', 'tickets', 'share', 'locale', 'suggestedCategory', 'suggestedTitle', 'matches', 'examples', 'ticketIds', 'evidence']) expect(topic).toHaveProperty(key);
    // Every ticket is in exactly one topic or in the long tail.
    expect(report.topics.reduce((n, t) => n + t.tickets, 0) + report.longTail.tickets).toBe(report.input.ticketsUsed);
    expect(new Set(placedIds(report)).size).toBe(placedIds(report).length);
    // Every row is somewhere: used, set apart as an automatic reply, rejected or a duplicate.
    expect(report.automaticReplies!.ticketIds.sort()).toEqual(['48201', '48202']);
    expect(placedIds(report)).not.toContain('48201');
    expect(report.input.ticketsUsed + report.automaticReplies!.tickets + report.input.rejected.length + report.input.duplicates).toBe(report.input.rowsRead);
    const order = ['missing', 'translation-missing', 'weak', 'covered'];
    expect(report.topics.map((t) => t.status)).toEqual([...report.topics.map((t) => t.status)].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  it.each([
    ['freshdesk.csv'],
    ['help-scout.csv'],
    ['intercom.csv'],
    ['gorgias.csv'],
    ['jira.csv'],
    ['hubspot.csv'],
    ['zendesk.csv'],
    ['zendesk-api.json'],
    ['generic.ndjson'],
  ])('reads the %s export preset: subjects, bodies and ids', (file) => {
    const { report, code } = json(fixture(file));
    expect(code === 0 || code === 1).toBe(true);
    expect(report.input).toMatchObject({ rowsRead: 3, ticketsUsed: 3, rejected: [], duplicates: 0 });
    expect(quoted(report)).toContain('gift wrapping');
    expect(placedIds(report)).toHaveLength(3);
  });

  // Header shapes seen in real exports (public exporters' code and vendors' own tests): Intercom
  // reports name dates with their time zone and have no message column, Zendesk Explore
  // prefixes every column with "Ticket", Freshdesk's Description is optional, HubSpot's id may
  // be "Record ID", Gorgias's UI export has "Created datetime" and "Customer messages (all)"
  // (as a third-party analyser of real exports reads them). The ids and months prove the
  // preset, not the generic fallback, read them.
  it.each([
    ['intercom-report.csv', ['215001', '215002', '215003']],
    ['zendesk-explore.csv', ['9101', '9102', '9103']],
    ['freshdesk-no-description.csv', ['31', '32', '33']],
    ['hubspot-record-id.csv', ['7001', '7002', '7003']],
    ['gorgias-export.csv', ['61001', '61002', '61003']],
  ])('reads real-world header variants: %s', (file, ids) => {
    const { report } = json(fixture(file));
    expect(report.input).toMatchObject({ rowsRead: 3, ticketsUsed: 3, rejected: [] });
    expect(placedIds(report).sort()).toEqual(ids);
    const months = [...report.topics.flatMap((t) => Object.keys(t.trend)), ...Object.keys(report.longTail.trend)];
    expect(new Set(months)).toEqual(new Set(['2026-10', '2026-11']));
    expect(quoted(report)).toContain('gift wrapping');
  });

  // API responses saved to a file, in the vendors' documented shapes (developer.helpscout.com,
  // developers.gorgias.com, HubSpot CRM v3): the list inside its envelope, tags as objects, and
  // messages where the customer's first one is the ticket, not an agent's reply or a note.
  it.each([
    ['help-scout-api.json', true],
    ['gorgias-api.json', true],
    ['hubspot-api.json', false],
  ])('reads %s: the customer\'s first message, dates, tag names', (file, tagged) => {
    const { report } = json(fixture(file));
    expect(report.input).toMatchObject({ rowsRead: 3, ticketsUsed: 3, rejected: [], duplicates: 0 });
    expect(placedIds(report)).toHaveLength(3);
    const months = [...report.topics.flatMap((t) => Object.keys(t.trend)), ...Object.keys(report.longTail.trend)];
    expect(new Set(months)).toEqual(new Set(['2026-10', '2026-11']));
    // What the reader takes from each conversation: the customer's first message, tag names.
    const rows = JSON.parse(spawnSync(process.execPath, ['-e', `import('./src/lib/gaps/read/read-tickets.ts').then(async ({ readTicketFile }) => { const rows = []; for await (const batch of readTicketFile(${JSON.stringify(fixture(file))}, {}, () => {})) rows.push(...batch); console.log(JSON.stringify(rows)); })`], { encoding: 'utf8' }).stdout) as { subject?: string; body?: string; tags?: string }[];
    const texts = rows.map((r) => `${r.subject ?? ''} ${r.body ?? ''}`).join(' ');
    expect(texts).toContain('Do you offer gift wrapping for the teapot?');
    expect(texts).toContain('Can I get gift wrapping on my order?');
    expect(texts).not.toMatch(/AGENT_REPLY|INTERNAL_NOTE/);
    expect(rows.some((r) => (r.tags ?? '').includes('gift-wrap'))).toBe(tagged);
  });

  it('reads the ticket language from HubSpot\'s language names', () => {
    const hubspot = json(fixture('hubspot-language.csv')).report;
    // Two tickets per language, too few for a topic: the long tail counts them by language.
    // Dutch is written in Latin letters like English: only the column can tell.
    const byLanguage = { ...hubspot.longTail.locales };
    for (const t of hubspot.topics) byLanguage[t.locale] = (byLanguage[t.locale] ?? 0) + t.tickets;
    expect(byLanguage).toEqual({ en: 2, ko: 2, nl: 2, ru: 2 });
  });

  it('accounts for every malformed row with its line and reason', () => {
    const { report } = json(fixture('malformed.csv'));
    const { rowsRead, ticketsUsed, rejected, duplicates } = report.input;
    expect(rowsRead).toBe(ticketsUsed + rejected.length + duplicates);
    expect(rejected.map((r) => [r.line, r.code])).toEqual([
      [3, 'CSV_QUOTE_IN_FIELD'],
      [4, 'CSV_RECORD_LENGTH'],
      [5, 'CSV_RECORD_LENGTH'],
      [9, 'EMPTY'],
    ]);
    expect(rejected[1]).toMatchObject({ code: 'CSV_RECORD_LENGTH', reason: 'expected 3 fields, got 4' });
    expect(duplicates).toBe(1);
  });

  it('rejects rows with invalid UTF-8 and suggests --encoding; --encoding reads them', () => {
    const utf8 = json(fixture('invalid-utf8.csv')).report;
    expect(utf8.input.rejected).toEqual([{ file: fixture('invalid-utf8.csv'), line: 2, code: 'ENCODING', reason: expect.stringContaining('--encoding') }]);
    const latin = json(fixture('invalid-utf8.csv'), '--encoding', 'windows-1252').report;
    expect(latin.input).toMatchObject({ rejected: [], ticketsUsed: 2 });
  });

  it('reads a 10 MB field without losing the row', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gaps-'));
    const file = path.join(dir, 'big.csv');
    writeFileSync(file, `id,subject,body\n1,Gift wrap,"${'gift wrapping please '.repeat(520_000)}"\n2,Gift wrapping,Do you gift wrap?\n`);
    const { report } = json(file);
    expect(report.input.rowsRead).toBe(2);
    expect(report.input.rowsRead).toBe(report.input.ticketsUsed + report.input.rejected.length);
    expect(report.input.rejected.map((r) => [r.line, r.code])).toEqual([[2, 'CSV_FIELD_TOO_LARGE']]);
  });

  it.each([
    ['empty.csv', 'is empty'],
    ['truncated.json', 'is not valid JSON (line 1'],
    ['no-text-columns.csv', 'no subject or message column found (columns: Id, Status, Created). Name them with --map'],
    ['does-not-exist.csv', 'does-not-exist.csv: no such file. Check the path'],
  ])('stops with exit 2 and a clear message for %s', (file, message) => {
    const { code, stderr, stdout } = gaps(fixture(file));
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stdout).toBe('');
    noStackTrace(stderr);
  });

  it('lets --map name the columns of an unknown export', () => {
    const { code, stderr } = gaps(fixture('no-text-columns.csv'), '--map', 'subject=Status');
    expect(code).not.toBe(2);
    noStackTrace(stderr);
    expect(gaps(fixture('zendesk.csv'), '--map', 'topic=Subject').stderr).toContain('--map: "topic=Subject" is not field=Column');
  });

  it('rejects bad options with exit 2 and the usage', () => {
    expect(gaps('--format', 'pdf')).toMatchObject({ code: 2 });
    expect(gaps('--fail-under', '80').stderr).toContain('--fail-under must be a ratio between 0 and 1');
    expect(gaps('--nope').stderr).toContain('Usage: npm run gaps');
  });

  it('escapes ticket text in HTML and Markdown', () => {
    const html = gaps(fixture('xss.csv'), '--format', 'html').stdout;
    expect(html).not.toMatch(/<script>alert|<img src=x|<b>now/);
    expect(html).toContain('is 5 &lt; 10 &amp; &quot;best&quot; &gt; worst');
    expect(html).toContain('&lt;script&gt;alert(2)');
    const md = gaps(fixture('xss.csv'), '--format', 'md').stdout;
    expect(md).not.toMatch(/<script>|<img|\]\(javascript:/);
    expect(md).toContain('&lt;script&gt;alert');
    expect(md).toContain('is 5 &lt; 10 &amp; "best" &gt; worst');
  });

  it.each(['terminal', 'json', 'md', 'csv', 'html'])('redacts personal data in the %s output', (format) => {
    const out = gaps(fixture('pii.csv'), '--format', format, '--explain', 't001').stdout + gaps(fixture('pii.csv'), '--format', format).stdout;
    for (const secret of ['jan.de.vries@example.nl', 'пример.рф', '12345678', '7946 0958', '4111', 'LK-123456', '123456789012', 'anna@example.org']) expect(out).not.toContain(secret);
    if (format === 'json') expect(out).toContain('[email]');
  });

  it('explains a topic: why its status, its words with their weights, and the articles by what they cover', () => {
    const { code, stdout } = gaps('--explain', 't001');
    expect(code).toBe(1);
    expect(stdout).toMatch(/^t001 {2}.+\((missing|translation-missing|covered), \d+ tickets/);
    expect(stdout).toMatch(/Why missing: No article covers 50\.0% of the topic's weight \(best: [a-z-]+\/[a-z-]+, \d+\.\d%\)/);
    expect(stdout).toMatch(/Words that set the topic apart[\s\S]*\n {2}wrap +\d+\.\d% +\d\.\d\d +0\.00\n/);
    expect(stdout).toContain("Articles by share of the topic's weight they cover (answers from 50.0%):");
    const refund = json().report.topics.find((t) => t.status === 'covered' && t.matches[0]!.article === 'returns/refund-timing')!;
    const covered = gaps('--explain', refund.id).stdout;
    expect(covered).toMatch(/Why covered: returns\/refund-timing covers \d+\.\d% of the topic's weight, at least 50\.0%/);
    expect(gaps('--explain', 't999').code).toBe(2);
  });

  it('exits by --fail-under: 1 below the ratio, 0 at or above it', () => {
    expect(gaps('--fail-under', '0.99').code).toBe(1);
    expect(gaps('--fail-under', '0.1').code).toBe(0);
  });

  it('scaffolds draft articles for missing topics and never overwrites them', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gaps-scaffold-'));
    const first = gaps('--scaffold', dir, '--format', 'json');
    const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(0);
    const draft = readFileSync(path.join(dir, files[0]!), 'utf8');
    expect(draft).toMatch(/^---\ntitle: ".+"\ndescription: ".+"\ncategory: [a-z]+\n/);
    expect(draft).toContain('draft: true');
    expect(draft).toContain('{/*');
    writeFileSync(path.join(dir, files[0]!), 'edited by a writer');
    const second = gaps('--scaffold', dir, '--format', 'json');
    expect(second.stderr).toContain('skipped because the file exists');
    expect(readFileSync(path.join(dir, files[0]!), 'utf8')).toBe('edited by a writer');
    expect(first.code).toBe(1);
  });

  it('scaffolds a draft translation, from the English source, for each translation-missing topic', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gaps-translate-'));
    const ko = fixture('ko-short-questions.csv');
    const { report } = json(ko);
    const wanted = report.topics.filter((t) => t.status === 'translation-missing').map((t) => `ko/${t.matches[0]!.article}.mdx`);
    expect(wanted.length).toBeGreaterThan(0);
    gaps(ko, '--scaffold', dir, '--format', 'json');
    const file = path.join(dir, wanted[0]!);
    const draft = readFileSync(file, 'utf8');
    const source = readFileSync(path.join('content/articles/en', wanted[0]!.slice('ko/'.length)), 'utf8');
    // The English frontmatter and text, to translate in place, as a draft the site does not publish.
    expect(draft).toContain(source.split('\n')[1]!); // the title line
    expect(draft).toContain(source.slice(source.indexOf('\n---', 3) + 4).trim().split('\n')[0]!);
    expect(draft.match(/^draft: true$/gm)).toHaveLength(1);
    expect(draft).toMatch(/Translation draft from the gap report[\s\S]*\n- .*[\uac00-\ud7af]/);
    writeFileSync(file, '번역 중');
    expect(gaps(ko, '--scaffold', dir, '--format', 'json').stderr).toContain('skipped because the file exists');
    expect(readFileSync(file, 'utf8')).toBe('번역 중');
  });

  it('counts zero-result searches and warehouse counts as demand, with the same accounting', () => {
    const { report } = json('--searches', fixture('search-events.ndjson'), '--counts', fixture('warehouse-counts.csv'));
    const { rowsRead, ticketsUsed, rejected, duplicates, skipped } = report.input;
    expect(rowsRead).toBe(ticketsUsed + rejected.length + duplicates + skipped);
    expect(skipped).toBe(1); // the search that found results
    expect(rejected.find((r) => r.file.endsWith('warehouse-counts.csv'))).toEqual({ file: fixture('warehouse-counts.csv'), line: 5, code: 'COUNT', reason: '"abc" is not a whole number of tickets' });
    // Only these two files: the sample export is read when no input at all is given.
    expect(report.input.files).toEqual([fixture('search-events.ndjson'), fixture('warehouse-counts.csv')]);
    expect(report.input.sample).toBeUndefined();
    const points = report.topics.find((t) => t.label.includes('loyalty points'))!;
    expect(points).toMatchObject({ status: 'missing', tickets: 802, sources: { count: 800, search: 2 } });
    expect(report.coverage.ticketsTotal).toBe(1200 + 800 + 5000 + 3);
  });

  it('gives the same report on worker threads as in one thread (big exports use threads)', () => {
    const files = [fixture('zendesk-tagged.csv'), ...['ko', 'ru', 'te'].map((l) => fixture(`multilingual/${l}.csv`))];
    const threaded = gaps(...files, '--threads', '2', '--format', 'json');
    const single = gaps(...files, '--threads', '0', '--format', 'json');
    expect(threaded.code).toBe(single.code);
    expect(threaded.stderr).toBe('');
    expect(JSON.parse(threaded.stdout)).toEqual(JSON.parse(single.stdout));
    expect(gaps('--threads', 'many').stderr).toMatch(/--threads must be a whole number/);
  });

  it('uses agents\' tags where they are consistent: vague tickets tagged like answered ones count as answered', () => {
    const tagged = fixture('zendesk-tagged.csv');
    const untagged = path.join(mkdtempSync(path.join(tmpdir(), 'gaps-tags-')), 'untagged.csv');
    writeFileSync(untagged, readFileSync(tagged, 'utf8').replace(',Tags,', ',Labels,'));
    const refundTopic = (r: Report) => r.topics.find((t) => t.status === 'covered' && t.matches[0]?.article === 'returns/refund-timing');
    const withTags = json(tagged).report;
    const withoutTags = json(untagged).report;
    // "Any news on this?…" and "Still nothing here…" say too little; their refund_status tag, on
    // four tickets the refund article answers, says what they are about.
    expect(refundTopic(withTags)!.ticketIds).toEqual(expect.arrayContaining(['704', '705']));
    expect(refundTopic(withoutTags)!.ticketIds).not.toContain('704');
    expect(refundTopic(withoutTags)!.ticketIds).not.toContain('705');
    expect(withTags.coverage.ratio).toBeGreaterThan(withoutTags.coverage.ratio);
    // A tag no article answers is not taken to mean anything: the wrapping tickets stay a gap.
    expect(withTags.topics.filter((t) => t.status === 'covered').flatMap((t) => t.ticketIds)).not.toContain('706');
  });

  describe('tickets in Korean, Russian and Telugu', () => {
    const files = ['ko', 'ru', 'te'].map((l) => fixture(`multilingual/${l}.csv`));
    const { report, code, stdout } = json(...files);

    it('reads every row and keeps each topic in its customers\' language', () => {
      expect(code).toBe(1);
      expect(report.input).toMatchObject({ rowsRead: 107, ticketsUsed: 107, rejected: [], duplicates: 0 });
      for (const topic of report.topics) expect(['ko', 'ru', 'te']).toContain(topic.locale);
    });

    it('never answers a ticket with an article in another language', () => {
      for (const topic of report.topics.filter((t) => t.status === 'covered')) expect(topic.matches[0]!.article.startsWith(`${topic.locale}/`)).toBe(true);
      for (const topic of report.topics.filter((t) => t.status === 'translation-missing')) {
        const article = topic.matches[0]!.article;
        expect(article).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
        expect(readdirSync(`content/articles/en/${article.split('/')[0]}`)).toContain(`${article.split('/')[1]}.mdx`);
        expect(readdirSync(`content/articles/${topic.locale}/${article.split('/')[0]}`)).not.toContain(`${article.split('/')[1]}.mdx`);
      }
    });

    it('answers from the article in the customer\'s language, and names the English article to translate when there is none', () => {
      // Short Korean questions: a password reset (translated) and size or colour exchanges (English only).
      const short = json(fixture('ko-short-questions.csv')).report;
      const topicOf = (id: string) => short.topics.find((t) => t.ticketIds.includes(id))!;
      expect(topicOf('K1')).toMatchObject({ status: 'covered', locale: 'ko' });
      expect(topicOf('K1').matches[0]!.article).toBe('ko/account/reset-password');
      expect(topicOf('K3')).toMatchObject({ status: 'translation-missing', locale: 'ko' });
      expect(topicOf('K3').matches[0]!.article).toBe('returns/exchange-an-item');
      expect(short.coverage).toMatchObject({ ticketsCovered: 2, ticketsTotal: 5 });
    });

    it('redacts phone numbers and e-mails written in any language', async () => {
      const { parseCsv } = await import('../../scripts/search/csv.ts');
      const { toTicket } = await import('../../src/lib/gaps/normalize/tickets.ts');
      const pii = /jiyoung\.park@example\.com|irina\.sokolova@example\.com|kiran\.reddy84@example\.com|010-1234-5678|\+31 6 12345678|\+91 90000 12345/;
      const texts = files.flatMap((file) => parseCsv(readFileSync(file, 'utf8')).slice(1).map((r) => ({ raw: r.join(' '), text: toTicket({ id: r[0], file, line: 0, subject: r[2], body: r[3], language: r[4] }, { orderPattern: /LK-\d{6}/ })!.text })));
      const withPii = texts.filter((t) => pii.test(t.raw));
      expect(withPii).toHaveLength(6);
      for (const { text } of withPii) expect(text).toMatch(/\[(email|phone)\]/);
      for (const { text } of texts) expect(text).not.toMatch(pii);
      expect(stdout).not.toMatch(pii);
    });
  });
});

describe('npm run gaps --events (the collector\'s database or its export)', () => {
  async function eventsDatabase() {
    const { EventStore } = await import('../../src/lib/collector/store.ts');
    const dir = mkdtempSync(path.join(tmpdir(), 'gaps-events-'));
    const file = path.join(dir, 'helpcenter.db');
    const store = new EventStore(file);
    const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;
    for (let i = 0; i < 12; i++) {
      const no = i < 8;
      store.addFeedback({ type: 'helpcenter:feedback', article: 'returns/refund-timing', locale: 'en', helpful: !no, ...(no ? { reason: i % 2 ? 'out-of-date' : 'not-answered' } : {}), ...(no && i === 0 ? { comment: 'Still nothing after 3 weeks, write to me at jan@example.com <script>alert(1)</script>' } : {}), receivedAt: at(10 + i), device: 'desktop' });
    }
    store.addFeedback({ type: 'helpcenter:feedback', article: 'orders/cancel-order', locale: 'en', helpful: true, receivedAt: at(20), device: 'phone' });
    for (const day of [2, 9, 10]) store.addSearch({ type: 'helpcenter:search', query: 'loyalty points', resultCount: 0, clickedResult: null, locale: 'en', receivedAt: at(day), device: 'desktop' });
    store.addSearch({ type: 'helpcenter:search', query: 'refund', resultCount: 5, clickedResult: '/returns/refund-timing/', locale: 'en', receivedAt: at(3), device: 'desktop' });
    store.close();
    return { dir, file };
  }

  it('lists the articles customers vote down, makes their topics weak, and counts searches that found nothing', async () => {
    const { file } = await eventsDatabase();
    const { code, report } = json('scripts/gaps/sample-tickets.csv', '--events', file);
    const full = report as Report & { feedback: { article: string; votes: number; no: number; noShare: number; notHelping: boolean; reasons: Record<string, number>; comments: string[] }[]; searches: { zeroResult: number; answered: number; top: { query: string; count: number; weeks: Record<string, number> }[] } };
    expect(code).toBe(1);
    expect(full.feedback[0]).toMatchObject({ article: 'returns/refund-timing', votes: 12, no: 8, noShare: 0.667, notHelping: true, reasons: { 'not-answered': 4, 'out-of-date': 4 } });
    expect(full.feedback[0]!.comments[0]).toContain('[email]');
    expect(full.feedback[0]!.comments.join(' ')).not.toContain('jan@example.com');
    expect(full.feedback.find((f) => f.article === 'orders/cancel-order')).toMatchObject({ votes: 1, notHelping: false });
    const refunds = full.topics.find((t) => t.matches[0]?.article === 'returns/refund-timing' && t.status !== 'missing')!;
    expect(refunds.status).toBe('weak');
    expect(full.searches).toMatchObject({ zeroResult: 3, answered: 1, top: [{ query: 'loyalty points', count: 3, weeks: { '2026-W45': 1, '2026-W46': 2 } }] });
    // Every row is accounted for: the 14 events and the export's rows.
    expect(full.input.files).toContain(file);
    const explained = gaps('scripts/gaps/sample-tickets.csv', '--events', file, '--explain', refunds.id);
    expect(explained.stdout).toContain('8 of 12 customers who voted on it (66.7%) said it did not help');
    const html = gaps('scripts/gaps/sample-tickets.csv', '--events', file, '--format', 'html').stdout;
    expect(html).toContain('Was this article helpful?');
    expect(html).toContain('Searches that found nothing, by week');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('reads the NDJSON export the same way, and names the lines that are not events', async () => {
    const { dir, file } = await eventsDatabase();
    const exported = path.join(dir, 'events.ndjson');
    const run = spawnSync(process.execPath, ['scripts/collector.ts', '--export', exported, '--db', file], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    writeFileSync(exported, `${readFileSync(exported, 'utf8')}not json\n{"type":"helpcenter:feedback","article":"x"}\n`);
    const { report } = json('--events', exported);
    const full = report as Report & { feedback: { article: string; notHelping: boolean }[] };
    expect(full.feedback[0]).toMatchObject({ article: 'returns/refund-timing', notHelping: true });
    expect(full.input.rejected.map((r) => [r.line, r.code])).toEqual([[18, 'JSON_PARSE'], [19, 'EVENT']]);
    expect(full.input.ticketsUsed).toBe(3);
  });

  it('says what --events expects when the file is missing', () => {
    const { code, stderr } = gaps('--events', 'no/such/helpcenter.db');
    expect(code).toBe(2);
    expect(stderr).toContain("--events takes the collector's database");
    noStackTrace(stderr);
  });
});

describe('npm run gaps on hostile exports', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gaps-hostile-'));
  const file = (name: string, content: string | Buffer) => {
    const at = path.join(dir, name);
    writeFileSync(at, content);
    return at;
  };
  const rows = 'id,subject,body\n1,Refund,"Where is my refund, I paid last week"\n2,Parcel,My parcel never arrived\n';
  /** One line on stderr, printable, no stack: what the reader sees for an unusable input. */
  const oneLine = (stderr: string) => {
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    noStackTrace(stderr);
  };

  it('reads semicolon- and tab-separated CSV from the header row, and --delimiter forces one', () => {
    const semicolon = file('excel-eu.csv', rows.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/gm, ';').replace('refund, I paid', 'refund; I paid'));
    const tabs = file('export.txt', rows.replace(/"/g, '').replace(/,(?! I paid)/g, '\t'));
    for (const export_ of [semicolon, tabs]) {
      const { report, stderr } = json(export_);
      expect(stderr).toBe('');
      expect(report.input).toMatchObject({ rowsRead: 2, ticketsUsed: 2, rejected: [] });
    }
    expect(json(semicolon).report.topics.flatMap((t) => t.examples).join(' ') + json(semicolon).report.longTail.examples.map((e) => e.example).join(' ')).toContain('I paid last week');
    // Forced wrong: the semicolon file has one column, so no subject or message is found.
    const forced = gaps(semicolon, '--delimiter', 'tab');
    expect(forced.code).toBe(2);
    expect(forced.stderr).toContain('no subject or message column found');
    expect(gaps(semicolon, '--delimiter', 'colon').stderr).toContain('--delimiter must be one of , ; tab pipe (got "colon")');
  });

  it('reads UTF-16 with or without a byte order mark, and names the encoding when told a wrong one', () => {
    const withBom = file('utf16-bom.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rows.replace('Refund', 'Remboursé'), 'utf16le')]));
    const withoutBom = file('utf16.csv', Buffer.from(rows, 'utf16le'));
    for (const export_ of [withBom, withoutBom]) expect(json(export_).report.input).toMatchObject({ rowsRead: 2, ticketsUsed: 2, rejected: [] });
    const wrong = gaps(withoutBom, '--encoding', 'windows-1252');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('looks like UTF-16 text (every other byte is zero), not windows-1252. Pass --encoding utf-16le');
    oneLine(wrong.stderr);
  });

  it.each([
    ['a folder', () => dir, 'is a folder, not a file. Give the export file inside it'],
    ['a program', () => '/bin/ls', 'is a program (an ELF binary), not a ticket export'],
    ['a ZIP archive', () => file('export.zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0])), 'is a ZIP archive (or an Excel .xlsx workbook, which is one), not a ticket export. Unzip it'],
    ['random bytes', () => file('noise.csv', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256))), 'is a binary file, not text'],
    ['a JSON list of numbers', () => file('numbers.json', '[1, 2, 3]'), 'is a JSON list of numbers, not of tickets. The report expects ticket objects with a subject or message'],
  ])('says in one line what %s is and what the report expects', (_, input, message) => {
    const { code, stdout, stderr } = gaps(input());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    oneLine(stderr);
  });

  it('reports a missing export before it reads the help center', () => {
    // The content folder does not exist either: the export is named, so it was checked first.
    const { code, stderr } = gaps(path.join(dir, 'tickets-2026.csv'), '--content', path.join(dir, 'no-content'));
    expect(code).toBe(2);
    expect(stderr).toContain('tickets-2026.csv: no such file. Check the path');
    expect(stderr).not.toContain('no-content');
  });

  it('never lets a ticket’s control characters reach the terminal, in any format', () => {
    const hostile = file('escapes.csv', 'id,subject,body\n1,Refund,"Where is my refund \x1b[2J\x1b[31mnow\x1b[0m\x07 please \x1b]0;pwned\x07 thanks"\n2,Refund,"My refund is late \x08\x08\x08"\n3,Refund,"Refund still missing"\n');
    for (const args of [[], ['--format', 'md'], ['--format', 'csv'], ['--format', 'html'], ['--format', 'json'], ['--explain', 't001']]) {
      const { stdout, stderr } = gaps(hostile, ...args);
      expect(stdout + stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
      expect(stdout).not.toContain('pwned');
    }
    expect(gaps(hostile, '--format', 'json').stdout).toContain('now please');
  });

  it('says when the report is of the sample export, and never mixes the sample into other input', () => {
    const sample = gaps();
    expect(sample.stderr).toContain('No export given: this is the report of the sample export scripts/gaps/sample-tickets.csv');
    expect(sample.stdout.split('\n').slice(0, 2)).toEqual(['Sample export (scripts/gaps/sample-tickets.csv), not your tickets.', 'Run it on yours: npm run gaps -- tickets.csv']);
    expect(json().report.input.sample).toBe(true);
    expect(gaps('--format', 'md').stdout).toContain('This is the sample export that ships with the project');
    expect(gaps('--format', 'html').stdout).toContain('<p class="notice">This is the sample export');
    const searches = json('--searches', fixture('search-events.ndjson'));
    expect(searches.report.input.files).toEqual([fixture('search-events.ndjson')]);
    expect(searches.report.input.sample).toBeUndefined();
    expect(searches.stderr).toBe('');
  });

  it('gives the HTML report a legend and the rejected rows and untouched articles the terminal shows', () => {
    const html = gaps('--format', 'html').stdout;
    expect(html).toMatch(/<ul class="legend"><li><span class="swatch missing" aria-hidden="true"><\/span><strong>missing<\/strong>: no article answers these tickets<\/li>/);
    expect(html).toContain('<h2>Rejected rows (1)</h2>');
    expect(html).toMatch(/<td data-label="code">CSV_UNCLOSED_QUOTE<\/td>/);
    expect(html).toMatch(/<h2>Articles no ticket touches \(\d+\)<\/h2>/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  });
});
