/**
 * `npm run bench:redaction [-- --seed 2 --items 2800 --look-alikes 2800]`
 *
 * How well the gap report's redaction (src/lib/gaps/normalize/redact.ts) removes personal
 * data and leaves everything else alone, on a generated, labelled corpus
 * (test/fixtures/redaction/corpus.ts): e-mail addresses, phone numbers of 30 countries in
 * national and international formats, card numbers, IBANs, VAT numbers and national ID
 * numbers inside ticket sentences, and look-alikes (order and tracking numbers, dates, times,
 * prices, postcodes, product codes). Each sample is redacted as the report does it: the
 * countries tried come from the ticket's language and this help center's settings.
 *
 * Prints recall per kind (personal data replaced whole by a placeholder, the sentence around
 * it intact) and the share of look-alikes damaged (changed at all), with the misses by country
 * or format. The redactor was built against seed 1; the figures in BENCHMARKS.md are seed 2.
 */
import { loadSiteSettings } from '../src/content-files.ts';
import { createCountryPicker, siteCountries } from '../src/lib/gaps/normalize/countries.ts';
import { redact } from '../src/lib/gaps/normalize/redact.ts';
import { PHONE_COUNTRIES_TRIED } from '../src/lib/gaps/tuning.ts';
import { redactionCorpus, scoreRedaction } from '../test/fixtures/redaction/corpus.ts';
import { parseCommandLine } from './command-line.ts';

const USAGE = `Usage: npm run bench:redaction [-- --seed 2 --items 2800 --look-alikes 2800] [--verbose]

How well redaction removes personal data and leaves look-alikes alone, on a generated corpus.
  --seed N          the corpus's random seed (default 2; the redactor was built against 1)
  --items N         samples of personal data (default 2800)
  --look-alikes N   samples of look-alikes: order numbers, dates, prices… (default 2800)
  --verbose         every miss, before and after redaction
  --help            this text`;
const { values } = parseCommandLine({ options: { seed: { type: 'string', default: '2' }, items: { type: 'string', default: '2800' }, 'look-alikes': { type: 'string', default: '2800' }, verbose: { type: 'boolean', default: false } } }, USAGE);
const seed = Number(values.seed);
const samples = redactionCorpus(seed, Number(values.items), Number(values['look-alikes']));
const site = siteCountries(loadSiteSettings());
const countriesFor = createCountryPicker(site, PHONE_COUNTRIES_TRIED);
const orderPattern = /LK-\d{6}/;

const started = performance.now();
const scores = scoreRedaction(samples, (text, language) => redact(text, { orderPattern, countries: countriesFor(language, undefined) }));
const micros = ((performance.now() - started) * 1000) / samples.length;

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const worst = (by: Record<string, number>) => Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([d, n]) => `${d} ${n}`).join(', ');
console.log(`\nRedaction on a generated corpus, seed ${seed}: ${samples.filter((s) => s.personal).length} items of personal data, ${samples.filter((s) => !s.personal).length} look-alikes (site countries ${site.join(', ')}; ${micros.toFixed(1)} µs a sentence)\n`);
console.log('| kind | samples | recall | missed, by country or format |');
console.log('|---|---:|---:|---|');
for (const s of scores.filter((s) => s.personal)) console.log(`| ${s.kind} | ${s.samples} | ${pct(s.right / s.samples)} | ${worst(s.missesBy) || '—'} |`);
console.log('\n| look-alike | samples | damaged | damaged, by format |');
console.log('|---|---:|---:|---|');
const lookAlikes = scores.filter((s) => !s.personal);
for (const s of lookAlikes) console.log(`| ${s.kind} | ${s.samples} | ${pct(1 - s.right / s.samples)} | ${worst(s.missesBy) || '—'} |`);
const total = lookAlikes.reduce((n, s) => n + s.samples, 0);
const damaged = lookAlikes.reduce((n, s) => n + s.samples - s.right, 0);
console.log(`| all | ${total} | ${pct(damaged / total)} | |`);
if (values.verbose) for (const s of scores) for (const m of s.misses) console.log(`${s.kind} ${m.detail}: ${m.text}\n  → ${m.redacted}`);
