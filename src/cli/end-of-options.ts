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

/**
 * The one-line usage error for a command line whose options were read as file names, or whose file name was read as
 * options, when yargs' own message (`msg`) would leave the user guessing; undefined for any other error. `argv` is the
 * command line as withEndOfOptions left it: an operand after "--" that looked like an option starts with "./-".
 * - `analyze -- -draft.txt --quiet`: everything after "--" is an operand, so "--quiet" is an extra input, not an option.
 * - `analyze -draft.txt`: a name that starts with "-" is read as the short options -d -r -a …, and no input is left.
 */
export function dashUsageMessage(argv: readonly string[], msg: string): string | undefined {
  const unknown = /^Unknown arguments?: (.*)$/.exec(msg.trim());
  if (unknown) return afterEndMessage(argv, new Set(unknown[1].split(', ')));
  if (/^Not enough non-option arguments/.test(msg.trim())) {
    const name = argv.find((a) => /^-[^-]/.test(a) && /[./\\]/.test(a));
    if (name) return `"${name}" is read as options (${[...name.slice(1, 4)].map((c) => `-${c}`).join(' ')} …), not as a file name: name a file that starts with "-" after "--" (rhetoric ${argv[0]} -- ${name}) or as ./${name}`;
  }
  return undefined;
}

/**
 * The one-line usage error for operands after "--" that look like options ("--quiet", "--out o") and name no file, where
 * a command that takes many files would otherwise say "./--quiet: no such file"; undefined when there are none. `exists`
 * tells whether a path names a file and `takesValue` whether an option (by name, without dashes) reads the next word as
 * its value, which then moves with it (this module imports nothing).
 */
export function optionsAfterEndMessage(
  argv: readonly string[],
  exists: (path: string) => boolean,
  takesValue: (name: string) => boolean,
): string | undefined {
  const misplaced = new Set<string>();
  argv.forEach((a, i) => {
    const option = /^\.\/--?([A-Za-z][\w-]*)(=.*)?$/.exec(a);
    if (!option || exists(a)) return;
    misplaced.add(a);
    const next = argv[i + 1];
    if (option[2] === undefined && takesValue(option[1]) && next !== undefined && !next.startsWith('./-')) misplaced.add(next);
  });
  return misplaced.size ? afterEndMessage(argv, misplaced) : undefined;
}

/** "--quiet and --out come after "--" …" with the command line that puts them before it; `extra` as yargs names them. */
function afterEndMessage(argv: readonly string[], extra: ReadonlySet<string>): string | undefined {
  const options = [...extra].filter((a) => a.startsWith('./-')).map((a) => a.slice(2));
  if (!options.length) return undefined;
  const [command, ...rest] = argv;
  const before = rest.filter((a) => !extra.has(a) && !a.startsWith('./-'));
  const after = rest.filter((a) => !extra.has(a) && a.startsWith('./-')).map((a) => a.slice(2));
  const moved = rest.filter((a) => extra.has(a)).map((a) => (a.startsWith('./-') ? a.slice(2) : a));
  const suggestion = ['rhetoric', command, ...before, ...moved, ...(after.length ? ['--', ...after] : [])].join(' ');
  const named = options.map((o) => `"${o}"`).join(options.length === 2 ? ' and ' : ', ');
  return `${named} ${options.length === 1 ? 'comes' : 'come'} after "--", which ends the options, so ${options.length === 1 ? 'it is read as a file name' : 'they are read as file names'}: put options before "--" (${suggestion})`;
}
