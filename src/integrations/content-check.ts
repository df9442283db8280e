/**
 * Runs the content checker inside Astro: `astro build` stops with the full list of problems;
 * `astro dev` prints them (and again on every content change) but keeps serving, so a writer
 * sees the preview while fixing.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { ContentError } from '../content-files.ts';
import { checkContent, formatProblem } from '../lib/content-check/check-content.ts';
import { readContentSnapshot } from '../lib/content-check/read-snapshot.ts';

function problemsIn(dir: string): string[] {
  try {
    return checkContent(readContentSnapshot(dir)).problems.map(formatProblem);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

export function contentCheck(dir: string): AstroIntegration {
  let logger: AstroIntegrationLogger;
  const report = () => {
    const problems = problemsIn(dir);
    if (problems.length) logger.warn(`${problems.length} content problem(s):\n  ${problems.join('\n  ')}`);
    return problems;
  };
  return {
    name: 'helpcenter:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger: l }) => {
        logger = l;
        if (command !== 'build') return;
        const problems = problemsIn(dir);
        if (problems.length) throw new ContentError(problems);
      },
      'astro:server:setup': ({ server }) => {
        report();
        server.watcher.on('change', (file) => {
          if (file.startsWith(dir)) report();
        });
      },
    },
  };
}
