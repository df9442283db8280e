/**
 * `npm run bench:search [-- --set larkspur,bitext,travel,work,auto,telecom] [--no-build] [--verbose] [--sweep] [--loo]`
 *   (telecom is held out: reported, left out of --sweep and --loo)
 * `npm run bench:search -- --queries queries.csv --content path/to/content`
 *
 * Search quality on labelled query sets, through the site's own search code (src/lib/search)
 * on each help center's built Pagefind index and word list, as the browser runs it. A query
 * set is a CSV with `query`, `language`, `style` and `expected` (article keys
 * `<category>/<slug>` separated by `|`, or `none` when the help center does not answer it).
 *
 * Per set, language and style: hit@1, hit@3 and MRR of answerable queries (a query shown as
 * "no good match" shows no article, so it is a miss), the share of answerable queries shown
 * confidently (no "not sure"), the share of unanswerable ones shown as "no good match", and
 * corrections (queries outside the `typo` style whose words were changed, and changes of a
 * word the site uses, which must be 0). `--sweep` prints the same figures for other
 * confidence thresholds, from the score each query got (tuning.ts). `--loo` chooses the "no
 * good match" threshold leave-one-out, as tuning.ts's was: each set held out in turn, the
 * threshold chosen on the others.
 *
 * Sets: `larkspur` (test/fixtures/search-queries/larkspur.csv on the sample, four languages),
 * `bitext` (the Bitext utterances on the sample; intents the sample answers per
 * test/fixtures/search-intents.json, the others unanswerable), and the CLINC150 `travel`,
 * `work` and `auto` help centers of test/fixtures/helpcenters/ (their domain's test requests,
 * intents without an article and 100 out-of-scope requests unanswerable).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSiteSettings } from '../src/content-files.ts';
import { synonymsFor } from '../src/lib/locales.ts';
import { ArticleFinder, type FoundArticles } from '../src/lib/search/find-articles.ts';
import { shardOf, type SiteLexicon } from '../src/lib/search/lexicon.ts';
import { CONFIDENT_SCORE, NO_MATCH_SCORE } from '../src/lib/search/tuning.ts';
import { CLINC_DOMAIN, HELD_OUT, clincRequests, heldOutNote, readCsvObjects } from './bench/labelled-data.ts';
import { loadPagefind, siteLexiconOnDisk } from '../src/integrations/pagefind-node.ts';
import { parseCommandLine } from './command-line.ts';

const SETS = ['larkspur', 'bitext', 'travel', 'work', 'auto', 'telecom'] as const;

const USAGE = `Usage: npm run bench:search [-- --set ${SETS.join(',')}] [--no-build] [--verbose] [--sweep] [--loo]
       npm run bench:search -- --queries queries.csv --content path/to/content

Search quality on labelled query sets, through the site's own search code (telecom is held out).
  --set A,B         the query sets to run (default all of them)
  --queries FILE    a query set of your own (CSV: query, language, style, expected)
  --content DIR     the help center it is asked of (default content/)
  --no-build        reuse each help center's last build where there is one
  --verbose         each miss, and each unanswerable query shown with results
  --sweep           the figures at other confidence thresholds
  --loo             choose the "no good match" threshold leave-one-out
  --help            this text`;
const { values } = parseCommandLine({
  options: {
    set: { type: 'string', default: SETS.join(',') },
    queries: { type: 'string' },
    content: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    sweep: { type: 'boolean', default: false },
    loo: { type: 'boolean', default: false },
  },
}, USAGE);

interface Query {
  query: string;
  language: string;
  style: string;
  /** Article keys that answer it; empty: the help center does not. */
  expected: string[];
}

interface QuerySet {
  name: string;
  content: string;
  queries: Query[];
}

function csvSet(name: string, file: string, content: string): QuerySet {
  const queries = readCsvObjects(file).map((r, i) => {
    if (r.query === undefined || r.expected === undefined) throw new Error(`${file}: needs the columns query, language, style and expected (row ${i + 2}).`);
    const expected = r.expected.trim() === 'none' ? [] : r.expected.split('|').map((s) => s.trim()).filter(Boolean);
    return { query: r.query, language: r.language || 'en', style: r.style || 'query', expected };
  });
  return { name, content, queries };
}

function loadSet(name: string): QuerySet {
  if (name === 'larkspur') return csvSet(name, 'test/fixtures/search-queries/larkspur.csv', 'content');
  if (name === 'telecom') return csvSet(name, 'test/fixtures/search-queries/telecom.csv', 'test/fixtures/helpcenters/telecom');
  if (name === 'bitext') {
    const mapping = JSON.parse(readFileSync('test/fixtures/search-intents.json', 'utf8')) as { intents: Record<string, string[]> };
    const rows = readCsvObjects('../shared/data/bitext-sample/utterances.csv');
    return { name, content: 'content', queries: rows.map((r) => ({ query: r.instruction!, language: 'en', style: 'bitext', expected: mapping.intents[r.intent!] ?? [] })) };
  }
  if (name in CLINC_DOMAIN) {
    const { dir, rows } = clincRequests(name as keyof typeof CLINC_DOMAIN);
    const map = JSON.parse(readFileSync(`${dir}/intent-map.json`, 'utf8')) as { intents: Record<string, string[]> };
    return { name, content: dir, queries: rows.map((r) => ({ query: r.text, language: 'en', style: r.intent === 'oos' ? 'out-of-scope' : 'clinc', expected: map.intents[r.intent] ?? [] })) };
  }
  throw new Error(`Unknown set "${name}". Sets: ${SETS.join(', ')}; or give --queries and --content.`);
}

/** Builds a help center into its own folder (the sample into dist/, as `npm run build` does). */
function build(content: string): string {
  const sample = path.resolve(content) === path.resolve('content');
  const out = sample ? path.resolve('dist') : path.join(tmpdir(), `helpcenter-search-${path.basename(content)}`);
  if (values['no-build'] && existsSync(out)) return out;
  const args = sample ? ['run', 'build'] : ['run', 'build', '--', '--outDir', out];
  const result = spawnSync('npm', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, HELPCENTER_CONTENT_DIR: path.resolve(content) } });
  if (result.status !== 0) process.exit(result.status ?? 1);
  return out;
}

interface Outcome {
  query: Query;
  found: FoundArticles;
  /** Keys of the results, best first (up to 10). */
  keys: string[];
  /** 1-based rank of the first right article among the results, 0 when none. */
  rank: number;
}

async function runSet(set: QuerySet): Promise<Outcome[]> {
  const out = build(set.content);
  const settings = loadSiteSettings(path.resolve(set.content));
  const defaultLocale = settings.locales[0]!.code;
  const outcomes: Outcome[] = [];
  const lexicons = new Map<string, SiteLexicon>();
  for (const language of [...new Set(set.queries.map((q) => q.language))]) {
    const pagefind = await loadPagefind(out, '/', language);
    const finder = new ArticleFinder(pagefind);
    const lexicon = siteLexiconOnDisk(out, language);
    lexicons.set(language, lexicon);
    const synonyms = synonymsFor(settings, language);
    const keyOf = (url: string) => url.replace(/^\/|\/$/g, '').replace(language === defaultLocale ? /^$/ : new RegExp(`^${language}/`), '');
    for (const query of set.queries.filter((q) => q.language === language)) {
      const found = await finder.find(query.query, { synonyms, locale: language, lexicon });
      const keys = await Promise.all(found.results.slice(0, 10).map(async (r) => keyOf((await r.result.data()).url)));
      const rank = keys.findIndex((k) => query.expected.includes(k)) + 1;
      outcomes.push({ query, found, keys, rank });
    }
  }
  // Changes of words the site uses: none should ever happen.
  for (const outcome of outcomes) {
    const lexicon = lexicons.get(outcome.query.language)!;
    for (const c of outcome.found.corrections) {
      const shard = shardOf(c.from);
      const site = shard ? await lexicon.words(shard) : undefined;
      if (site?.words.has(c.from)) siteWordChanges.push(`${set.name}: "${c.from}" → "${c.to}" in "${outcome.query.query}"`);
    }
  }
  return outcomes;
}
const siteWordChanges: string[] = [];

interface Figures {
  answerable: number;
  hit1: number;
  hit3: number;
  mrr: number;
  confident: number;
  unanswerable: number;
  noMatch: number;
  corrected: number;
  spelled: number;
}

/** Figures as shown to customers; with thresholds, as they would be shown with those (`--sweep`). */
function figures(outcomes: Outcome[], thresholds?: { confident: number; noMatch: number }): Figures {
  const strength = (o: Outcome) => o.found.strength ?? 0;
  const level = (o: Outcome) => (!thresholds ? o.found.confidence : o.found.results.length === 0 || strength(o) < thresholds.noMatch ? 'none' : strength(o) >= thresholds.confident ? 'strong' : 'weak');
  const answerable = outcomes.filter((o) => o.query.expected.length);
  const unanswerable = outcomes.filter((o) => !o.query.expected.length);
  const shownRank = (o: Outcome) => (level(o) === 'none' ? 0 : o.rank);
  const spelled = outcomes.filter((o) => o.query.style !== 'typo' && o.query.style !== 'gibberish');
  return {
    answerable: answerable.length,
    hit1: answerable.filter((o) => shownRank(o) === 1).length,
    hit3: answerable.filter((o) => shownRank(o) >= 1 && shownRank(o) <= 3).length,
    mrr: answerable.reduce((sum, o) => sum + (shownRank(o) ? 1 / shownRank(o) : 0), 0),
    confident: answerable.filter((o) => level(o) === 'strong').length,
    unanswerable: unanswerable.length,
    noMatch: unanswerable.filter((o) => level(o) === 'none').length,
    corrected: spelled.filter((o) => o.found.corrections.length).length,
    spelled: spelled.length,
  };
}

const share = (a: number, n: number) => (n ? (a / n).toFixed(2) : '–');

function row(label: string, f: Figures): string {
  return `| ${label} | ${f.answerable} | ${share(f.hit1, f.answerable)} | ${share(f.hit3, f.answerable)} | ${share(f.mrr, f.answerable)} | ${share(f.confident, f.answerable)} | ${f.unanswerable} | ${share(f.noMatch, f.unanswerable)} | ${f.corrected}/${f.spelled} |`;
}

const HEADER = '| | answerable | hit@1 | hit@3 | MRR | shown confidently | unanswerable | shown "no good match" | corrected (not typo) |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|';

const sets = values.queries ? [csvSet(path.basename(values.queries, '.csv'), values.queries, values.content ?? 'content')] : values.set.split(',').map((s) => loadSet(s.trim()));
console.log(`Confidence: shown confidently from a score of ${CONFIDENT_SCORE}, "no good match" under ${NO_MATCH_SCORE} of the site's calibration score (src/lib/search/tuning.ts).`);
const all = new Map<string, Outcome[]>();
for (const set of sets) {
  const started = performance.now();
  const outcomes = await runSet(set);
  if (!HELD_OUT.has(set.name)) all.set(set.name, outcomes);
  const ms = (performance.now() - started) / Math.max(1, outcomes.length);
  console.log(`\n### ${set.name}${heldOutNote(set.name)}: ${outcomes.length} queries (${set.content}), ${ms.toFixed(1)} ms per query from Node\n`);
  console.log(HEADER);
  console.log(row('**all**', figures(outcomes)));
  const languages = [...new Set(outcomes.map((o) => o.query.language))];
  if (languages.length > 1) for (const language of languages) console.log(row(`language ${language}`, figures(outcomes.filter((o) => o.query.language === language))));
  const styles = [...new Set(outcomes.map((o) => o.query.style))];
  if (styles.length > 1) for (const style of styles) console.log(row(`style ${style}`, figures(outcomes.filter((o) => o.query.style === style))));
  if (values.verbose) {
    console.log('\nMisses (answerable, not in the top 3 shown) and unanswerable queries shown with results:');
    for (const o of outcomes) {
      const shown = o.found.confidence === 'none' ? '(no good match)' : o.keys.slice(0, 3).join(', ');
      const fixes = o.found.corrections.map((c) => `${c.from}→${c.to}`).join(' ');
      const note = `score ${(o.found.strength ?? 0).toFixed(3)}, covers ${o.found.coverage.toFixed(2)}${fixes ? ` ${fixes}` : ''}${o.found.unknown.length ? ` unknown: ${o.found.unknown.join(' ')}` : ''}`;
      if (o.query.expected.length && !(o.found.confidence !== 'none' && o.rank >= 1 && o.rank <= 3)) console.log(`  miss  [${o.query.language}/${o.query.style}] "${o.query.query}" want ${o.query.expected.join('|')} got ${shown} (${note})`);
      if (!o.query.expected.length && o.found.confidence !== 'none') console.log(`  shown [${o.query.language}/${o.query.style}] "${o.query.query}" got ${shown} (${note})`);
    }
  }
}

if (values.sweep) {
  console.log('\n### Confidence thresholds swept (hit@3 / shown confidently / unanswerable shown "no good match")\n');
  const grid: [number, number][] = [];
  // The defaults among them, so the sweep's row for them reads as the tables above.
  const sorted = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);
  for (const noMatch of sorted([0.02, 0.04, NO_MATCH_SCORE, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2])) for (const confident of sorted([0.06, CONFIDENT_SCORE, 0.1, 0.15, 0.2])) if (confident >= noMatch) grid.push([noMatch, confident]);
  console.log(`| no match under | confident from | ${[...all.keys()].join(' | ')} |\n|---:|---:|${[...all.keys()].map(() => '---|').join('')}`);
  for (const [noMatch, confident] of grid) {
    const cells = [...all.values()].map((outcomes) => {
      const f = figures(outcomes, { confident, noMatch });
      return `${share(f.hit3, f.answerable)} / ${share(f.confident, f.answerable)} / ${share(f.noMatch, f.unanswerable)}`;
    });
    console.log(`| ${noMatch} | ${confident} | ${cells.join(' | ')} |`);
  }
}

if (values.loo && all.size > 1) {
  // What tuning.ts's NO_MATCH_SCORE is chosen by: twice hit@3, plus answerable shown
  // confidently, plus unanswerable shown "no good match", over 4; confident from the same
  // threshold (the score gives "not sure" no credit). 150 thresholds from 0.005 to 20.
  const grid = Array.from({ length: 150 }, (_, i) => 0.005 * Math.pow(20 / 0.005, i / 149));
  const objective = (outcomes: Outcome[], t: number) => {
    const f = figures(outcomes, { confident: t, noMatch: t });
    return (2 * f.hit3 / f.answerable + f.confident / f.answerable + (f.unanswerable ? f.noMatch / f.unanswerable : 0)) / 4;
  };
  const scores = new Map([...all].map(([name, outcomes]) => [name, grid.map((t) => objective(outcomes, t))]));
  console.log('\n### "No good match" threshold chosen leave-one-out\n\n| held out | chosen on the others | objective held out |\n|---|---:|---:|');
  let held = 0;
  for (const name of all.keys()) {
    const others = [...all.keys()].filter((n) => n !== name);
    let best = 0;
    grid.forEach((_, i) => {
      const mean = (j: number) => others.reduce((sum, n) => sum + scores.get(n)![j]!, 0);
      if (mean(i) > mean(best) + 1e-12) best = i;
    });
    held += scores.get(name)![best]! / all.size;
    console.log(`| ${name} | ${+grid[best]!.toPrecision(3)} | ${scores.get(name)![best]!.toFixed(3)} |`);
  }
  console.log(`\nHeld out, mean: ${held.toFixed(3)}.`);
}

console.log(`\nChanges of a word the site uses: ${siteWordChanges.length}${siteWordChanges.length ? `\n  ${siteWordChanges.join('\n  ')}` : ''}`);
