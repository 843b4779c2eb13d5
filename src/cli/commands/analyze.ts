// `rhetoric analyze <file|->`: analyze one text and write its report folder.

import { resolve } from 'node:path';
import { analyze } from '../../analyze.js';
import { renderJson } from '../../report/json.js';
import { renderReportFiles, writeReportFiles, type ReportFormat } from '../../report/write.js';
import { DEFAULT_MAX_BYTES, loadBuffer, loadFile, parseByteSize } from '../../text/load.js';
import { slugify } from '../../util/slug.js';
import type { Command } from '../main.js';

export const analyzeCommand: Command = {
  command: 'analyze <file>',
  describe: 'Analyze a text (a file, or - for stdin) and write its report',
  builder: (y) =>
    y
      .positional('file', { type: 'string', describe: 'Text or Markdown file, or - to read stdin' })
      .option('out', { type: 'string', default: 'reports', describe: 'Folder that receives the report folder <out>/<slug>/' })
      .option('name', { type: 'string', describe: 'Report folder name (slug); default from the file name' })
      .option('format', { choices: ['md', 'json'] as const, default: 'md', describe: 'md: write the report and print a summary; json: also print report.json to stdout' })
      .option('section-words', { type: 'number', default: 500, describe: 'Target words per section for texts without headings' })
      .option('quiet', { type: 'boolean', default: false, describe: 'Print nothing but errors' })
      .option('encoding', { choices: ['utf8', 'latin1'] as const, default: 'utf8', describe: 'How the input file is encoded (latin1 for legacy files)' })
      .option('max-bytes', { type: 'string', default: String(DEFAULT_MAX_BYTES), describe: 'Refuse inputs larger than this many bytes (suffix K, M or G allowed)' })
      .example('$0 analyze speech.txt', 'Write reports/speech/ and print a summary')
      .example('cat op-ed.md | $0 analyze - --format json', 'Analyze stdin and print the JSON result'),
  async run(args, io) {
    const file = String(args.file);
    const loadOptions = { encoding: args.encoding as 'utf8' | 'latin1', maxBytes: parseByteSize(String(args.maxBytes)) };
    const loaded = file === '-' ? loadBuffer(await io.readStdin(), '-', loadOptions) : loadFile(file, loadOptions);
    const result = analyze(loaded.text, { name: loaded.name, sectionWords: args.sectionWords as number });
    const slug = slugify((args.name as string | undefined) ?? loaded.name.replace(/\.[^.]+$/, ''));
    const dir = resolve(io.cwd, String(args.out), slug);
    const formats: ReportFormat[] = ['md', 'json'];
    writeReportFiles(dir, renderReportFiles(result, formats));
    if (args.format === 'json') io.stdout(renderJson(result));
    else if (!args.quiet) io.stderr(`wrote ${dir}\n`);
    return 0;
  },
};
