/**
 * `npm run bench:gaps [-- --set bitext,travel,work,auto,multilingual,energy,bank,telecom,saas]` (by default the seven development sets; telecom and saas are held out: run only when named, never tuned on)
 * `npm run bench:gaps -- --tickets labelled.csv --content path/to/content --map intent-map.json`
 * `npm run bench:gaps -- --oracle [--verbose]`: the answer rule alone, on each intent's tickets
 * `npm run bench:gaps -- --sweep answer-share=0.4,0.5,0.6`: every set per value, then leave one out
 *
 * Ends with a summary (scripts/bench/gap-summary.ts): one score per set, what each lacks of
 * issue 13's targets, and for a sweep the value each set gets when chosen on the others.
 *
 * How well the gap report finds what is missing, on labelled sets: every labelled request is
 * a ticket, the map says which articles answer each intent (none: the intent is open, and the
 * report should list it as missing). For each size (100, 300 and all; five random draws for
 * the small sizes, mean and worst) it prints topic recall and precision, ticket-level open-class
 * precision/recall/F1, NMI and ARI of the open tickets' topics against their intents,
 * attribution (covered tickets covered by an article that answers them) and the share of
 * tickets accounted for. Definitions: scripts/bench/gap-metrics.ts.
 *
 * Labelled CSV: a text column (`text`, `instruction`, `body`, `message` or `utterance`), an
 * intent column (`intent` or `label`), optionally `subject`, `language` and `id`. Map JSON:
 * `{ "intents": { "<intent>": ["category/slug", …] }, "noise": ["oos"] }`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadSiteSettings } from '../src/content-files.ts';
import { buildReport } from '../src/lib/gaps/build-report.ts';
import { TermStats } from '../src/lib/gaps/cluster/term-stats.ts';
import { answersOf, decideTopic, tallyAlone, type AloneTally } from '../src/lib/gaps/decide/answers.ts';
import { loadArticles } from '../src/lib/gaps/match/load-articles.ts';
import { Matching } from '../src/lib/gaps/match/matching.ts';
import { synonymsByLanguage, toTicket, type Ticket } from '../src/lib/gaps/normalize/tickets.ts';
import { MIN_INTENT_TICKETS, gapMetrics, sameArticle, type GapMetrics } from './bench/gap-metrics.ts';
import { FIGURES, WORST_WITHIN, leaveOneOut, setScore, shortOfTargets, targetsText, type SizeFigures } from './bench/gap-summary.ts';
import { CLINC_DOMAIN, HELD_OUT, clincRequests, heldOutNote, readCsvObjects } from './bench/labelled-data.ts';
import { mulberry32 } from './bench/random.ts';
import { typist } from './bench/typos.ts';
import { exitWithUsage, parseCommandLine } from './command-line.ts';

interface LabelledSet {
  name: string;
  content: string;
  rows: { id: string; text: string; subject?: string; language?: string; intent: string }[];
  articlesOf: Record<string, string[]>;
  noise: Set<string>;
}

const SETS = ['bitext', 'travel', 'work', 'auto', 'multilingual', 'energy', 'bank', 'telecom', 'saas'] as const;
/** The development sets, run when no set is named: the held-out ones only when asked for, so no run while tuning shows them by accident. */
const DEVELOPMENT = SETS.filter((name) => !HELD_OUT.has(name));

const USAGE = `Usage: npm run bench:gaps [-- --set ${SETS.join(',')}] [options]
       npm run bench:gaps -- --tickets labelled.csv --content path/to/content --map intent-map.json
       npm run bench:gaps -- --oracle [--verbose]

How well the gap report finds what is missing, on labelled sets (telecom and saas are held out).
  --set A,B             the labelled sets to run (default the development sets: all but telecom and saas)
  --tickets FILE        a labelled CSV of your own (a text and an intent column),
  --content DIR         the help center it is asked of,
  --map FILE            and which articles answer each intent (JSON): all three together
  --sizes 100,300,all   how many tickets to draw (default 100,300,all)
  --draws N             random draws per size below all (default 5)
  --sweep NAME=A,B,…    rerun each set with a parameter at these values (similarity: the topic
                        similarity cut; answer-share: the answer rule's share), then print each
                        value's score per set and the value leave-one-out picks for each set
  --similarity A,B      the same as --sweep similarity=A,B
  --answer-share R      the answer rule's share
  --typos R             mistype this share of the texts' words first (seeded; 0.08 = 8%)
  --oracle              the answer rule alone, on each intent's tickets
  --verbose             each topic and the intents in it, first draw of each size (with --oracle: each intent)
  --help                this text`;
const { values } = parseCommandLine({
  options: {
    set: { type: 'string', default: DEVELOPMENT.join(',') },
    tickets: { type: 'string' },
    content: { type: 'string' },
    map: { type: 'string' },
    sizes: { type: 'string', default: '100,300,all' },
    draws: { type: 'string', default: '5' },
    verbose: { type: 'boolean', default: false },
    similarity: { type: 'string' },
    'answer-share': { type: 'string' },
    sweep: { type: 'string' },
    typos: { type: 'string' },
    oracle: { type: 'boolean', default: false },
  },
}, USAGE);

/** `--answer-share`: the answer rule's share for a sweep, else its default. */
const defaultAnswerShare = values['answer-share'] === undefined ? undefined : Number(values['answer-share']);
const typos = values.typos === undefined ? 0 : Number(values.typos);

/** A swept parameter and its values (`--sweep similarity=0.15,0.2`, or `--similarity 0.15,0.2`). */
interface Params {
  similarity?: number;
  answerShare?: number;
}
const SWEEPABLE = { similarity: 'similarity', 'answer-share': 'answerShare' } as const;
const sweep = (() => {
  const spec = values.sweep ?? (values.similarity ? `similarity=${values.similarity}` : undefined);
  if (!spec) return undefined;
  const [name, list] = spec.split('=') as [string, string | undefined];
  if (!(name in SWEEPABLE) || !list) exitWithUsage(`--sweep takes NAME=A,B,… with NAME one of ${Object.keys(SWEEPABLE).join(', ')} (found "${spec}").`, USAGE);
  const numbers = list.split(',').map((v) => Number(v.trim()));
  if (numbers.some((v) => !(v > 0 && v <= 1))) exitWithUsage(`--sweep values are numbers above 0 and up to 1 (found "${list}").`, USAGE);
  return { name, key: SWEEPABLE[name as keyof typeof SWEEPABLE], values: numbers };
})();
if (!(typos >= 0 && typos <= 1)) exitWithUsage(`--typos must be a share of words from 0 to 1 (found "${values.typos}").`, USAGE);

function readMap(file: string): { articlesOf: Record<string, string[]>; noise: Set<string> } {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { intents: Record<string, string[]>; noise?: string[] };
  return { articlesOf: json.intents, noise: new Set(json.noise ?? []) };
}

function labelledCsv(name: string, file: string, content: string, map: string): LabelledSet {
  const rows = readCsvObjects(file).map((r, i) => {
    const text = r.text ?? r.instruction ?? r.body ?? r.message ?? r.utterance;
    const intent = r.intent ?? r.label;
    if (text === undefined || intent === undefined) throw new Error(`${file}: needs a text column (text, instruction, body, message or utterance) and an intent column (intent or label).`);
    return { id: r.id || `u${i + 1}`, text, subject: r.subject, language: r.language || undefined, intent };
  });
  return { name, content, rows, ...readMap(map) };
}

function clincSet(name: keyof typeof CLINC_DOMAIN): LabelledSet {
  const { dir, rows } = clincRequests(name);
  return { name, content: dir, rows: rows.map((r, i) => ({ id: `c${i + 1}`, ...r })), ...readMap(`${dir}/intent-map.json`) };
}

/** The keyed Korean, Russian and Telugu tickets: intents are the keys, per language. */
function multilingualSet(): LabelledSet {
  const dir = 'test/fixtures/tickets/multilingual';
  const rows: LabelledSet['rows'] = [];
  const articlesOf: Record<string, string[]> = {};
  for (const locale of ['ko', 'ru', 'te']) {
    const key = JSON.parse(readFileSync(`${dir}/${locale}-key.json`, 'utf8')) as Record<string, string>;
    for (const r of readCsvObjects(`${dir}/${locale}.csv`)) {
      const want = key[r.id!]!;
      const intent = `${locale}:${want}`;
      // Only an article in the customer's language answers them; the others are open (a
      // missing article or a missing translation).
      articlesOf[intent] = want.startsWith('covered:') ? [want.slice('covered:'.length)] : [];
      rows.push({ id: r.id!, subject: r.subject, text: r.body!, language: r.language || locale, intent });
    }
  }
  return { name: 'multilingual', content: 'content', rows, articlesOf, noise: new Set() };
}

function loadSet(name: string): LabelledSet {
  if (name === 'bitext') return labelledCsv('bitext', '../shared/data/bitext-sample/utterances.csv', 'content', 'test/fixtures/search-intents.json');
  if (name === 'multilingual') return multilingualSet();
  // Sets written for this project (test/fixtures/helpcenters/<name>/README.md says how).
  if (name === 'energy' || name === 'bank' || name === 'telecom' || name === 'saas') {
    const dir = `test/fixtures/helpcenters/${name}`;
    return labelledCsv(name, `${dir}/tickets.csv`, dir, `${dir}/intent-map.json`);
  }
  if (name in CLINC_DOMAIN) return clincSet(name as keyof typeof CLINC_DOMAIN);
  throw new Error(`Unknown set "${name}". Sets: ${SETS.join(', ')}; or give --tickets, --content and --map.`);
}

function draw<T>(items: readonly T[], n: number, seed: number): T[] {
  const copy = [...items];
  const next = mulberry32(seed);
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

const KEYS = ['topicRecall', 'topicPrecision', 'ticketPrecision', 'ticketRecall', 'ticketF1', 'nmi', 'ari', 'attribution', 'accounted'] as const;

/**
 * The decide stage alone: each intent's tickets (per language) as one topic, as a perfect
 * clustering would give them. Says how often the answer rule itself is right, apart from
 * what clustering does: an open intent should be missing or translation-missing, an answered
 * one covered by an article that answers it.
 */
function oracle(set: LabelledSet): void {
  const { matching, tickets: all, intentOf } = readSet(set);
  const byLanguage = new Map<string, { intent: string; terms: string[] }[]>();
  for (const ticket of all) {
    const intent = intentOf.get(ticket.id)!;
    if (set.noise.has(intent)) continue;
    const list = byLanguage.get(ticket.language) ?? [];
    list.push({ intent, terms: ticket.terms });
    byLanguage.set(ticket.language, list);
  }
  let right = 0;
  let intents = 0;
  const lines: string[] = [];
  for (const [language, tickets] of byLanguage) {
    const stats = TermStats.from(tickets.map((t) => t.terms), matching.indexFor(language));
    const groups = new Map<string, Map<string, number>>();
    const sizes = new Map<string, number>();
    // As the report judges a topic: on its pooled words and on its tickets one by one.
    const alone = new Map<string, AloneTally>();
    for (const t of tickets) {
      const counts = groups.get(t.intent) ?? new Map<string, number>();
      const words = new Set(t.terms);
      for (const term of words) counts.set(term, (counts.get(term) ?? 0) + 1);
      groups.set(t.intent, counts);
      sizes.set(t.intent, (sizes.get(t.intent) ?? 0) + 1);
      const tally = alone.get(t.intent) ?? { tickets: 0, answeredBy: new Map<string, number>() };
      tallyAlone(tally, answersOf(words, language, stats, matching, defaultAnswerShare).answering);
      alone.set(t.intent, tally);
    }
    for (const [intent, termCounts] of groups) {
      if (sizes.get(intent)! < MIN_INTENT_TICKETS) continue;
      const decision = decideTopic({ termCounts, weight: sizes.get(intent)!, alone: alone.get(intent)! }, language, stats, matching, defaultAnswerShare);
      const answers = set.articlesOf[intent] ?? [];
      const ok = answers.length ? decision.status === 'covered' && answers.some((a) => sameArticle(decision.article!, a)) : decision.status !== 'covered';
      intents++;
      if (ok) right++;
      lines.push(`${ok ? ' ' : 'x'} ${intent.padEnd(40)} ${String(sizes.get(intent)).padStart(4)} ${answers.length ? 'answered' : 'open    '} ${decision.status.padEnd(20)} ${decision.coverage.slice(0, 2).map((c) => `${c.article}:${c.coverage.toFixed(2)}`).join(' ')}  [${decision.words.slice(0, 5).map((w) => `${w.term}:${w.weight.toFixed(2)}/${w.evidence.toFixed(2)}`).join(' ')}]`);
    }
  }
  console.log(`\n### ${set.name}: the answer rule on true topics: ${right} of ${intents} intents decided right\n`);
  if (values.verbose) console.log(lines.sort().join('\n'));
}

/** A set's help center, read as the report reads it, and its rows as tickets with their intents. */
function readSet(set: LabelledSet) {
  const content = path.resolve(set.content);
  const synonyms = synonymsByLanguage(loadSiteSettings(content));
  const articles = loadArticles(content);
  const matching = new Matching(articles, synonyms);
  const spell = (terms: string[], language: string) => matching.spell(terms, language);
  const intentOf = new Map<string, string>();
  const tickets: Ticket[] = [];
  // Mistyped once per set, in row order, so every size and draw reads the same texts.
  const mistype = typos ? typist(typos) : (text: string) => text;
  for (const [i, r] of set.rows.entries()) {
    const ticket = toTicket({ id: r.id, subject: r.subject, body: mistype(r.text), language: r.language, file: set.name, line: i + 2 }, { synonyms, spell });
    if (!ticket) continue;
    intentOf.set(ticket.id, r.intent);
    tickets.push(ticket);
  }
  return { synonyms, articles, matching, tickets, intentOf };
}

/** Runs one set at every size, prints its table, and returns each size's mean and worst figures. */
function runSet(set: LabelledSet, params: Params = {}): SizeFigures[] {
  const { synonyms, articles, matching, tickets, intentOf } = readSet(set);
  const { similarity } = params;
  const answerShare = params.answerShare ?? defaultAnswerShare;
  const open = [...new Set(intentOf.values())].filter((i) => !set.noise.has(i) && !set.articlesOf[i]?.length);
  const swept = sweep ? ` (${sweep.name} ${params[sweep.key]})` : '';
  console.log(`\n### ${set.name}${heldOutNote(set.name)}${swept}: ${tickets.length} tickets, ${new Set(intentOf.values()).size} intents, ${open.length} open, ${articles.length} articles (${set.content})\n`);
  const figures: SizeFigures[] = [];
  console.log('| size | topic recall | topic precision | ticket P / R / F1 | NMI | ARI | attribution | accounted | ms |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const sizes = values.sizes!.split(',').map((s) => (s === 'all' ? tickets.length : Number(s))).filter((n, i, all) => n <= tickets.length && all.indexOf(n) === i);
  for (const size of sizes) {
    const runs: GapMetrics[] = [];
    // The report on all tickets, for the checks that only make sense on the whole set.
    let whole: ReturnType<typeof buildReport> | undefined;
    let ms = 0;
    const draws = size === tickets.length ? 1 : Number(values.draws);
    for (let d = 0; d < draws; d++) {
      const sample = size === tickets.length ? tickets : draw(tickets, size, 1000 * size + d);
      const started = performance.now();
      const report = buildReport({ files: [set.name], rowsRead: sample.length, rejected: [], duplicates: 0, tickets: sample, articles, synonyms, matching, similarity, answerShare });
      ms += performance.now() - started;
      if (size === tickets.length) whole = report;
      const metrics = gapMetrics(report, { intentOf, articlesOf: set.articlesOf, noise: set.noise }, sample.map((t) => t.id));
      runs.push(metrics);
      if (values.verbose && d === 0) {
        console.error(`\n${set.name} at ${sample.length} tickets${draws > 1 ? ' (first draw)' : ''}: missed:  ${metrics.missed.join(', ') || 'none'}`);
        for (const t of report.topics) {
          const counts = new Map<string, number>();
          for (const id of t.ticketIds) counts.set(intentOf.get(id)!, (counts.get(intentOf.get(id)!) ?? 0) + 1);
          console.error(`${t.id} ${t.status.padEnd(9)} ${String(t.tickets).padStart(4)} ${t.label.slice(0, 40).padEnd(40)} ${(t.matches[0]?.article ?? '-').padEnd(34)} ${String(t.matches[0]?.score ?? '').padEnd(5)} ${t.terms.slice(0, 4).join(' ').padEnd(30)} ${[...counts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k}:${v}`).join(' ')}`);
        }
        // Covered tickets: intent → article, where the article does not answer the intent.
        const wrong = new Map<string, number>();
        for (const t of report.topics.filter((x) => x.status === 'covered')) {
          for (const id of t.ticketIds) {
            const intent = intentOf.get(id)!;
            if (!(set.articlesOf[intent] ?? []).some((a) => t.matches[0]!.article.endsWith(a))) wrong.set(`${intent} → ${t.matches[0]!.article}`, (wrong.get(`${intent} → ${t.matches[0]!.article}`) ?? 0) + 1);
          }
        }
        console.error(`covered by an article that does not answer them: ${[...wrong].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}:${v}`).join(', ')}`);
        const tail = new Map<string, number>();
        for (const id of report.longTail.ticketIds) tail.set(intentOf.get(id)!, (tail.get(intentOf.get(id)!) ?? 0) + 1);
        console.error(`long tail ${report.longTail.tickets} in ${report.longTail.groups} groups: ${[...tail].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}:${v}`).join(' ')}`);
      }
    }
    const cell = (key: (typeof KEYS)[number]) => {
      const xs = runs.map((r) => r[key]);
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      return runs.length > 1 ? `${mean.toFixed(2)} (${Math.min(...xs).toFixed(2)})` : mean.toFixed(2);
    };
    const pick = (of: (xs: number[]) => number) => Object.fromEntries(FIGURES.map((k) => [k, of(runs.map((r) => r[k]))])) as SizeFigures['mean'];
    figures.push({ size: size === tickets.length ? 'all' : String(size), mean: pick((xs) => xs.reduce((a, b) => a + b, 0) / xs.length), worst: pick((xs) => Math.min(...xs)) });
    console.log(`| ${size === tickets.length ? `all (${size})` : size} | ${cell('topicRecall')} | ${cell('topicPrecision')} | ${cell('ticketPrecision')} / ${cell('ticketRecall')} / ${cell('ticketF1')} | ${cell('nmi')} | ${cell('ari')} | ${cell('attribution')} | ${cell('accounted')} | ${(ms / draws).toFixed(0)} |`);
    if (size === tickets.length && runs[0]!.missed.length) console.log(`\nOpen intents not found at size all: ${runs[0]!.missed.join(', ')}.`);
    if (whole && set.name === 'multilingual') console.log(translationCheck(whole, intentOf));
  }
  return figures;
}

/**
 * The multilingual keys also say which English article a translation-missing ticket needs:
 * the figures above count translation-missing and missing alike as open, this says whether
 * the article to translate is the right one.
 */
function translationCheck(report: ReturnType<typeof buildReport>, intentOf: Map<string, string>): string {
  let right = 0;
  let wrongArticle = 0;
  let notTranslation = 0;
  let keyed = 0;
  const where = new Map(report.topics.flatMap((t) => t.ticketIds.map((id) => [id, t] as const)));
  for (const [id, intent] of intentOf) {
    const topic = where.get(id);
    const [, kind, article] = intent.match(/^\w+:([\w-]+):(.+)$/) ?? [];
    if (kind === 'translation-missing') {
      keyed++;
      if (topic?.status === 'translation-missing' && topic.matches[0]?.article === article) right++;
      else if (topic?.status === 'translation-missing') wrongArticle++;
    } else if (topic?.status === 'translation-missing') notTranslation++;
  }
  return `\nTranslation-missing tickets (key): ${right} of ${keyed} reported translation-missing naming the right article, ${wrongArticle} naming another; ${notTranslation} tickets of other keys reported translation-missing.`;
}

if (values.tickets || values.content || values.map) {
  if (!values.tickets || !values.content || !values.map) {
    console.error('Give all three: --tickets labelled.csv --content path/to/content --map intent-map.json');
    process.exit(2);
  }
  const set = readable(() => labelledCsv(path.basename(values.tickets!), values.tickets!, values.content!, values.map!));
  if (values.oracle) oracle(set);
  else summarise(runAll([set]));
} else if (values.oracle) {
  for (const name of values.set!.split(',')) oracle(readable(() => loadSet(name.trim())));
} else {
  const sets = values.set!.split(',').map((name) => readable(() => loadSet(name.trim())));
  console.log('Mean over five random draws for sizes below all, worst draw in brackets.');
  summarise(runAll(sets));
}

/** A set, or bad usage naming what is wrong with it (a missing file, an unknown set, a missing column), never a stack trace. */
function readable<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    exitWithUsage((error as Error).message, USAGE);
  }
}

/** Each set at each swept value (or once): value → set → its figures. */
function runAll(sets: LabelledSet[]): Map<string, Map<string, SizeFigures[]>> {
  const runs = new Map<string, Map<string, SizeFigures[]>>();
  for (const set of sets) {
    for (const value of sweep?.values ?? [undefined]) {
      const key = value === undefined ? 'default' : String(value);
      if (!runs.has(key)) runs.set(key, new Map());
      runs.get(key)!.set(set.name, runSet(set, sweep && value !== undefined ? { [sweep.key]: value } : {}));
    }
  }
  return runs;
}

/** The sets' scores side by side, what each lacks of the targets, and leave-one-out over a sweep. */
function summarise(runs: Map<string, Map<string, SizeFigures[]>>): void {
  const sets = [...(runs.values().next().value?.keys() ?? [])];
  const scores = new Map([...runs].map(([value, bySet]) => [value, new Map([...bySet].map(([set, figures]) => [set, setScore(figures)]))]));
  const mean = (row: Map<string, number>) => [...row.values()].reduce((a, b) => a + b, 0) / Math.max(1, row.size);
  console.log('\n## Summary\n');
  console.log('Score: the mean of topic recall, topic precision, ticket F1, NMI and attribution over the sizes run (scripts/bench/gap-summary.ts).\n');
  console.log(`| ${sweep ? sweep.name : ''} | ${sets.join(' | ')} | mean |`);
  console.log(`|---|${sets.map(() => '---:|').join('')}---:|`);
  for (const [value, row] of scores) console.log(`| ${value} | ${sets.map((set) => row.get(set)!.toFixed(3)).join(' | ')} | ${mean(row).toFixed(3)} |`);
  if (!sweep) {
    console.log(`\nShort of the targets (${targetsText()}; worst draw within ${WORST_WITHIN.toFixed(2)}), largest gap first:\n`);
    for (const set of sets) {
      const short = shortOfTargets(runs.get('default')!.get(set)!);
      console.log(`- ${set}: ${short.length ? short.slice(0, 6).join('; ') + (short.length > 6 ? `; and ${short.length - 6} more` : '') : 'meets every target'}`);
    }
    return;
  }
  const folds = leaveOneOut(scores);
  if (!folds.length) return;
  console.log(`\nLeave one out: ${sweep.name} chosen on the other sets, score on the set left out.\n`);
  console.log('| left out | chosen | score |');
  console.log('|---|---:|---:|');
  for (const fold of folds) console.log(`| ${fold.set} | ${fold.chosen} | ${fold.score.toFixed(3)} |`);
  console.log(`| mean | | ${(folds.reduce((a, f) => a + f.score, 0) / folds.length).toFixed(3)} |`);
}
