/**
 * How every command in scripts/ reads its options, in one place, so that they all answer a
 * typo the same way: node's parseArgs throws a TypeError on an unknown option or a missing
 * value, which uncaught is a stack trace in front of a writer. Here it becomes node's one-line
 * message, a blank line and the command's usage on stderr, exit code 2 (bad usage, as every
 * command documents it); and `--help` (`-h`), added to every command, prints the usage on
 * stdout and exits 0. Checking the values themselves (a number, a known format) stays with
 * each command, which knows what they mean.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Writes text to a stream; a command that filters what it prints (gaps.ts) passes its own. */
export type Print = (stream: NodeJS.WriteStream, text: string) => void;

const write: Print = (stream, text) => {
  stream.write(text);
};

/** Bad usage: the message, a blank line and the usage on stderr, and exit code 2. */
export function exitWithUsage(message: string, usage: string, print: Print = write): never {
  print(process.stderr, `${message}\n\n${usage.trimEnd()}\n`);
  process.exit(2);
}

/**
 * parseArgs(config) with `--help`/`-h` and the answers above. The result is typed as
 * parseArgs types it for the same config, so `values` keeps each option's type and default.
 */
export function parseCommandLine<T extends ParseArgsConfig>(config: T, usage: string, print: Print = write): ReturnType<typeof parseArgs<T>> {
  let parsed: ReturnType<typeof parseArgs<ParseArgsConfig>>;
  try {
    parsed = parseArgs({ ...config, options: { ...config.options, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    // Only the parser's own complaints are the user's; anything else is a bug to see whole.
    if (!String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS_')) throw error;
    exitWithUsage((error as Error).message, usage, print);
  }
  if (parsed.values.help) {
    print(process.stdout, `${usage.trimEnd()}\n`);
    process.exit(0);
  }
  // The same config as the caller's, plus `help`, which never gets here: the caller's types hold.
  return parsed as ReturnType<typeof parseArgs<T>>;
}

/**
 * A `--port` value as a number, or bad usage: node's listen() throws a RangeError with a stack
 * trace on "abc" or 70000. `fromEnv`: the value came from the PORT variable, which the message
 * then names (a stale PORT is easy to forget).
 */
export function portOption(value: string, usage: string, fromEnv = false): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) exitWithUsage(`--port must be a number from 0 to 65535 (found "${value}"${fromEnv ? ', from PORT' : ''}).`, usage);
  return port;
}
