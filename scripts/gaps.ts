/**
 * `npm run gaps -- <exports…> [options]`: which articles are missing, from real tickets.
 * With no files, runs on the sample export that ships with the repository. The report itself
 * is src/lib/gaps/ (runGapReport); this shell parses arguments, writes files and sets the
 * exit code.
 *
 * Exit codes: 0 no gaps (and coverage at or above --fail-under), 1 gaps found or coverage
 * below --fail-under, 2 bad usage or unusable input.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError, contentDir, loadSiteSettings } from '../src/content-files.ts';
import type { GapReport } from '../src/lib/gaps/build-report.ts';
import { runGapReport } from '../src/lib/gaps/index.ts';
import type { Delimiter } from '../src/lib/gaps/read/csv-records.ts';
import { parseFieldMap, type FieldMap } from '../src/lib/gaps/read/presets.ts';
import { withoutControlCharacters } from '../src/lib/gaps/normalize/clean-text.ts';
import { InputError } from '../src/lib/gaps/read/read-tickets.ts';
import { renderCsv, renderExplain, renderHtml, renderMarkdown, renderTerminal } from '../src/lib/gaps/render.ts';
import { scaffoldArticles } from '../src/lib/gaps/scaffold.ts';
import { parseCommandLine, type Print } from './command-line.ts';

const SAMPLE = 'scripts/gaps/sample-tickets.csv';
const USAGE = `Usage: npm run gaps -- [files…] [options]

Files: ticket exports in CSV, JSON or NDJSON (Zendesk, Freshdesk, Help Scout, Intercom,
Gorgias, Jira Service Management, HubSpot or any export with subject/body columns).
Without files, the sample export ${SAMPLE} is used.

Options:
  --format terminal|md|json|csv|html   output format (default terminal)
  --out FILE                           write the report to FILE instead of the terminal
  --map field=Column,…                 name columns yourself (fields: id, created, subject,
                                       body, tags, channel, status, language,
                                       country, timezone: where phone numbers
                                       without a country code are looked for)
  --encoding NAME                      file encoding if not UTF-8 (e.g. windows-1252);
                                       UTF-16 is recognised by itself
  --delimiter ,|;|tab|pipe             CSV delimiter (default: read from the header row)
  --order-pattern REGEX                your order numbers, redacted (default LK-\\d{6})
  --explain TOPIC                      why a topic is missing, weak or covered
  --scaffold DIR                       write a draft article for each missing topic, and
                                       a draft translation (DIR/<locale>/…) for each
                                       translation-missing one
  --fail-under RATIO                   exit 1 when coverage is below RATIO (0–1), for CI
  --threads N                          worker threads for reading tickets (default: one
                                       per core for exports over 4 MB; 0 = none)
  --searches FILE                      the site's helpcenter:search events (NDJSON/CSV):
                                       zero-result queries count as tickets (repeatable)
  --counts FILE                        aggregated counts topic,count[,language,month]
                                       from a warehouse query (repeatable)
  --events FILE                        the collector's database (data/helpcenter.db) or
                                       its NDJSON export: zero-result searches count as
                                       tickets; articles customers vote down are listed
                                       and make their topics weak (repeatable)
  --content DIR                        help center content folder (default content/)
  --help                               this text
`;

/**
 * Everything this command prints goes through here: ticket text has lost its control
 * characters when it was read (normalize/clean-text.ts), and this keeps any other way in
 * (a file name, a column name in a message) from reaching the terminal either.
 */
const print: Print = (stream, text) => stream.write(withoutControlCharacters(text));

function fail(message: string): never {
  print(process.stderr, `${message}\n`);
  process.exit(2);
}

const { values, positionals } = parseCommandLine(
  {
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'terminal' },
      out: { type: 'string' },
      map: { type: 'string' },
      encoding: { type: 'string' },
      delimiter: { type: 'string' },
      'order-pattern': { type: 'string', default: 'LK-\\d{6}' },
      explain: { type: 'string' },
      scaffold: { type: 'string' },
      'fail-under': { type: 'string' },
      threads: { type: 'string' },
      content: { type: 'string' },
      searches: { type: 'string', multiple: true, default: [] },
      counts: { type: 'string', multiple: true, default: [] },
      events: { type: 'string', multiple: true, default: [] },
    },
  },
  USAGE,
  print,
);
const format = values.format!;
if (!['terminal', 'md', 'json', 'csv', 'html'].includes(format)) fail(`--format must be one of terminal, md, json, csv, html (got "${format}").`);
const failUnder = values['fail-under'] === undefined ? undefined : Number(values['fail-under']);
if (failUnder !== undefined && !(failUnder >= 0 && failUnder <= 1)) fail(`--fail-under must be a ratio between 0 and 1, e.g. 0.8 (got "${values['fail-under']}").`);
const threads = values.threads === undefined ? undefined : Number(values.threads);
if (threads !== undefined && !(Number.isInteger(threads) && threads >= 0 && threads <= 64)) fail(`--threads must be a whole number from 0 to 64, e.g. 2 (got "${values.threads}").`);
const DELIMITER_NAMES: Record<string, Delimiter> = { ',': ',', comma: ',', ';': ';', semicolon: ';', tab: '\t', '\t': '\t', '\\t': '\t', '|': '|', pipe: '|' };
const delimiter = values.delimiter === undefined ? undefined : DELIMITER_NAMES[values.delimiter.toLowerCase()];
if (values.delimiter !== undefined && !delimiter) fail(`--delimiter must be one of , ; tab pipe (got "${values.delimiter}").`);
let map: FieldMap | undefined;
let orderPattern: RegExp;
try {
  map = values.map ? parseFieldMap(values.map) : undefined;
  orderPattern = new RegExp(values['order-pattern']!);
} catch (error) {
  fail((error as Error).message);
}

// The shipped sample export only when no input at all is given: with --searches, --counts or
// --events alone, just those (mixing in the sample made the report about someone else's shop).
const sample = !positionals.length && !values.events!.length && !values.searches!.length && !values.counts!.length;
const files = sample ? [SAMPLE] : positionals;
if (sample) print(process.stderr, `No export given: this is the report of the sample export ${SAMPLE}. Give yours: npm run gaps -- tickets.csv\n`);
let report: GapReport;
const dir = values.content ? path.resolve(values.content) : contentDir();
let defaultLocale = 'en';
try {
  // The inputs are checked before the help center is read (runGapReport does both, in that order).
  report = await runGapReport({ tickets: files, searches: values.searches!, counts: values.counts!, events: values.events!, sample }, { content: dir, map, encoding: values.encoding, delimiter, orderPattern, threads });
} catch (error) {
  if (error instanceof InputError || error instanceof ContentError) fail(error.message);
  throw error;
}
defaultLocale = loadSiteSettings(dir).locales[0]?.code ?? defaultLocale;

if (values.explain) {
  const text = renderExplain(report, values.explain);
  if (!text) fail(`No topic "${values.explain}". Topics: ${report.topics.slice(0, 15).map((t) => t.id).join(', ')}…`);
  print(process.stdout, text);
} else {
  const rendered = { terminal: renderTerminal, md: renderMarkdown, csv: renderCsv, html: renderHtml, json: (r: GapReport) => `${JSON.stringify(r, null, 2)}\n` }[format as 'json'](report);
  if (values.out) {
    writeFileSync(values.out, rendered);
    print(process.stderr, `Report written to ${values.out}\n`);
  } else print(process.stdout, rendered);
}

if (values.scaffold) {
  mkdirSync(values.scaffold, { recursive: true });
  // Translation drafts start from the default-language article's own source.
  const sourceOf = (article: string) => {
    const file = ['.mdx', '.md'].map((ext) => path.join(dir, 'articles', defaultLocale, `${article}${ext}`)).find((f) => existsSync(f));
    return file && readFileSync(file, 'utf8');
  };
  const result = scaffoldArticles(report, values.scaffold, existsSync, new Date(), sourceOf);
  for (const written of result.written) {
    mkdirSync(path.dirname(written.path), { recursive: true });
    writeFileSync(written.path, written.content, { flag: 'wx' });
  }
  print(process.stderr, `Drafts written: ${result.written.length} in ${values.scaffold}${result.skipped.length ? `; ${result.skipped.length} skipped because the file exists: ${result.skipped.join(', ')}` : ''}\n`);
}

const gaps = report.topics.filter((t) => t.status !== 'covered').length;
const belowTarget = failUnder !== undefined && report.coverage.ratio < failUnder;
if (belowTarget) print(process.stderr, `Coverage ${report.coverage.ratio} is below --fail-under ${failUnder}.\n`);
process.exitCode = belowTarget || (failUnder === undefined && gaps > 0) ? 1 : 0;
