import { describe, expect, it } from 'vitest';
import { runGapReport } from '../../../src/lib/gaps/index.ts';
import { renderExplain, renderHtml, renderMarkdown } from '../../../src/lib/gaps/render.ts';
import { placeOnThreads } from './on-threads.ts';

/**
 * A need beside an answered one: "change a flat tire" shares its object with "check my tire
 * pressure", so both land in one topic, which the tire-pressure article answers on the words
 * alone. What the change tickets say together ("change+tire") is what that article never says,
 * so they are a need of their own, reported missing beside it. The tickets were written for
 * this test from what each need means, against the car-care help center of the benchmark.
 */
describe('a need found within an answered topic', () => {
  it('is reported missing, with the article it was set apart from, and the answered tickets stay covered', async () => {
    const report = await runGapReport({ tickets: ['test/fixtures/tickets/tire-needs.csv'] }, { content: 'test/fixtures/helpcenters/auto', orderPattern: /RW-\d{6}/, threads: 0 });
    const change = ['11', '12', '13', '14', '15', '16'];
    const missing = report.topics.filter((t) => t.status === 'missing');
    expect(missing).toHaveLength(1);
    const need = missing[0]!;
    // Most of its tickets are the change tickets, and it holds all of them.
    expect(need.ticketIds).toEqual(expect.arrayContaining(change));
    expect(need.ticketIds.filter((id) => change.includes(id) || id === '17').length).toBeGreaterThanOrEqual(need.ticketIds.length - 1);
    expect(need.label).toMatch(/tire/);
    expect(need.suggestedCategory).toBe('car-care');
    expect(need.evidence.apartFrom?.article).toBe('car-care/check-tire-pressure');
    expect(need.evidence.apartFrom!.coverage).toBeLessThan(need.evidence.answerShare);
    expect(need.evidence.apartFrom!.topic).toBeGreaterThanOrEqual(need.evidence.answerShare);
    expect(need.evidence.words.some((w) => w.term.includes('+'))).toBe(true);
    expect(need.terms.every((t) => !t.includes('+'))).toBe(true);

    const pressure = report.topics.find((t) => t.matches[0]?.article === 'car-care/check-tire-pressure' && t.status === 'covered');
    expect(pressure?.ticketIds).toEqual(expect.arrayContaining(['1', '2', '3', '6', '7', '9', '10']));
    // What a writer reads: the article it was asked beside, in the table and in --explain.
    expect(renderMarkdown(report)).toContain(`asked beside car-care/check-tire-pressure, which covers ${need.evidence.apartFrom!.coverage} of it`);
    expect(renderHtml(report)).toContain('Asked beside car-care/check-tire-pressure, which answers the topic these tickets were found in');
    expect(renderExplain(report, need.id)).toMatch(/Found within a topic car-care\/check-tire-pressure answers[\s\S]*"a\+b"/);
    // Every ticket is still somewhere, once.
    const ids = [...report.topics.flatMap((t) => t.ticketIds), ...report.longTail.ticketIds];
    expect(ids.sort()).toEqual(Array.from({ length: 24 }, (_, i) => String(i + 1)).sort());
  });
});

describe('needs within topics, when worker threads place the tickets after calibration', async () => {
  const { loadSiteSettings } = await import('../../../src/content-files.ts');
  const { ReportBuilder } = await import('../../../src/lib/gaps/build-report.ts');
  const { loadArticles } = await import('../../../src/lib/gaps/match/load-articles.ts');
  const { Matching } = await import('../../../src/lib/gaps/match/matching.ts');
  const { synonymsByLanguage, toTicket } = await import('../../../src/lib/gaps/normalize/tickets.ts');
  const content = 'test/fixtures/helpcenters/auto';
  const articles = loadArticles(content);
  const synonyms = synonymsByLanguage(loadSiteSettings(content));
  const asks = [
    'How do I check the pressure in my tires?',
    'The tire pressure light came on. What should I do?',
    'Where do I find the right tire pressure for my car?',
    'How do I change a flat tyre?',
    'Can you walk me through changing a tyre?',
    'I need to change my tire on the side of the road.',
    'My car battery is dead. How do I jump start it?',
    'When is my next oil change due?',
  ];
  // "tyre" is the site's synonym of "tire": the words said make the pairs, on every thread alike.
  const tickets = Array.from({ length: 240 }, (_, i) => toTicket({ id: `T${i}`, file: 'f.csv', line: i + 2, body: `${asks[i % asks.length]} Thanks, customer ${i}.` }, { synonyms })!);
  const finish = (builder: InstanceType<typeof ReportBuilder>) => builder.finish({ files: ['f.csv'], rowsRead: 240, rejected: [], duplicates: 0 });

  it('gives the same report as one thread, the need set apart on both', () => {
    const matching = new Matching(articles, synonyms);
    const alone = new ReportBuilder(articles, { calibration: 60, synonyms, matching });
    for (const t of tickets) alone.add(t);
    const whole = finish(alone);
    expect(whole.topics.some((t) => t.evidence.apartFrom?.article === 'car-care/check-tire-pressure')).toBe(true);

    // A worker thread builds its own indexes.
    const main = placeOnThreads(new ReportBuilder(articles, { calibration: 60, synonyms, matching }), () => new ReportBuilder(articles, { synonyms, matching: new Matching(articles, synonyms) }), tickets, 20);
    expect(finish(main)).toEqual(whole);
  });
});
