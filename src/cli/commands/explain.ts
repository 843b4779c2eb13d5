// `rhetoric explain [device]`: each device's definition, rules, checked examples and near misses, and limits, generated from the lexicons.

import { resolve } from 'node:path';
import { explainDevices, explainRule, renderExplanationText, renderRuleExplanationText } from '../../explain.js';
import { analyzers } from '../../analyzers/index.js';
import { UsageError } from '../../util/errors.js';
import type { Command } from '../main.js';
import { operand } from '../end-of-options.js';

export const explainCommand: Command = {
  command: 'explain [device]',
  describe: 'Explain a device (or all five), or one rule by the id a finding carries: definition, rules from the lexicons, examples, near misses and limits',
  builder: (y) =>
    y
      .positional('device', { type: 'string', describe: 'Device id (sentiment, slogan, historical_analogy, us_them or call_to_action; default: all), or a rule id as findings carry it (us-them-contrast)' })
      .option('format', { choices: ['text', 'json'] as const, default: 'text', describe: 'text for reading; json for tools' })
      .option('all', { type: 'boolean', default: false, describe: 'List every rule of long lexicons (text format; json always lists all)' })
      .option('lexicons', { type: 'string', array: true, describe: 'Extra lexicon folder(s) that add or override entries' })
      .example('$0 explain', 'Explain all five devices')
      .example('$0 explain slogan --format json', 'The slogan rules and checked examples as JSON')
      .example('$0 explain us-them-contrast', 'One rule, by the id a finding carries: its device, note and checked examples'),
  async run(args, io) {
    // Folders named relative to where the command runs, as every other command reads them.
    const lexicons = ((args.lexicons as string[] | undefined) ?? []).map((dir) => resolve(io.cwd, dir));
    if (operand(args.device) === '-') throw new UsageError(`explain reads no text, so "-" means nothing to it: name a device (${analyzers.map((a) => a.id).join(', ')}) or a rule id, or nothing for all five`);
    // A rule id ("us-them-contrast", as a finding carries it) is explained on its own; anything else names a device.
    const rule = typeof args.device === 'string' ? explainRule(args.device, { lexicons }) : undefined;
    if (rule) {
      io.stdout(args.format === 'json' ? `${JSON.stringify(rule, null, 2)}\n` : renderRuleExplanationText(rule));
      return 0;
    }
    let list;
    try {
      list = explainDevices({ device: args.device as string | undefined, lexicons });
    } catch (err) {
      // Neither a device nor a rule: say both were tried, and where the rule ids are listed.
      if (err instanceof UsageError && typeof args.device === 'string') {
        throw new UsageError(`unknown device or rule "${args.device}" (devices: ${analyzers.map((a) => a.id).join(', ')}; "rhetoric explain <device> --all" lists every rule id)`);
      }
      throw err;
    }
    if (args.format === 'json') io.stdout(`${JSON.stringify(list, null, 2)}\n`);
    else io.stdout(renderExplanationText(list, { all: args.all === true }));
    return 0;
  },
};
