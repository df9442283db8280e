/**
 * `npm run collector [-- --port 4322] [--db data/helpcenter.db] [--path /api/events] [--origin https://help.example.com]`
 *   Receives the help center's feedback and search events over HTTP and stores them in SQLite
 *   (src/lib/collector/). For a help center served by another host: point `collector` in
 *   site.json at this server's URL and allow the site's origin (its `url` is allowed already).
 *   `npm start` serves the same collector beside the site; this command is for running it alone.
 *
 * `npm run collector -- --export events.ndjson [--db data/helpcenter.db]`
 *   Writes every stored event as one JSON object per line (the events' documented shape, plus
 *   receivedAt and device), for the gap report (`--events`) or another pipeline.
 *
 * `npm run collector -- --schema` prints the events' JSON Schema.
 *
 * Exit codes: 0 done (or stopped), 2 bad usage or the database cannot be opened.
 */
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:http';
import { ContentError, loadSiteSettings } from '../src/content-files.ts';
import { siteCountries } from '../src/lib/gaps/normalize/countries.ts';
import { eventJsonSchema } from '../src/lib/collector/json-schema.ts';
import { EventStore } from '../src/lib/collector/store.ts';
import { nodeCollector } from './collector/listen.ts';
import { parseCommandLine, portOption } from './command-line.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const USAGE = 'Usage: npm run collector [-- --port 4322 --db data/helpcenter.db --origin https://help.example.com] | [-- --export events.ndjson]';
const { values } = parseCommandLine({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4322' },
    db: { type: 'string', default: process.env.HELPCENTER_DB ?? 'data/helpcenter.db' },
    path: { type: 'string' },
    origin: { type: 'string', multiple: true },
    export: { type: 'string' },
    schema: { type: 'boolean' },
    // For load benchmarks from one address; never in production.
    'no-rate-limit': { type: 'boolean' },
  },
}, USAGE);

if (values.schema) {
  console.log(JSON.stringify(eventJsonSchema(), null, 2));
} else if (values.export) {
  let store: EventStore;
  try {
    store = new EventStore(values.db);
  } catch (error) {
    fail(`Cannot open the database ${values.db}: ${(error as Error).message}`);
  }
  const out = values.export === '-' ? process.stdout : createWriteStream(values.export);
  let count = 0;
  for (const event of store.events()) {
    out.write(`${JSON.stringify(event)}\n`);
    count++;
  }
  store.close();
  if (out !== process.stdout) out.end(() => console.error(`${count} events written to ${values.export}.`));
} else {
  // Checked before the database is opened: a typo in the port creates nothing.
  const port = portOption(values.port, USAGE, process.env.PORT === values.port);
  let path = values.path;
  const origins = values.origin ?? [];
  let countries: string[] = [];
  try {
    const settings = loadSiteSettings();
    origins.push(new URL(settings.url).origin);
    countries = siteCountries(settings);
    path ??= settings.collector?.startsWith('/') ? settings.collector : settings.collector ? new URL(settings.collector).pathname : undefined;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(`Site settings not read (${error.message}); give --path and --origin.`);
  }
  path ??= '/api/events';
  let collector: ReturnType<typeof nodeCollector>;
  try {
    collector = nodeCollector({ path, database: values.db, allowedOrigins: origins, rateLimit: !values['no-rate-limit'], countries });
  } catch (error) {
    fail(`Cannot open the database ${values.db}: ${(error as Error).message}`);
  }
  const server = createServer(collector.handle);
  server.on('error', (error: NodeJS.ErrnoException) => fail(error.code === 'EADDRINUSE' ? `Port ${values.port} is in use: npm run collector -- --port 4323` : `Cannot start the collector: ${error.message}`));
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const bound = typeof address === 'object' && address ? address.port : port;
    console.log(`Collecting events at http://127.0.0.1:${bound}${path} into ${values.db} (Ctrl+C to stop)`);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => server.close(() => {
      collector.store.close();
      process.exit(0);
    }));
  }
}
