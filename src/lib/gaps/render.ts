/**
 * The report in each output format. Everything that comes from tickets is escaped for its
 * format: HTML entities in HTML, Markdown punctuation and tags in Markdown, quotes in CSV.
 */
import type { GapReport, Topic } from './build-report.ts';
import { escapeHtml } from '../escape-html.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Said first in every format when no export was given and the report is of the sample. */
const sampleNotice = (report: GapReport) =>
  report.input.sample ? `This is the sample export that ships with the project (${report.input.files[0]}), not your tickets. Run it on yours: npm run gaps -- tickets.csv` : undefined;

function fit(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}

/** Where the rows went, so they add up: used, rejected, duplicates, then what was set apart. */
function rowCounts(report: GapReport, skippedToo = true): string {
  const { input } = report;
  const automatic = report.automaticReplies?.tickets ?? 0;
  return [
    `${input.ticketsUsed} used, ${input.rejected.length} rejected, ${input.duplicates} ${input.duplicates === 1 ? 'duplicate' : 'duplicates'}`,
    ...(automatic ? [`${automatic} automatic ${automatic === 1 ? 'reply' : 'replies'}`] : []),
    ...(input.skipped && skippedToo ? [`${input.skipped} skipped (searches that found results${report.feedback ? ', article votes' : ''})`] : []),
  ].join(', ');
}

/** A sentence in lines of at most `width` columns, the later ones indented. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = `  ${word}`;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

export function renderTerminal(report: GapReport, limit = 20): string {
  const { input, coverage } = report;
  const lines = [
    // Two lines: the terminal report keeps to 80 columns.
    ...(input.sample ? [`Sample export (${input.files[0]}), not your tickets.`, 'Run it on yours: npm run gaps -- tickets.csv', ''] : []),
    ...wrap(`Tickets: ${input.rowsRead} rows read in ${input.files.length} file(s): ${rowCounts(report)}.`, 80),
    `Coverage: ${coverage.ticketsCovered} of ${coverage.ticketsTotal} tickets (${pct(coverage.ratio)}) are answered by an article (${report.articles.count} articles).`,
    '',
    `${'id'.padEnd(5)} ${'status'.padEnd(9)} ${'tickets'.padStart(7)} ${'share'.padStart(6)}  topic`,
    `${'-'.repeat(5)} ${'-'.repeat(9)} ${'-'.repeat(7)} ${'-'.repeat(6)}  ${'-'.repeat(48)}`,
  ];
  for (const topic of report.topics.slice(0, limit)) {
    const where = topic.status === 'missing' ? `→ ${topic.suggestedCategory}` : topic.status === 'translation-missing' ? `→ ${topic.matches[0]?.article ?? ''} in ${topic.locale}` : `→ ${topic.matches[0]?.article ?? ''}`;
    // 80 columns: "translation-missing" is shown as "translate".
    const status = topic.status === 'translation-missing' ? 'translate' : topic.status;
    lines.push(`${topic.id.padEnd(5)} ${status.padEnd(9)} ${String(topic.tickets).padStart(7)} ${pct(topic.share).padStart(6)}  ${fit(`${topic.label} ${where}`, 48)}`);
  }
  if (report.topics.length > limit) lines.push(`… ${report.topics.length - limit} more topics (--format md|json|csv|html for all).`);
  lines.push(...sectionTerminal(tailLines(report)), ...sectionTerminal(automaticLines(report)));
  lines.push(...feedbackLines(report));
  if (input.rejected.length) {
    lines.push('', `Rejected rows (${input.rejected.length}${input.rejected.length > 20 ? ', first 20; all in --format json' : ''}):`);
    for (const r of input.rejected.slice(0, 20)) lines.push(`  ${r.file}:${r.line}  ${r.code}: ${r.reason}`);
  }
  if (report.articles.untouched.length) lines.push('', `Articles no ticket touches (${report.articles.untouched.length}): ${report.articles.untouched.slice(0, 8).join(', ')}${report.articles.untouched.length > 8 ? ', …' : ''}`);
  lines.push('', 'Details of a topic: npm run gaps -- <files> --explain <id>');
  return `${lines.join('\n')}\n`;
}

/**
 * The best article's cell: the article and its score; for a need found within a topic an
 * article answers, that article too, which is where a writer starts.
 */
function bestArticle(t: Topic): string {
  const best = t.matches[0] ? `${t.matches[0].article} (${t.matches[0].score})` : '—';
  const apart = t.evidence.apartFrom;
  return apart ? `${best}; asked beside ${apart.article}, which covers ${apart.coverage} of it` : best;
}

/**
 * Why a topic has its status, in one sentence with its numbers: the first line of `--explain`,
 * and the "why" of the HTML and CSV reports, so a support lead can check a verdict without a
 * second command.
 */
export function reasonFor(topic: Topic): string {
  const apart = topic.evidence.apartFrom;
  return apart && topic.status === 'missing' ? `Asked beside ${apart.article}, which answers the topic these tickets were found in (${pct(apart.topic)} of its weight) but covers only ${pct(apart.coverage)} of what these tickets say.` : statusReason(topic);
}

/** The status's own evidence (for a need found within a topic, `--explain` adds the within-a-topic lines). */
function statusReason(topic: Topic): string {
  const { evidence } = topic;
  const shown = topic.matches[0]?.article;
  return {
    covered: `${shown} covers ${pct(topic.matches[0]?.score ?? 0)} of the topic's weight, at least ${pct(evidence.answerShare)}${evidence.alone === undefined ? '' : `, and answers ${pct(evidence.alone)} of its tickets on their own words`}: it answers these tickets.`,
    'translation-missing': `${shown} (default language) covers ${pct(topic.matches[0]?.score ?? 0)} of the weight the glossary can judge (${pct(evidence.judged ?? 0)} of it), at least ${pct(evidence.answerShare)}; no article in "${topic.locale}" does.`,
    weak: evidence.feedback
      ? `${shown} answers these tickets by their words, but ${evidence.feedback.no} of ${evidence.feedback.votes} customers who voted on it (${pct(evidence.feedback.noShare)}) said it did not help.`
      : `${shown} answers these tickets by their words, but other evidence says it falls short.`,
    missing: !topic.matches.length
      ? 'No article uses the words that set these tickets apart.'
      : topic.matches[0]!.score >= evidence.answerShare && evidence.alone !== undefined && evidence.alone < evidence.answerShare
        ? `${topic.matches[0]!.article} covers ${pct(topic.matches[0]!.score)} of the topic's weight, what its tickets say together, but answers only ${pct(evidence.alone)} of them on their own words (${pct(evidence.answerShare)} needed): most of these customers ask something it does not say.`
        : `No article covers ${pct(evidence.answerShare)} of the topic's weight (best: ${topic.matches[0]!.article}, ${pct(topic.matches[0]!.score)}).`,
  }[topic.status];
}

export function renderExplain(report: GapReport, id: string): string | undefined {
  const topic = report.topics.find((t) => t.id === id || t.label === id);
  if (!topic) return undefined;
  const { evidence } = topic;
  const shown = topic.matches[0]?.article;
  // The within-a-topic lines below say what reasonFor's sentence says for a need found apart.
  const because = statusReason(topic);
  const apart = evidence.apartFrom;
  const within = apart
    ? [
        '',
        `Found within a topic ${apart.article} answers. Counting the words its tickets say together`,
        `  ("a+b"), that article covers ${pct(apart.topic)} of the whole topic's weight but only ${pct(apart.coverage)} of these`,
        "  tickets' weight: they ask something it does not say.",
      ]
    : [];
  return [
    `${topic.id}  ${topic.label}  (${topic.status}, ${topic.tickets} tickets, ${pct(topic.share)}${evidence.groups > 1 ? `, ${evidence.groups} groups of similar tickets` : ''})`,
    '',
    `Why ${topic.status}: ${because}`,
    ...within,
    '',
    `Words that set the topic apart (weight = share of its tickets using the word × how rare it is among all tickets${apart ? '; "a+b": the two words said together' : ''};`,
    `  evidence = how well ${apart?.article ?? shown ?? 'the best article'} covers it, 0–1):`,
    `  ${'word'.padEnd(18)} ${'tickets'.padStart(7)} ${'weight'.padStart(7)} ${'evidence'.padStart(8)}`,
    ...evidence.words.map((w) => `  ${fit(w.term, 18)} ${pct(w.share).padStart(7)} ${w.weight.toFixed(2).padStart(7)} ${w.evidence.toFixed(2).padStart(8)}`),
    '',
    `Articles by share of the topic's weight they cover (answers from ${pct(evidence.answerShare)}):`,
    ...(evidence.coverage.length ? evidence.coverage.map((c) => `  ${pct(c.coverage).padStart(6)}  ${c.article}${c.standIn ? ' (not translated: judged through the glossary)' : ''}`) : ['  none: no article uses these words']),
    '',
    `Suggested: "${topic.suggestedTitle}" in ${topic.suggestedCategory}`,
    `Trend: ${Object.entries(topic.trend).map(([m, n]) => `${m} ${n}`).join(', ') || 'no dates in the export'}`,
    'Examples (redacted):',
    ...topic.examples.map((e) => `  - ${e}`),
    `Tickets: ${topic.ticketIds.slice(0, 20).join(', ')}${topic.ticketIds.length > 20 ? ', …' : ''}`,
    '',
  ].join('\n');
}

/** The long tail in a sentence, then its biggest groups: every ticket is somewhere in the report. */
function tailLines(report: GapReport): string[] {
  const { longTail } = report;
  if (!longTail.tickets) return [];
  return [
    '',
    `Long tail: ${longTail.tickets} ${longTail.tickets === 1 ? 'ticket' : 'tickets'} in ${longTail.groups} ${longTail.groups === 1 ? 'group' : 'groups'} too small to be topics${longTail.examples.length ? ', biggest:' : '.'}`,
    ...longTail.examples.map((e) => fit(`${e.tickets} × ${e.label}: "${e.example}"`, 76).trimEnd()),
  ];
}

/** Automatic replies in a sentence, then a few of them: set apart, but every one is in the report. */
function automaticLines(report: GapReport): string[] {
  const automatic = report.automaticReplies;
  if (!automatic?.tickets) return [];
  return [
    '',
    `Automatic replies: ${automatic.tickets} ${automatic.tickets === 1 ? 'ticket' : 'tickets'} (out of office, bounces), kept out of the topics${automatic.examples.length ? ':' : '.'}`,
    ...automatic.examples.map((e) => fit(`"${e}"`, 76).trimEnd()),
  ];
}

const REASONS: Record<string, string> = { 'not-answered': "didn't answer my question", 'hard-to-follow': 'hard to follow', 'out-of-date': 'out of date', other: 'something else' };
const reasonsText = (reasons: Record<string, number | undefined>) => Object.entries(reasons).map(([r, n]) => `${REASONS[r] ?? r} ${n}`).join(', ');

/** With --events: articles customers say do not help, then the searches that found nothing. */
function feedbackLines(report: GapReport): string[] {
  const lines: string[] = [];
  const flagged = (report.feedback ?? []).filter((f) => f.notHelping);
  if (report.feedback) {
    lines.push('', `Article feedback: ${report.feedback.reduce((n, f) => n + f.votes, 0)} votes on ${report.feedback.length} ${report.feedback.length === 1 ? 'article' : 'articles'}; ${flagged.length} ${flagged.length === 1 ? 'article does' : 'articles do'} not help (at least half No):`);
    for (const f of flagged) {
      lines.push(`  ${f.article}: ${f.no} of ${f.votes} No (${pct(f.noShare)})${Object.keys(f.reasons).length ? `; ${reasonsText(f.reasons)}` : ''}`);
      for (const c of f.comments.slice(0, 3)) lines.push(`    "${fit(c, 70).trimEnd()}"`);
    }
  }
  if (report.searches?.top.length) {
    lines.push('', `Searches that found nothing: ${report.searches.zeroResult} (of ${report.searches.zeroResult + report.searches.answered}); most asked:`);
    for (const q of report.searches.top.slice(0, 5)) lines.push(`  ${String(q.count).padStart(4)} × ${fit(q.query, 60).trimEnd()}`);
  }
  return lines;
}

/** What "Articles no ticket touches" means, in every format that explains it. */
export const UNTOUCHED_MEANS = 'No ticket is answered by these: nobody wrote in about them, or those who did asked something the article does not answer (a missing topic may name one as its best match).';

/** Markdown: ticket text cannot open tags, links or tables. */
function escapeMarkdown(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1').replace(/\n/g, ' ');
}

export function renderMarkdown(report: GapReport): string {
  const { input, coverage } = report;
  const out = [
    '# Help center gap report',
    '',
    ...(sampleNotice(report) ? [`**${escapeMarkdown(sampleNotice(report)!)}**`, ''] : []),
    `${input.rowsRead} rows read: ${rowCounts(report, false)}. Coverage: **${pct(coverage.ratio)}** (${coverage.ticketsCovered} of ${coverage.ticketsTotal}).`,
    '',
    '| id | status | tickets | share | topic | suggested | best article |',
    '|---|---|---:|---:|---|---|---|',
    ...report.topics.map((t) => `| ${t.id} | ${t.status} | ${t.tickets} | ${pct(t.share)} | ${escapeMarkdown(t.label)} | ${escapeMarkdown(t.suggestedTitle)} (${t.suggestedCategory}) | ${bestArticle(t)} |`),
    '',
  ];
  out.push(...sectionMarkdown('Long tail', tailLines(report)), ...sectionMarkdown('Automatic replies', automaticLines(report)));
  for (const t of report.topics.filter((x) => x.status !== 'covered')) {
    out.push(`## ${t.id}: ${escapeMarkdown(t.label)} (${t.status})`, '', ...t.examples.map((e) => `- ${escapeMarkdown(e)}`), '');
  }
  if (report.feedback) {
    out.push('## Article feedback', '', '| article | votes | No | share No | reasons | comments (redacted) |', '|---|---:|---:|---:|---|---|');
    for (const f of report.feedback) out.push(`| ${escapeMarkdown(f.article)}${f.notHelping ? ' **(does not help)**' : ''} | ${f.votes} | ${f.no} | ${pct(f.noShare)} | ${escapeMarkdown(reasonsText(f.reasons))} | ${f.comments.map(escapeMarkdown).join('<br>')} |`);
    out.push('');
  }
  if (report.searches?.top.length) {
    out.push('## Searches that found nothing', '', '| query | searches | by week |', '|---|---:|---|');
    for (const q of report.searches.top) out.push(`| ${escapeMarkdown(q.query)} | ${q.count} | ${Object.entries(q.weeks).map(([w, n]) => `${w} ${n}`).join(', ')} |`);
    out.push('');
  }
  if (input.rejected.length) out.push('## Rejected rows', '', ...input.rejected.map((r) => `- ${escapeMarkdown(`${r.file}:${r.line} ${r.code}: ${r.reason}`)}`), '');
  if (report.articles.untouched.length) out.push(`## Articles no ticket touches (${report.articles.untouched.length})`, '', UNTOUCHED_MEANS, '', ...report.articles.untouched.map((a) => `- ${escapeMarkdown(a)}`), '');
  return out.join('\n');
}

const csvCell = (value: string | number) => {
  const text = String(value);
  // A leading = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function renderCsv(report: GapReport): string {
  const rows = [['id', 'status', 'tickets', 'share', 'label', 'suggested_category', 'suggested_title', 'best_article', 'best_score', 'example', 'why']];
  for (const t of report.topics) rows.push([t.id, t.status, String(t.tickets), String(t.share), t.label, t.suggestedCategory, t.suggestedTitle, t.matches[0]?.article ?? '', String(t.matches[0]?.score ?? ''), t.examples[0] ?? '', reasonFor(t)]);
  const { longTail } = report;
  // The long tail as one last row, so the rows' tickets add up to all tickets.
  if (longTail.tickets) rows.push(['tail', 'long-tail', String(longTail.tickets), String(Math.round((longTail.tickets / Math.max(1, report.coverage.ticketsTotal)) * 1000) / 1000), `${longTail.groups} small groups`, '', '', '', '', longTail.examples[0]?.example ?? '']);
  // Automatic replies as a row of their own (not a share of the coverage's tickets).
  const automatic = report.automaticReplies;
  if (automatic?.tickets) rows.push(['automatic', 'automatic-reply', String(automatic.tickets), '', 'out-of-office notices, automatic replies and bounces', '', '', '', '', automatic.examples[0] ?? '']);
  // Articles customers say do not help (--events): votes in `tickets`, the share of No in `share`.
  for (const f of (report.feedback ?? []).filter((x) => x.notHelping)) rows.push(['feedback', 'not-helping', String(f.votes), String(f.noShare), reasonsText(f.reasons), '', '', f.article, '', f.comments[0] ?? '']);
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}

/**
 * The long tail and the automatic replies are each a section: a blank line, a sentence, then
 * its list (tailLines, automaticLines), drawn here in each format.
 */
const sectionTerminal = (lines: string[]) => lines.map((l, i) => (i > 1 ? `  ${l}` : l));

function sectionMarkdown(heading: string, [, sentence, ...items]: string[]): string[] {
  return sentence ? [`## ${heading}`, '', escapeMarkdown(sentence), '', ...items.map((l) => `- ${escapeMarkdown(l)}`), ''] : [];
}

function sectionHtml(heading: string, [, sentence, ...items]: string[]): string {
  if (!sentence) return '';
  return `<h2>${heading}</h2>\n<p>${escapeHtml(sentence)}</p>${items.length ? `<ul>${items.map((g) => `<li>${escapeHtml(g)}</li>`).join('')}</ul>` : ''}`;
}

/** Helpfulness per article (Yes and No as one bar each) and the searches that found nothing by week, drawn here: no library, no request. */
function feedbackHtml(report: GapReport): string {
  const out: string[] = [];
  const articles = (report.feedback ?? []).slice(0, 20);
  if (articles.length) {
    const most = Math.max(1, ...articles.map((f) => f.votes));
    const share = (n: number) => `${((n / most) * 100).toFixed(1)}%`;
    const bars = articles.map((f) => `<li><span class="bar-label">${escapeHtml(f.article)}</span><span class="bar-track"><span class="bar covered" style="width:${share(f.votes - f.no)}"></span><span class="bar missing" style="width:${share(f.no)}"></span></span><span class="bar-value">${f.no} of ${f.votes} No${f.notHelping ? ' · does not help' : ''}</span></li>`).join('');
    out.push(
      '<h2>Was this article helpful?</h2>',
      `<ol class="bars" aria-label="Yes (green) and No (red) votes per article">${bars}</ol>`,
      '<ul class="legend"><li><span class="swatch covered" aria-hidden="true"></span>Yes, it helped</li><li><span class="swatch missing" aria-hidden="true"></span>No, it did not</li></ul>',
      table(
        'Votes per article',
        ['article', 'votes', 'No', 'reasons', 'comments (redacted)'],
        articles.map((f) => [escapeHtml(f.article), String(f.votes), `<span class="${f.notHelping ? 'missing' : ''}">${f.no} (${pct(f.noShare)})</span>`, escapeHtml(reasonsText(f.reasons)), `<ul>${f.comments.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>`]),
      ),
    );
  }
  const searches = report.searches?.top ?? [];
  if (searches.length) {
    const weeks = [...new Set(searches.flatMap((q) => Object.keys(q.weeks)))].sort();
    const most = Math.max(1, ...searches.flatMap((q) => Object.values(q.weeks)));
    const cell = (n: number | undefined) => (n ? `<svg class="spark" width="60" height="14" aria-hidden="true"><rect y="2" height="10" width="${Math.max(2, Math.round((n / most) * 60))}" class="missing"/></svg> ${n}` : '');
    out.push(
      '<h2>Searches that found nothing, by week</h2>',
      `<p>${report.searches!.zeroResult} of ${report.searches!.zeroResult + report.searches!.answered} searches found nothing; the most asked:</p>`,
      table('Searches that found nothing, by ISO week', ['query (redacted)', 'searches', ...weeks], searches.map((q) => [escapeHtml(q.query), String(q.count), ...weeks.map((w) => cell(q.weeks[w]))])),
    );
  }
  return out.join('\n');
}

/** What each status means, for the legend under the topic chart (its colours). */
const STATUS_MEANING: Record<GapReport['topics'][number]['status'], string> = {
  missing: 'no article answers these tickets',
  'translation-missing': 'an article answers them, not in the customers\' language',
  weak: 'an article answers them by its words, but customers vote it down',
  covered: 'an article answers them',
};

/** A table that becomes one card per row on a phone: each cell says which column it is. */
function table(caption: string, headers: string[], rows: string[][]): string {
  const body = rows.map((cells) => `<tr>${cells.map((cell, i) => `<td data-label="${escapeHtml(headers[i]!)}">${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

export function renderHtml(report: GapReport): string {
  const top = report.topics.filter((t) => t.status !== 'covered').slice(0, 12);
  const max = Math.max(1, ...top.map((t) => t.tickets));
  // Bars as HTML, not SVG: labels stay text at the reader's size and wrap on a phone.
  const bars = top.map((t) => `<li><span class="bar-label">${escapeHtml(t.label)}</span><span class="bar-track"><span class="bar ${t.status}" style="width:${((t.tickets / max) * 100).toFixed(1)}%"></span></span><span class="bar-value">${t.tickets}</span></li>`).join('');
  const shown = [...new Set(top.map((t) => t.status))];
  const legend = shown.length ? `<ul class="legend">${shown.map((status) => `<li><span class="swatch ${status}" aria-hidden="true"></span><strong>${status}</strong>: ${escapeHtml(STATUS_MEANING[status])}</li>`).join('')}</ul>` : '';
  const topics = table(
    'All topics, biggest first',
    ['id', 'status', 'tickets', 'share', 'topic', 'suggested article', 'why', 'examples (redacted)'],
    report.topics.map((t) => [t.id, `<span class="${t.status}">${t.status}</span>`, String(t.tickets), pct(t.share), escapeHtml(t.label), `${escapeHtml(t.suggestedTitle)}<br><small>${escapeHtml(t.suggestedCategory)}</small>`, escapeHtml(reasonFor(t)), `<ul>${t.examples.map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</ul>`]),
  );
  const { rejected } = report.input;
  const rejectedHtml = rejected.length
    ? `<h2>Rejected rows (${rejected.length})</h2>\n<p>Rows of the export the report could not use, with why. Fix the export or pass <code>--map</code>, <code>--encoding</code> or <code>--delimiter</code>.</p>\n${table('Rejected rows', ['file', 'line', 'code', 'reason'], rejected.slice(0, 500).map((r) => [escapeHtml(r.file), String(r.line), escapeHtml(r.code), escapeHtml(r.reason)]))}${rejected.length > 500 ? `<p>… and ${rejected.length - 500} more (all in --format json).</p>` : ''}`
    : '';
  const { untouched } = report.articles;
  const untouchedHtml = untouched.length ? `<h2>Articles no ticket touches (${untouched.length})</h2>\n<p>${escapeHtml(UNTOUCHED_MEANS)}</p>\n<ul class="columns">${untouched.map((a) => `<li>${escapeHtml(a)}</li>`).join('')}</ul>` : '';
  const notice = sampleNotice(report);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Help center gap report</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;padding:1rem;max-width:75rem;color:#1b2631;background:#fff;overflow-wrap:break-word}
table{border-collapse:collapse;width:100%;margin:1rem 0}caption{text-align:left;font-weight:600;padding:.25rem 0}td,th{border:1px solid #c5ced6;padding:.4rem;vertical-align:top;text-align:left}
td ul{margin:0;padding-left:1.1rem}
svg.spark{display:inline-block;vertical-align:middle}
.bars{list-style:none;padding:0;margin:1rem 0;max-width:60rem}.bars li{display:grid;grid-template-columns:minmax(8rem,18rem) minmax(4rem,1fr) auto;gap:.2rem .75rem;align-items:center;margin:.3rem 0}
.bar-track{display:flex;height:1.1rem}.bar{display:block;height:100%;min-width:2px}.bar.missing{background:#b3261e}.bar.weak{background:#8a5a00}.bar.covered{background:#1f6f4a}.bar.translation-missing{background:#5b3fa0}
.missing{fill:#b3261e;color:#b3261e}.weak{fill:#8a5a00;color:#8a5a00}.covered{fill:#1f6f4a;color:#1f6f4a}.translation-missing{fill:#5b3fa0;color:#5b3fa0}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.5rem}.swatch{display:inline-block;width:1em;height:1em;border-radius:2px;vertical-align:-.15em;margin-right:.35rem}
.swatch.missing{background:#b3261e}.swatch.weak{background:#8a5a00}.swatch.covered{background:#1f6f4a}.swatch.translation-missing{background:#5b3fa0}
.notice{border-left:4px solid #8a5a00;background:#fdf3e1;padding:.5rem 1rem}
.columns{columns:16rem}
@media (max-width:40rem){
.bars li{grid-template-columns:1fr auto}.bar-label{grid-column:1 / -1}
caption{display:block}
thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table,tbody,tr,td{display:block;width:auto}tr{border:1px solid #c5ced6;margin:0 0 .75rem;padding:.25rem .5rem}td{border:0;padding:.2rem 0}
td::before{content:attr(data-label) ": ";font-weight:600}
}
</style>
</head><body>
<h1>Help center gap report</h1>
${notice ? `<p class="notice">${escapeHtml(notice)}</p>\n` : ''}<p>${report.input.rowsRead} rows read: ${escapeHtml(rowCounts(report, false))}. Coverage: <strong>${pct(report.coverage.ratio)}</strong>.</p>
<h2>Top topics without a good article</h2>
${top.length ? `<ol class="bars" aria-label="Tickets per topic without a good article">${bars}</ol>` : '<p>None: every topic has an article that answers it.</p>'}
${legend}
${sectionHtml('Long tail', tailLines(report))}
${sectionHtml('Automatic replies', automaticLines(report))}
${feedbackHtml(report)}
<h2>All topics</h2>
${topics}
${rejectedHtml}
${untouchedHtml}
</body></html>
`;
}
