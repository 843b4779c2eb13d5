// `rhetoric explain [device]`: each device's definition, rules, checked examples and near misses, and limits, generated from the lexicons.

import { explainDevices, renderExplanationText } from '../../explain.js';
import type { Command } from '../main.js';

export const explainCommand: Command = {
  command: 'explain [device]',
  describe: 'Explain a device (or all five): definition, rules from the lexicons, examples, near misses and limits',
  builder: (y) =>
    y
      .positional('device', { type: 'string', describe: 'Device id: sentiment, slogan, historical_analogy, us_them or call_to_action (default: all)' })
      .option('format', { choices: ['text', 'json'] as const, default: 'text', describe: 'text for reading; json for tools' })
      .option('all', { type: 'boolean', default: false, describe: 'List every rule of long lexicons (text format; json always lists all)' })
      .option('lexicons', { type: 'string', array: true, describe: 'Extra lexicon folder(s) that add or override entries' })
      .example('$0 explain', 'Explain all five devices')
      .example('$0 explain slogan --format json', 'The slogan rules and checked examples as JSON'),
  async run(args, io) {
    const list = explainDevices({
      device: args.device as string | undefined,
      lexicons: (args.lexicons as string[] | undefined) ?? [],
    });
    if (args.format === 'json') io.stdout(`${JSON.stringify(list, null, 2)}\n`);
    else io.stdout(renderExplanationText(list, { all: args.all === true }));
    return 0;
  },
};
