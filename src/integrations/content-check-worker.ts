/**
 * The build's content check in a process of its own (content-check.ts): it reads and parses
 * every article while Astro syncs the content layer and generates its types, and its memory
 * (the parser, every article's syntax tree) is given back when it exits, instead of staying
 * with the build, which peaks later. A worker thread kept about 45 MB of it to the end of the
 * sample's build (BENCHMARKS.md).
 */
import { checkFolder } from './check-folder.ts';

process.send!(checkFolder(process.argv[2]!), () => process.exit(0));
