import type { AstroIntegrationLogger } from 'astro';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentCheck } from '../../src/integrations/content-check.ts';
import { loadArticles } from '../../src/lib/gaps/match/load-articles.ts';

const quietLogger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} } as unknown as AstroIntegrationLogger;

describe('the build checks the content once', () => {
  it('hands the search index the articles its check read, as loadArticles reads them, once', async () => {
    const integration = contentCheck('content');
    const setup = integration.hooks['astro:config:setup'] as unknown as (options: { command: string; config: { root: URL }; logger: AstroIntegrationLogger }) => void;
    const start = integration.hooks['astro:build:start'] as unknown as () => Promise<void>;
    expect(integration.takeArticles()).toBeUndefined();
    setup({ command: 'build', config: { root: pathToFileURL(`${process.cwd()}/`) }, logger: quietLogger });
    // Checked in a process of its own while Astro syncs; the build waits for it before compiling.
    expect(integration.takeArticles()).toBeUndefined();
    await start();
    expect(integration.takeArticles()).toEqual(loadArticles('content'));
    // Not kept for the rest of the build once taken.
    expect(integration.takeArticles()).toBeUndefined();
  });

  it('reads nothing for the search index outside a build', () => {
    const integration = contentCheck('content');
    const setup = integration.hooks['astro:config:setup'] as unknown as (options: { command: string; config: { root: URL }; logger: AstroIntegrationLogger }) => void;
    setup({ command: 'dev', config: { root: pathToFileURL(`${process.cwd()}/`) }, logger: quietLogger });
    expect(integration.takeArticles()).toBeUndefined();
  });
});
