/**
 * Runs the content checker inside Astro: `astro build` stops with the full list of problems
 * (and exit code 1, without a stack trace);
 * `astro dev` prints them (and again on every content change) and shows them in the browser
 * instead of the page until they are fixed (`dev-problem-page.ts`).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fork } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../content-files.ts';
import type { ArticleText } from '../lib/gaps/match/load-articles.ts';
import { checkFolder, type FolderCheck } from './check-folder.ts';
import { devProblemPage } from './dev-problem-page.ts';

const problemsIn = (dir: string) => checkFolder(dir).problems;

/** The check in a process of its own (content-check-worker.ts); `root`: the project's folder. */
function checkInProcess(root: string, dir: string): Promise<FolderCheck> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const child = fork(path.join(root, 'src/integrations/content-check-worker.ts'), [dir], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (result) => {
      answered = true;
      resolve(result as FolderCheck);
    });
    child.once('error', reject);
    // A check that failed has printed why (its stack trace: a bug, not a content problem).
    child.once('exit', (code) => answered || reject(new Error(`The content check stopped (exit code ${code}) before it finished.`)));
  });
}

/** Every file under the content folder with its size and time: changes when any file does. */
function contentStamp(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const info = statSync(file, { throwIfNoEntry: false });
      return `${file}:${info?.size}:${info?.mtimeMs}`;
    })
    .sort()
    .join('\n');
}

export interface ContentCheck extends AstroIntegration {
  /**
   * The articles as text (`loadArticles`), from the check at the start of `astro build`, for
   * the search index at its end: reading and parsing every article a second time cost 5% of a
   * 1,000-article build (BENCHMARKS.md, "Where the build's time and memory go"). Undefined
   * outside a build, and once taken.
   */
  takeArticles(): ArticleText[] | undefined;
}

export function contentCheck(dir: string): ContentCheck {
  let logger: AstroIntegrationLogger;
  let checked: ArticleText[] | undefined;
  let checking: Promise<FolderCheck> | undefined;
  const report = () => {
    const problems = problemsIn(dir);
    if (problems.length) logger.warn(`${problems.length} content problem(s):\n  ${problems.join('\n  ')}`);
    return problems;
  };
  return {
    name: 'helpcenter:content-check',
    takeArticles() {
      const articles = checked;
      checked = undefined;
      return articles;
    },
    hooks: {
      'astro:config:setup': ({ command, config, logger: l }) => {
        logger = l;
        if (command !== 'build') return;
        // In a process of its own while Astro syncs the content layer and writes its types,
        // awaited before Vite compiles any article (astro:build:start): half of a 1,000-article
        // check is hidden that way (BENCHMARKS.md). The sync leaves out the articles the check
        // will name (content.config.ts).
        checking = checkInProcess(fileURLToPath(config.root), dir);
        checking.catch(() => undefined);
      },
      'astro:build:start': async () => {
        if (!checking) return;
        const { problems, translations, articles } = await checking;
        checking = undefined;
        if (problems.length) {
          // The list and the way out, nothing else: a thrown error would add Astro's hook
          // banner and a stack trace under a message that already says everything.
          logger.error(`${new ContentError(problems).message}\n\nFix them and build again (\`npm run check:content\` lists them without building).`);
          process.exit(1);
        }
        checked = articles;
        // For information only: missing translations show the default-language article.
        if (translations.length) logger.info(`Translated articles: ${translations.join(', ')}. \`npm run check:content\` lists what is missing.`);
      },
      'astro:server:setup': ({ server, refreshContent }) => {
        let problems = report();
        let stamp = contentStamp(dir);
        const recheck = async () => {
          stamp = contentStamp(dir);
          const before = problems.length;
          problems = report();
          // Fixed: Astro's content layer may have missed the save that fixed it (a change
          // during its first sync, before its own watcher listens, is lost), and it left the
          // broken entry out: sync again so the page is there when the problem page reloads.
          if (before && !problems.length) await refreshContent?.({});
        };
        for (const event of ['change', 'add', 'unlink'] as const) {
          server.watcher.on(event, (file) => {
            if (file.startsWith(dir)) void recheck();
          });
        }
        server.middlewares.use(async (request, response, next) => {
          if (request.method !== 'GET' || !request.headers.accept?.includes('text/html')) return next();
          // A page asked for after a save the watcher did not report (busy machines, network
          // drives): the files' times and sizes say whether to check again.
          if (contentStamp(dir) !== stamp) await recheck();
          if (!problems.length) return next();
          // While there are problems, every page the browser asks for is the list of them.
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.setHeader('Cache-Control', 'no-store');
          response.end(devProblemPage(problems));
        });
      },
    },
  };
}
