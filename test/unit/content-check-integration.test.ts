import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { contentCheck } from '../../src/integrations/content-check.ts';
import { loadArticles } from '../../src/lib/gaps/match/load-articles.ts';

const quietLogger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} } as unknown as AstroIntegrationLogger;

describe('the build checks the content once', () => {
  it('hands the search index the articles its check read, as loadArticles reads them, once', () => {
    const integration = contentCheck('content');
    const setup = integration.hooks['astro:config:setup'] as unknown as (options: { command: string; logger: AstroIntegrationLogger }) => void;
    expect(integration.takeArticles()).toBeUndefined();
    setup({ command: 'build', logger: quietLogger });
    expect(integration.takeArticles()).toEqual(loadArticles('content'));
    // Not kept for the rest of the build once taken.
    expect(integration.takeArticles()).toBeUndefined();
  });

  it('reads nothing for the search index outside a build', () => {
    const integration = contentCheck('content');
    const setup = integration.hooks['astro:config:setup'] as unknown as (options: { command: string; logger: AstroIntegrationLogger }) => void;
    setup({ command: 'dev', logger: quietLogger });
    expect(integration.takeArticles()).toBeUndefined();
  });
});
