// `rhetoric config [file]`: the merged settings for a file (or the current folder) and where each came from.

import { resolve } from 'node:path';
import { formatSettings, resolveSettings } from '../../config/settings.js';
import { loadLexicons } from '../../lexicon/load.js';
import { checkedRunTargets, configSearchStart } from '../settings-args.js';
import type { Command } from '../main.js';
import { escapeControlChars } from '../../util/escape.js';

export const configCommand: Command = {
  command: 'config [file]',
  describe: 'Show the settings that apply to a file or folder (config file found from its folder upwards, merged with defaults)',
  builder: (y) =>
    y
      .positional('file', { type: 'string', describe: 'The input file whose folder starts the search, or a corpus folder (default: the current folder)' })
      .option('print', { type: 'boolean', default: false, describe: 'Print the merged settings with the source of each (what the command does; accepted for scripts that say it)' })
      .option('config', { type: 'string', describe: 'Use this config file instead of searching (--no-config: show the settings without any config file)' })
      .option('format', { choices: ['text', 'json'] as const, default: 'text', describe: 'text lines or JSON' })
      .example('$0 config speech.md', 'Which .rhetoricrc.json applies to speech.md, and what it sets'),
  async run(args, io) {
    // The same search as the command that reads the file (or folder) would make.
    const start = configSearchStart(io.cwd, args.file ? String(args.file) : undefined);
    // yargs reads --no-config as config: false.
    const settings = resolveSettings(start, {}, { configFile: args.config ? resolve(io.cwd, String(args.config)) : undefined, noConfig: args.config === false });
    // What a run would refuse is refused here too, rather than shown as if it applied: thresholds, the collection, and
    // lexicon folders that are missing or hold a broken lexicon.
    checkedRunTargets(settings);
    loadLexicons(settings.values.lexicons);
    if (args.format === 'json') io.stdout(`${JSON.stringify(settings, null, 2)}\n`);
    else io.stdout(`${settings.configFile ? `config file: ${escapeControlChars(settings.configFile)}` : 'config file: none found'}\n${formatSettings(settings)}`);
    return 0;
  },
};
