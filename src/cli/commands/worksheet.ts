// `rhetoric worksheet <file>`: a student worksheet (Markdown and HTML) and its answer key, drawn from one text's findings.

import { resolve } from 'node:path';
import { analyze, requireProse } from '../../analyze.js';
import { buildWorksheet, DEFAULT_COUNT, renderAnswersHtml, renderAnswersMarkdown, renderWorksheetHtml, renderWorksheetMarkdown } from '../../teach/worksheet.js';
import { formatOption, loadBuffer, loadFile } from '../../text/load.js';
import { InputError, UsageError } from '../../util/errors.js';
import { writeReportFiles } from '../../report/write.js';
import { writeHoldingSignals } from '../signals.js';
import { counted } from '../../util/plural.js';
import { folderSlug } from '../../util/slug.js';
import type { Command } from '../main.js';
import { loadOptionsOf, settingsFromArgs, withInputOptions } from '../settings-args.js';
import { yearOptionOf } from '../../corpus/manifest.js';
import { warnIfNotEnglish } from '../language-warning.js';
import { warnUnknownRules } from '../rule-warning.js';
import { escapeControlChars } from '../../util/escape.js';
import { operand } from '../end-of-options.js';

/** Most sentences a worksheet may ask about. */
const MAX_COUNT = 500;

export const worksheetCommand: Command = {
  command: 'worksheet <file>',
  describe: 'Write a student worksheet (worksheet.md, worksheet.html) and its answer key (answers.md, answers.html) for a text',
  builder: (y) =>
    withInputOptions(y)
      .positional('file', { type: 'string', describe: 'Text or Markdown file, or - to read stdin' })
      // Read as a string: yargs turns a number option given "abc" into NaN, and the message could not say what was given.
      .option('count', { type: 'string', default: DEFAULT_COUNT, describe: 'Number of sentences to ask about' })
      .option('seed', { type: 'string', default: '1', describe: 'Seed of the draw: the same seed gives the same worksheet' })
      .option('name', { type: 'string', describe: 'Folder name (slug); default from the file name' })
      .option('quiet', { type: 'boolean', default: false, describe: 'Print nothing but errors' })
      .example('$0 worksheet speech.txt --count 12', 'Write reports/speech/worksheet.md, worksheet.html, answers.md and answers.html')
      .example('$0 worksheet speech.txt --seed 7 --out class', 'Another draw of sentences, into class/speech/'),
  async run(args, io) {
    const given = String(args.count);
    const count = given.trim() === '' ? Number.NaN : Number(given);
    if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT) {
      throw new UsageError(`--count must be a whole number from 1 to ${MAX_COUNT} (got ${Number.isNaN(count) ? JSON.stringify(given) : given})`);
    }
    const file = operand(args.file)!;
    const settings = settingsFromArgs(args, io.cwd, file).values;
    if (!args.quiet) warnUnknownRules(settings.rules, settings.lexicons, io);
    const loadOptions = loadOptionsOf(settings);
    const loaded = file === '-' ? loadBuffer(await io.readStdin(loadOptions.maxBytes), '-', loadOptions) : loadFile(resolve(io.cwd, file), loadOptions);
    if (!args.quiet) warnIfNotEnglish(loaded.name, loaded.text, settings.lexicons, io);
    const dated = file === '-' ? {} : yearOptionOf(resolve(io.cwd, file));
    const result = requireProse(analyze(loaded.text, { name: loaded.name, ...formatOption(loaded), sectionWords: settings.sectionWords, lexicons: settings.lexicons, devices: settings.devices, rules: settings.rules, ...dated }));
    // A devices.json in a --lexicons folder words the questions, as it does `rhetoric explain`.
    const worksheet = buildWorksheet(result, { count, seed: String(args.seed), lexicons: settings.lexicons });
    if (worksheet.items.length === 0) throw new InputError(`${loaded.name} has no sentence outside its headings to ask about: no worksheet written`);
    // An empty --name is no name, as for analyze: the folder is named after the file.
    const slug = folderSlug(typeof args.name === 'string' && args.name !== '' ? args.name : loaded.name.replace(/\.[^.]+$/, ''));
    const dir = resolve(settings.out, slug);
    // Written as a report of its own kind: staged and renamed together, listed in the folder's manifest beside a report's files, and never
    // removing them (nor they it).
    await writeHoldingSignals(dir, () => writeReportFiles(dir, [
      { path: 'worksheet.md', contents: renderWorksheetMarkdown(worksheet) },
      { path: 'worksheet.html', contents: renderWorksheetHtml(worksheet) },
      { path: 'answers.md', contents: renderAnswersMarkdown(worksheet) },
      { path: 'answers.html', contents: renderAnswersHtml(worksheet) },
    ], 'worksheet'));
    if (!args.quiet) {
      const short = worksheet.items.length < count ? ` (the text has only ${counted(worksheet.items.length, 'usable sentence')})` : '';
      io.stderr(`wrote ${counted(worksheet.items.length, 'question')}${short} to ${escapeControlChars(dir)}: worksheet.md, worksheet.html, answers.md, answers.html\n`);
    }
    return 0;
  },
};
