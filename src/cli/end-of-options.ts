// "--" ends the options (POSIX): what follows is read as operands, so a file named "-x.txt" can be analyzed. yargs
// leaves the operands after "--" out of a command's positional arguments, so the command line is rewritten before it
// is read: each operand after "--" that starts with "-" (other than "-" itself, which is stdin) gets "./" before it, which
// names the same file, and "--" is dropped. Also how a command reads back a "-" operand that yargs turned into "". No
// imports: bin/rhetoric.js reads it before anything else loads.

/** `argv` with its first "--" resolved: the operands after it that look like options made into paths of the same files. */
export function withEndOfOptions(argv: readonly string[]): string[] {
  const end = argv.indexOf('--');
  if (end < 0) return [...argv];
  const operands = argv.slice(end + 1).map((a) => (a.startsWith('-') && a !== '-' ? `./${a}` : a));
  return [...argv.slice(0, end), ...operands];
}

/**
 * An operand as the user typed it: yargs re-reads a lone "-" (stdin) as a flag and hands it over as "" (or true), which
 * this gives back as "-". Undefined when the operand was not given.
 */
export function operand(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return value === '' || value === true ? '-' : String(value);
}
