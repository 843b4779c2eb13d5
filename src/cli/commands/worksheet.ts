// `rhetoric worksheet <file>`: a student worksheet (Markdown and HTML) and its answer key, drawn from one text's findings.

import { resolve } from 'node:path';
import { analyze } from '../../analyze.js';
import { buildWorksheet, DEFAULT_COUNT, renderAnswersMarkdown, renderWorksheetHtml, renderWorksheetMarkdown } from '../../teach/worksheet.js';
import { DEFAULT_MAX_BYTES, loadBuffer, loadFile, parseByteSize } from '../../text/load.js';
import { UsageError } from '../../util/errors.js';
import { ensureDir, insideDir, writeFileAtomic } from '../../util/fs.js';
import { slugify } from '../../util/slug.js';
import type { Command } from '../main.js';

/** Most sentences a worksheet may ask about. */
const MAX_COUNT = 500;

export const worksheetCommand: Command = {
  command: 'worksheet <file>',
  describe: 'Write a student worksheet (worksheet.md, worksheet.html) and its answer key (answers.md) for a text',
  builder: (y) =>
    y
      .positional('file', { type: 'string', describe: 'Text or Markdown file, or - to read stdin' })
      .option('count', { type: 'number', default: DEFAULT_COUNT, describe: 'Number of sentences to ask about' })
      .option('seed', { type: 'string', default: '1', describe: 'Seed of the draw: the same seed gives the same worksheet' })
      .option('out', { type: 'string', default: 'reports', describe: 'Folder that receives <out>/<slug>/' })
      .option('name', { type: 'string', describe: 'Folder name (slug); default from the file name' })
      .option('section-words', { type: 'number', default: 500, describe: 'Target words per section for texts without headings' })
      .option('quiet', { type: 'boolean', default: false, describe: 'Print nothing but errors' })
      .option('encoding', { choices: ['utf8', 'latin1'] as const, default: 'utf8', describe: 'How the input file is encoded' })
      .option('max-bytes', { type: 'string', default: String(DEFAULT_MAX_BYTES), describe: 'Refuse inputs larger than this many bytes (suffix K, M or G allowed)' })
      .example('$0 worksheet speech.txt --count 12', 'Write reports/speech/worksheet.md, worksheet.html and answers.md')
      .example('$0 worksheet speech.txt --seed 7 --out class', 'Another draw of sentences, into class/speech/'),
  async run(args, io) {
    const count = args.count as number;
    if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT) throw new UsageError(`--count must be a whole number from 1 to ${MAX_COUNT} (got ${String(args.count)})`);
    const file = String(args.file);
    const loadOptions = { encoding: args.encoding as 'utf8' | 'latin1', maxBytes: parseByteSize(String(args.maxBytes)) };
    const loaded = file === '-' ? loadBuffer(await io.readStdin(loadOptions.maxBytes), '-', loadOptions) : loadFile(resolve(io.cwd, file), loadOptions);
    const result = analyze(loaded.text, { name: loaded.name, sectionWords: args.sectionWords as number });
    const worksheet = buildWorksheet(result, { count, seed: String(args.seed) });
    const slug = slugify((args.name as string | undefined) ?? loaded.name.replace(/\.[^.]+$/, ''));
    const dir = resolve(io.cwd, String(args.out), slug);
    writeWorksheetFiles(dir, [
      { path: 'worksheet.md', contents: renderWorksheetMarkdown(worksheet) },
      { path: 'worksheet.html', contents: renderWorksheetHtml(worksheet) },
      { path: 'answers.md', contents: renderAnswersMarkdown(worksheet) },
    ]);
    if (!args.quiet) {
      const short = worksheet.items.length < count ? ` (the text has only ${worksheet.items.length} usable sentences)` : '';
      io.stderr(`wrote ${worksheet.items.length} questions${short} to ${dir}: worksheet.md, worksheet.html, answers.md\n`);
    }
    return 0;
  },
};

/** Writes the worksheet files, each atomically, leaving anything else in the folder (such as a report) alone. */
function writeWorksheetFiles(dir: string, files: readonly { path: string; contents: string }[]): void {
  ensureDir(dir);
  for (const f of files) writeFileAtomic(insideDir(dir, f.path), f.contents);
}
