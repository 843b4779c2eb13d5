// The CLI entry: yargs parses the command line, a command module does the work, main returns the exit code.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import yargs, { type Argv } from 'yargs';
import { InputError, UsageError } from '../util/errors.js';
import { escapeControlChars } from '../util/escape.js';
import { wantsHelp } from './command-line.js';
import { releaseEarly } from './early.js';
import { processIO, type CliIO } from './io.js';
import { lastValueWins } from './repeated.js';
import { dashUsageMessage, optionsAfterEndMessage, withEndOfOptions } from './end-of-options.js';
import { TOOL } from '../tool.js';

/** A CLI command: registers itself with yargs and runs with parsed arguments, returning an exit code. */
export interface Command {
  command: string;
  describe: string;
  builder: (y: Argv) => Argv;
  run: (args: Record<string, unknown>, io: CliIO) => Promise<number>;
}

/** Every command by name, in help order, each loaded on demand: a run imports only the command it names. */
export const commands: Record<string, () => Promise<Command>> = {
  analyze: async () => (await import('./commands/analyze.js')).analyzeCommand,
  compare: async () => (await import('./commands/compare.js')).compareCommand,
  eval: async () => (await import('./commands/eval.js')).evalCommand,
  config: async () => (await import('./commands/config.js')).configCommand,
  explain: async () => (await import('./commands/explain.js')).explainCommand,
  worksheet: async () => (await import('./commands/worksheet.js')).worksheetCommand,
};

/** The commands to register: the one `argv` names, or all of them (for help, or to suggest a name for a typo). */
async function loadCommands(argv: string[]): Promise<Command[]> {
  const named = argv[0] !== undefined && Object.hasOwn(commands, argv[0]) ? [argv[0]] : Object.keys(commands);
  return Promise.all(named.map((name) => commands[name]()));
}

/** Exit codes: 0 success, 1 bad input (or a --fail-on threshold passed), 2 usage error. */
/** Exit codes: 70 is EX_SOFTWARE of sysexits.h, a bug in the toolkit rather than in its input. */
export const EXIT = { ok: 0, input: 1, usage: 2, internal: 70 } as const;

/** Runs the CLI with `argv` (without node and script) and returns the exit code. Never throws. */
export async function main(given: string[], io: CliIO = processIO()): Promise<number> {
  const argv = withEndOfOptions(given);
  let code: number = EXIT.ok;
  let ran: Promise<number> | undefined;
  const parser = yargs(argv)
    .scriptName('rhetoric')
    .usage('$0 <command> [options]\n\nShows how a political text persuades: sentiment, slogans, historical analogy, us/them framing and calls to action.')
    .strict()
    .recommendCommands()
    .demandCommand(1, 'Name a command (see the list above).')
    .help()
    .alias('h', 'help')
    // The version is given, not guessed: yargs would read the package.json above the node_modules it is installed in,
    // which for an installed rhetoric-lens is the project that installed it.
    .version(TOOL.version)
    // yargs lays out the whole help text before every command runs; only do the costly wrapping when it is shown.
    .wrap(wantsHelp(argv) ? Math.min(100, process.stdout.columns || 100) : null)
    .exitProcess(false)
    .fail((msg, err) => {
      throw err ?? new UsageError(dashUsageMessage(argv, msg) ?? oneLineUsage(msg));
    })
    // Before validation, so that a repeated --format is checked against its choices by the value that counts.
    .middleware((args) => lastValueWins(args, declaredArrays(parser)), true);
  for (const c of await loadCommands(argv)) {
    parser.command(c.command, c.describe, c.builder, (args) => {
      // yargs has refused extra operands of a command that takes one file; one that takes many needs this check.
      const misplaced = c.command.startsWith('explain') ? undefined : optionsAfterEndMessage(argv, (path) => existsSync(resolve(io.cwd, path)), (name) => takesValue(parser, name));
      if (misplaced) throw new UsageError(misplaced);
      ran = c.run(args as Record<string, unknown>, io);
    });
  }
  if (!wantsHelp(argv)) skipHelpCache(parser);
  let output = '';
  try {
    await parser.parseAsync(argv, {}, (_err, _args, out) => {
      output = out ?? '';
    });
    if (output) io.stdout(output.endsWith('\n') ? output : `${output}\n`);
    if (ran) code = await ran;
  } catch (err) {
    return reportError(err, io);
  } finally {
    releaseEarly();
  }
  return code;
}

/** What yargs keeps of the running command's declared options (getOptions(), which its types leave out). */
function declaredOptions(parser: Argv): { array?: string[]; boolean?: string[]; key?: Record<string, unknown> } | undefined {
  return (parser as unknown as { getOptions?: () => { array?: string[]; boolean?: string[]; key?: Record<string, unknown> } }).getOptions?.();
}

/** Whether the running command's option `name` reads the next word as its value (any option not declared boolean). */
function takesValue(parser: Argv, name: string): boolean {
  const options = declaredOptions(parser);
  return options?.key !== undefined && Object.hasOwn(options.key, name) && !(options.boolean ?? []).includes(name);
}

/** The options (and positionals) the running command declares with `array: true`. */
function declaredArrays(parser: Argv): string[] {
  return declaredOptions(parser)?.array ?? [];
}

/**
 * yargs renders the full help text before it runs a command, in case the command fails later; ours report their own
 * one-line errors, so the rendering (a tenth of a second for the analyze options) is skipped when no help was asked for.
 */
function skipHelpCache(parser: Argv): void {
  const internals = (parser as unknown as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } }).getInternalMethods?.();
  const usage = internals?.getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => {};
}

/**
 * A yargs usage message on one line. Most are one already; a bad choice comes as "Invalid values:" and one indented
 * "Argument: format, Given: "csv", Choices: "md", "json"" line per option, which reads as `--format "csv" is not one of "md", "json"`.
 */
export function oneLineUsage(message: string): string {
  const lines = message.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  if (lines[0] !== 'Invalid values:') return lines.join(' ');
  return lines
    .slice(1)
    .map((l) => {
      const m = /^Argument: (.+?), Given: (.+?), Choices: (.+)$/.exec(l);
      return m ? `--${m[1]} ${m[2]} is not one of ${m[3]}` : l;
    })
    .join('; ');
}

/**
 * One line on stderr and the exit code; a stack trace only for a bug (and only with RHETORIC_DEBUG). A message that names a
 * file keeps to one line whatever the name holds (its control characters are escaped).
 */
export function reportError(err: unknown, io: CliIO): number {
  if (err instanceof UsageError) {
    io.stderr(`rhetoric: ${escapeControlChars(err.message)}\nTry 'rhetoric --help'.\n`);
    return EXIT.usage;
  }
  if (err instanceof InputError) {
    io.stderr(`rhetoric: ${escapeControlChars(err.message)}\n`);
    return EXIT.input;
  }
  const e = err as Error;
  io.stderr(`rhetoric: internal error: ${escapeControlChars(e?.message ?? String(err))}\n`);
  if (io.env.RHETORIC_DEBUG && e?.stack) io.stderr(`${e.stack}\n`);
  return EXIT.internal;
}
