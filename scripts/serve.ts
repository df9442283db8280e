/**
 * Serves the built site (dist/) on 127.0.0.1 the way a static host does: directory URLs
 * serve index.html, unknown paths get 404.html with status 404. Used by `npm start`,
 * `npm run preview` and the browser tests. Honors the base path (BASE_PATH).
 *
 * When the site settings name a collector on this site (`"collector": "/api/events"`), that
 * path is the event collector (scripts/collector/listen.ts), storing feedback and searches in
 * data/helpcenter.db (HELPCENTER_DB to change it): `npm start` shows the whole loop.
 *
 *   node scripts/serve.ts [--build] [--port 4321] [--dir dist] [--db data/helpcenter.db]
 *
 * `npm start` is `serve.ts --build`: the options are read before the build, so a mistyped
 * one is a line at once, not after a minute of building.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ContentError, loadSiteSettings } from '../src/content-files.ts';
import { siteCountries } from '../src/lib/gaps/normalize/countries.ts';
import { nodeCollector, type CollectorSetup, type NodeCollector } from './collector/listen.ts';
import { exitWithUsage, parseCommandLine, portOption } from './command-line.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

async function fileAt(file: string): Promise<string | undefined> {
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) return fileAt(path.join(file, 'index.html'));
  return undefined;
}

export function startServer(options: { dir: string; port: number; base?: string; collector?: CollectorSetup }): Promise<Server & { url: string; collector?: NodeCollector }> {
  const root = path.resolve(options.dir);
  const base = options.base ?? '/';
  const collector = options.collector ? nodeCollector(options.collector) : undefined;
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (collector && url.pathname === collector.path) {
      collector.handle(request, response);
      return;
    }
    let pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(base)) pathname = '/__outside_base__';
    const relative = pathname.slice(base.length);
    const target = path.join(root, relative);
    // Directory URLs without the trailing slash redirect, as static hosts do.
    if (!pathname.endsWith('/') && !path.extname(pathname) && (await stat(target).catch(() => undefined))?.isDirectory()) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const file = target.startsWith(root) ? await fileAt(target) : undefined;
    const served = file ?? (await fileAt(path.join(root, '404.html')));
    if (!served) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(file ? 200 : 404, { 'Content-Type': TYPES[path.extname(served)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    createReadStream(served).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.once('close', () => collector?.store.close());
    server.listen(options.port, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolve(Object.assign(server, { url: `http://127.0.0.1:${port}${base}`, collector }));
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const usage = `Usage: node scripts/serve.ts [--build] [--port 4321] [--dir dist] [--db data/helpcenter.db]
(npm start builds first: npm start -- --port 4000; npm run preview serves the last build)

  --build     build the site first (npm run build), then serve it
  --port N    port on 127.0.0.1, 0 for any free one (default: PORT, else 4321)
  --dir DIR   the built site (default dist)
  --db FILE   where the collector stores events, when site.json names one on this site
              (default: HELPCENTER_DB, else data/helpcenter.db)
  --help      this text`;
  const { values } = parseCommandLine({ options: { build: { type: 'boolean', default: false }, port: { type: 'string', default: process.env.PORT ?? '4321' }, dir: { type: 'string', default: 'dist' }, db: { type: 'string', default: process.env.HELPCENTER_DB ?? 'data/helpcenter.db' } } }, usage);
  const port = portOption(values.port, usage, process.env.PORT === values.port);
  if (values.build) {
    // The one build definition, package.json's; its own output says what failed.
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.error) console.error(`Cannot run npm run build: ${build.error.message}. Build with npm run build, then: npm run preview`);
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const base = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/') : '/';
  // `npm run preview` serves whatever was built last: nothing built, or a site.json broken
  // since, is one line for the reader, not a stack trace or a server of 404s.
  if (!existsSync(path.join(values.dir, 'index.html'))) {
    console.error(`Nothing to serve: ${values.dir}/index.html does not exist. Build the site first: npm run build (or npm start, which builds and serves).`);
    process.exit(2);
  }
  let settings;
  try {
    settings = loadSiteSettings();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(`${error.message}\nFix it, then: npm start`);
    process.exit(2);
  }
  // Only a collector on this site is served here; a full URL is the company's own endpoint.
  const collector = settings.collector?.startsWith('/') ? { path: settings.collector, database: values.db, allowedOrigins: [new URL(settings.url).origin], countries: siteCountries(settings) } : undefined;
  startServer({ dir: values.dir, port, base, collector })
    .then((server) => {
      console.log(`Help center running at ${server.url} (Ctrl+C to stop)`);
      if (collector) console.log(`Feedback and search events: ${collector.path}, stored in ${collector.database}`);
    })
    .catch((error: NodeJS.ErrnoException) => {
      console.error(error.code === 'EADDRINUSE' ? `Port ${values.port} is in use. Start on another one: PORT=4322 npm start` : `Cannot start the server: ${error.message}`);
      process.exitCode = 2;
    });
}
