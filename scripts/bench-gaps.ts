/**
 * `npm run bench:gaps [-- --data path/to/utterances.csv]`
 * Quality of the gap report on labelled customer utterances (Bitext sample): every utterance
 * is a ticket; the sample FAQ answers some intents (test/fixtures/search-intents.json) and not
 * others. Prints recall (missing intents reported as a missing topic), precision (missing
 * topics that really are missing) and the share of answered-intent tickets wrongly reported
 * missing, for the shipped thresholds and a sweep around them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { COVERED_SCORE, WEAK_SCORE, buildReport } from './gaps/build-report.ts';
import { loadArticles } from './gaps/load-articles.ts';
import { Matching } from './gaps/matching.ts';
import { loadSiteSettings } from '../src/content-files.ts';
import { synonymsByLanguage, toTicket, type Ticket } from './gaps/tickets.ts';
import { parseCsv } from './search/csv.ts';

const { values } = parseArgs({ options: { data: { type: 'string', default: '../shared/data/bitext-sample/utterances.csv' } } });
const rows = parseCsv(readFileSync(path.resolve(values.data), 'utf8'));
const header = rows.shift()!;
const [textAt, intentAt] = [header.indexOf('instruction'), header.indexOf('intent')];
const articlesOf = (JSON.parse(readFileSync('test/fixtures/search-intents.json', 'utf8')) as { intents: Record<string, string[]> }).intents;
const answered = new Set(Object.keys(articlesOf));

const synonyms = synonymsByLanguage(loadSiteSettings());
const articles = loadArticles(path.resolve('content'));
// The articles' indexes and glossaries, built once for every report below.
const matching = new Matching(articles, synonyms);
const spell = (terms: string[], language: string) => matching.spell(terms, language);
const intentOf = new Map<string, string>();
const tickets: Ticket[] = [];
rows.forEach((r, i) => {
  const ticket = toTicket({ id: `u${i}`, body: r[textAt], file: 'utterances.csv', line: i + 2 }, { synonyms, spell });
  if (!ticket) return;
  intentOf.set(ticket.id, r[intentAt]!);
  tickets.push(ticket);
});
const intents = [...new Set(intentOf.values())];
const missingIntents = intents.filter((i) => !answered.has(i));

function evaluate(covered: number, weak: number) {
  const report = buildReport({ files: ['utterances.csv'], rowsRead: tickets.length, rejected: [], duplicates: 0, tickets, articles, thresholds: { covered, weak }, synonyms, matching });
  const gapTopics = report.topics.filter((t) => t.status === 'missing');
  const majority = (ids: string[]) => {
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(intentOf.get(id)!, (counts.get(intentOf.get(id)!) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  };
  const reportedIntents = new Set(gapTopics.map((t) => majority(t.ticketIds)));
  const recall = missingIntents.filter((i) => reportedIntents.has(i)).length / missingIntents.length;
  const precision = gapTopics.length ? gapTopics.filter((t) => !answered.has(majority(t.ticketIds))).length / gapTopics.length : 1;
  const inGaps = new Set(gapTopics.flatMap((t) => t.ticketIds));
  const answeredTickets = tickets.filter((t) => answered.has(intentOf.get(t.id)!));
  const wrong = answeredTickets.filter((t) => inGaps.has(t.id)).length / answeredTickets.length;
  const missed = missingIntents.filter((i) => !reportedIntents.has(i));
  // Tickets reported covered: by an article their intent maps to, by another, or while their
  // intent has no article at all.
  const answers = { right: 0, other: 0, none: 0 };
  for (const topic of report.topics.filter((t) => t.status === 'covered')) {
    for (const id of topic.ticketIds) {
      const mapped = articlesOf[intentOf.get(id)!];
      answers[!mapped ? 'none' : mapped.includes(topic.matches[0]!.article) ? 'right' : 'other']++;
    }
  }
  return { covered, weak, recall, precision, wrong, gapTopics: gapTopics.length, coverage: report.coverage.ratio, missed, answers };
}

console.log(`\nGap report quality: ${tickets.length} utterances, ${intents.length} intents, ${missingIntents.length} without an article (${missingIntents.join(', ')})\n`);
console.log('| covered from | weak from | recall | precision | answered tickets reported missing | missing topics | coverage |');
console.log('|---:|---:|---:|---:|---:|---:|---:|');
const started = performance.now();
const shipped = evaluate(COVERED_SCORE, WEAK_SCORE);
const ms = performance.now() - started;
for (const r of [shipped, ...[0.2, 0.25, 0.35, 0.4, 0.45].map((c) => evaluate(c, c / 2))]) {
  console.log(`| ${r.covered}${r === shipped ? ' (shipped)' : ''} | ${r.weak} | ${r.recall.toFixed(2)} | ${r.precision.toFixed(2)} | ${r.wrong.toFixed(2)} | ${r.gapTopics} | ${r.coverage.toFixed(2)} |`);
}
console.log(`\nMissing intents not reported (shipped thresholds): ${shipped.missed.join(', ') || 'none'}. One report over ${tickets.length} tickets: ${ms.toFixed(0)} ms.`);
const { right, other, none } = shipped.answers;
console.log(`Tickets reported covered (shipped thresholds): ${right} by an article their intent maps to, ${other} by another article, ${none} whose intent has no article.`);

// Multilingual: the hand-written Korean, Russian and Telugu tickets of test/fixtures (24 each,
// a key per ticket): answered by a translated article, answered only in English, or by nothing.
const keyed: { ticket: Ticket; want: string }[] = [];
for (const locale of ['ko', 'ru', 'te']) {
  const dir = 'test/fixtures/tickets/multilingual';
  const key = JSON.parse(readFileSync(`${dir}/${locale}-key.json`, 'utf8')) as Record<string, string>;
  const [head, ...body] = parseCsv(readFileSync(`${dir}/${locale}.csv`, 'utf8'));
  const at = (name: string) => head!.indexOf(name);
  for (const r of body) {
    const ticket = toTicket({ id: r[at('id')], file: `${locale}.csv`, line: 0, subject: r[at('subject')], body: r[at('body')], created: r[at('created')], language: r[at('language')] }, { synonyms, spell });
    if (ticket) keyed.push({ ticket, want: key[ticket.id]! });
  }
}
const multi = buildReport({ files: [], rowsRead: keyed.length, rejected: [], duplicates: 0, tickets: keyed.map((k) => k.ticket), articles, synonyms, matching });
const placed = new Map(multi.topics.flatMap((t) => t.ticketIds.map((id) => [id, t] as const)));
const kinds = ['covered', 'translation-missing', 'missing'] as const;
console.log(`\nMultilingual tickets (${keyed.length}, test/fixtures/tickets/multilingual): where each kind of ticket ends up\n`);
console.log('| key says | tickets | covered by the right article | translation-missing (right article) | reported missing or weak | too few to be a topic | covered by a wrong article |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const kind of kinds) {
  const list = keyed.filter((k) => k.want.startsWith(`${kind}:`));
  const count = (test: (want: string, topic: (typeof multi.topics)[number] | undefined) => boolean) => list.filter((k) => test(k.want, placed.get(k.ticket.id))).length;
  const target = (want: string) => want.slice(want.indexOf(':') + 1);
  const rightCovered = count((w, t) => t?.status === 'covered' && t.matches[0]!.article.endsWith(`/${target(w)}`));
  const translation = count((w, t) => t?.status === 'translation-missing');
  const translationRight = count((w, t) => t?.status === 'translation-missing' && t.matches[0]!.article === target(w));
  const gap = count((w, t) => t?.status === 'missing' || t?.status === 'weak');
  const dropped = count((w, t) => !t);
  const wrong = count((w, t) => t?.status === 'covered' && !t.matches[0]!.article.endsWith(`/${target(w)}`));
  console.log(`| ${kind} | ${list.length} | ${rightCovered} | ${translation} (${translationRight}) | ${gap} | ${dropped} | ${wrong} |`);
}
