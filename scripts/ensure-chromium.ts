/**
 * Browser tests need Debian's Chromium. Install it with apt-get when it is missing (as root,
 * e.g. on CI); otherwise say exactly what to run. Nothing downloads a browser of its own.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Korean and Telugu text in screenshots and layout tests, as customers' phones show it (boxes without them).
const FONTS = { 'fonts-nanum': '/usr/share/fonts/truetype/nanum', 'fonts-telu': '/usr/share/fonts/truetype/lohit-telugu' };
const missingFonts = Object.entries(FONTS).filter(([, dir]) => !existsSync(dir)).map(([pkg]) => pkg);
if (existsSync(path) && missingFonts.length && process.getuid?.() === 0) {
  console.log(`Installing ${missingFonts.join(' and ')} for the browser tests (one time)…`);
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missingFonts], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
if (!existsSync(path)) {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) {
    console.error(`Chromium is not installed at ${path}. Install it with:\n  sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium fonts-nanum fonts-telu\nor set CHROMIUM_PATH to an existing Chromium.`);
    process.exit(2);
  }
  console.log('Installing Debian chromium for the browser tests (one time)…');
  const run = (args: string[]) => execFileSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(['update', '-qq']);
  run(['install', '-y', '-qq', '--no-install-recommends', 'chromium', ...missingFonts]);
  if (!existsSync(path)) {
    console.error(`apt-get finished but ${path} is still missing.`);
    process.exit(2);
  }
}
