/**
 * What `astro dev` shows instead of a page while the content has problems: the checker's list,
 * as the build would print it. Without it the preview kept serving the last good version of
 * an article (Astro's content layer keeps the old entry when a new one fails its schema), and
 * the only sign of the error was a terminal the writer may not be looking at.
 *
 * The page reloads itself every two seconds, so saving the fix brings the article back
 * without a click. Plain HTML with inline styles: it must work whatever else is broken.
 */
import { escapeHtml } from '../lib/escape-html.ts';

export function devProblemPage(problems: readonly string[]): string {
  const items = problems.map((p) => {
    // "content/articles/en/x.mdx:4  category: …" → the place in bold, the message after it.
    const [, where = '', message = p] = /^(\S+?)\s{2}([\s\S]*)$/.exec(p) ?? [];
    return `<li>${where ? `<strong>${escapeHtml(where)}</strong><br>` : ''}${escapeHtml(message)}</li>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="2">
<title>${problems.length} content problem${problems.length === 1 ? '' : 's'} · help center preview</title>
</head>
<body style="font: 1rem/1.55 system-ui, sans-serif; margin: 0; background: #fff; color: #1b2631;">
<main style="max-width: 52rem; margin: 0 auto; padding: 2rem 1rem;">
<h1 style="font-size: 1.5rem; color: #9b1c1c;">The help center has ${problems.length} content problem${problems.length === 1 ? '' : 's'}</h1>
<p>The build would stop on ${problems.length === 1 ? 'it' : 'them'}. Fix ${problems.length === 1 ? 'it' : 'them'} in your editor: this page reloads by itself and shows the help center again once ${problems.length === 1 ? 'it is' : 'they are'} fixed.</p>
<ol style="padding-left: 1.25rem;">
${items.map((li) => li.replace('<li>', '<li style="margin: 0 0 1rem; overflow-wrap: anywhere;">')).join('\n')}
</ol>
<p style="color: #4a5866;"><code>npm run check:content</code> prints the same list.</p>
</main>
</body>
</html>
`;
}
