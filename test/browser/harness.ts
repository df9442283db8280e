/**
 * Starts the built site (dist/) on 127.0.0.1 and Debian's Chromium through playwright-core.
 * `npm test` builds first; run `npm run build` before running browser tests alone.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer } from '../../scripts/serve.ts';
import { loadSiteSettings } from '../../src/content-files.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Site {
  url: string;
  /** The collector's SQLite file (feedback and search events sent during the tests). */
  database: string;
  context: BrowserContext;
  /** Opens a page that records console errors and requests leaving 127.0.0.1. */
  open(path: string): Promise<{ page: Page; consoleErrors: string[]; foreignRequests: string[] }>;
  close(): Promise<void>;
}

export async function startSite(): Promise<Site> {
  const dist = path.resolve('dist');
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does it for you).');
  const profile = mkdtempSync(path.join(tmpdir(), 'helpcenter-chromium-'));
  // The collector the built site posts to, as `npm start` serves it, with a database of its own.
  const database = path.join(mkdtempSync(path.join(tmpdir(), 'helpcenter-events-')), 'events.db');
  const collector = loadSiteSettings().collector;
  const server = await startServer({ dir: dist, port: 0, ...(collector?.startsWith('/') ? { collector: { path: collector, database } } : {}) });
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 900 } });
  return {
    url: server.url,
    database,
    context,
    async open(target) {
      const page = await context.newPage();
      const consoleErrors: string[] = [];
      const foreignRequests: string[] = [];
      page.on('console', (message: ConsoleMessage) => {
        if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      page.on('request', (request) => {
        if (!request.url().startsWith(server.url.replace(/\/$/, '')) && !request.url().startsWith('data:')) foreignRequests.push(request.url());
      });
      await page.goto(new URL(target.replace(/^\//, ''), server.url).href);
      return { page, consoleErrors, foreignRequests };
    },
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      rmSync(profile, { recursive: true, force: true });
      rmSync(path.dirname(database), { recursive: true, force: true });
    },
  };
}

/** One site and browser for the whole test file: `const site = useSite();` then `site().open(…)`. */
export function useSite(): () => Site {
  let site: Site | undefined;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => {
    await site?.close();
  });
  return () => {
    if (!site) throw new Error('The site is not started yet: call site() inside a test.');
    return site;
  };
}
