// README tables generated from the code's own data: rules from the lexicons, options from the settings list.

import { analyzers } from '../analyzers/index.js';
import { SETTINGS, type SettingName } from '../config/settings.js';
import { flaggingRule, learnedModelsFor } from '../learn/learned.js';
import type { LexiconSet } from '../lexicon/load.js';

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

/** The Rules table: every pattern rule by id, every term or rating list with its size, and each learned model. */
export function rulesTable(lexicons: LexiconSet): string {
  const rows = ['| Device | Rule or list | Kind | What it catches and why |', '|---|---|---|---|'];
  for (const { id: device } of analyzers) {
    const lists = [...lexicons.lexicons.values()].filter((l) => l.device === device).sort((a, b) => a.lexicon.localeCompare(b.lexicon));
    for (const lex of lists) {
      if (lex.kind === 'patterns') {
        for (const e of lex.entries) rows.push(`| ${device} | \`${e.id}\` | pattern (${lex.lexicon}) | ${cell(e.note)} |`);
      } else {
        rows.push(`| ${device} | \`${lex.lexicon}\` | ${lex.kind}, ${lex.entries.length} entries | ${cell(lex.description)} |`);
      }
    }
    for (const file of lexicons.ruleNotes(device)) for (const r of file.rules) rows.push(`| ${device} | \`${r.id}\` | rule (${file.lexicon}) | ${cell(r.note)} |`);
    for (const model of learnedModelsFor(lexicons, device)) {
      const about = `${model.description} ${flaggingRule(model)} \`rhetoric explain --device ${device}\` lists each feature's weight.`;
      rows.push(`| ${device} | \`${model.rule}\` | learned model, ${Object.keys(model.model.weights).length} features | ${cell(about)} |`);
    }
  }
  return rows.join('\n');
}

/** The Options table: each setting, its CLI flag, config key and default. */
export function optionsTable(): string {
  const rows = ['| Option | Config key | Default | Meaning |', '|---|---|---|---|'];
  for (const name of Object.keys(SETTINGS) as SettingName[]) {
    const s = SETTINGS[name];
    const def = s.default === undefined ? '—' : `\`${JSON.stringify(s.default)}\``;
    rows.push(`| \`${s.flag}\` | \`${name}\` | ${def} | ${cell(s.describe)} |`);
  }
  return rows.join('\n');
}

/** Replaces the text between `<!-- NAME:start -->` and `<!-- NAME:end -->` in a document. */
export function replaceBetweenMarkers(doc: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i < 0 || j < i) throw new Error(`markers for "${name}" not found`);
  return `${doc.slice(0, i + start.length)}\n${body}\n${doc.slice(j)}`;
}

/** The README with its generated tables brought up to date. */
export function updateReadme(readme: string, lexicons: LexiconSet): string {
  return replaceBetweenMarkers(replaceBetweenMarkers(readme, 'rules', rulesTable(lexicons)), 'options', optionsTable());
}
