/**
 * Starts `npm run collector` as a process of its own on a free port, for the collector's
 * command-line tests and its benchmark: resolves once it listens, with its events URL.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export function startCollectorProcess(database: string, ...args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['scripts/collector.ts', '--port', '0', '--db', database, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /Collecting events at (\S+) into/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.once('exit', (code) => reject(new Error(`The collector exited (${code}) before listening: ${out}`)));
  });
}
