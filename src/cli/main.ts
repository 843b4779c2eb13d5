// The CLI entry: yargs parses the command line, a command module does the work, main returns the exit code.

import yargs, { type Argv } from 'yargs';
import { InputError, UsageError } from '../util/errors.js';
import { analyzeCommand } from './commands/analyze.js';
import { compareCommand } from './commands/compare.js';
import { configCommand } from './commands/config.js';
import { evalCommand } from './commands/eval.js';
import { explainCommand } from './commands/explain.js';
import { worksheetCommand } from './commands/worksheet.js';
import { processIO, type CliIO } from './io.js';

/** A CLI command: registers itself with yargs and runs with parsed arguments, returning an exit code. */
export interface Command {
  command: string;
  describe: string;
  builder: (y: Argv) => Argv;
  run: (args: Record<string, unknown>, io: CliIO) => Promise<number>;
}

/** Every command, in help order. */
export const commands: Command[] = [analyzeCommand, compareCommand, evalCommand, configCommand, explainCommand, worksheetCommand];

/** Exit codes: 0 success, 1 bad input (or a --fail-on threshold passed), 2 usage error. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

/** Runs the CLI with `argv` (without node and script) and returns the exit code. Never throws. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
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
    .version()
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((msg, err) => {
      throw err ?? new UsageError(msg);
    });
  for (const c of commands) {
    parser.command(c.command, c.describe, c.builder, (args) => {
      ran = c.run(args as Record<string, unknown>, io);
    });
  }
  let output = '';
  try {
    await parser.parseAsync(argv, {}, (_err, _args, out) => {
      output = out ?? '';
    });
    if (output) io.stdout(output.endsWith('\n') ? output : `${output}\n`);
    if (ran) code = await ran;
  } catch (err) {
    return reportError(err, io);
  }
  return code;
}

/** One line on stderr and the exit code; a stack trace only for a bug (and only with RHETORIC_DEBUG). */
export function reportError(err: unknown, io: CliIO): number {
  if (err instanceof UsageError) {
    io.stderr(`rhetoric: ${err.message}\nTry 'rhetoric --help'.\n`);
    return EXIT.usage;
  }
  if (err instanceof InputError) {
    io.stderr(`rhetoric: ${err.message}\n`);
    return EXIT.input;
  }
  const e = err as Error;
  io.stderr(`rhetoric: internal error: ${e?.message ?? String(err)}\n`);
  if (io.env.RHETORIC_DEBUG && e?.stack) io.stderr(`${e.stack}\n`);
  return 70;
}
