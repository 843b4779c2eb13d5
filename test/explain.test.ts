// `rhetoric explain`: generated from the lexicons, examples checked by running the analyzers, every device covered.

import test from 'ava';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { learnedModelsFor } from '../src/learn/learned.js';
import { analyze } from '../src/analyze.js';
import { analyzers } from '../src/analyzers/index.js';
import { main } from '../src/cli/main.js';
import { deviceGuides, explainDevices, explainRule, renderExplanationText, renderRuleExplanationText } from '../src/explain.js';
import { loadLexicons } from '../src/lexicon/load.js';
import { captureIO } from './helpers/io.js';


test('lexicons/devices.json gives every registered device a definition, a finding label, a way to spot it and its limits', (t) => {
  const raw = loadLexicons().data.get('devices') as { devices: Record<string, unknown> };
  const guides = deviceGuides();
  t.deepEqual(guides.map((g) => g.id), analyzers.map((a) => a.id));
  for (const g of guides) {
    t.truthy(raw.devices[g.id], `${g.id} is in devices.json`);
    t.true(g.definition.length > 20);
    t.true(g.findingLabel.length > 0);
    t.true(g.spotIt.length > 20);
    t.true(g.limits.length >= 2, `${g.id} has known limits`);
  }
});

test('the rules listed are exactly the entries of the device\'s lexicons, the rules its data files describe, and its learned models', (t) => {
  const lexicons = loadLexicons();
  for (const d of explainDevices({ verify: false })) {
    const entries = [
      ...lexicons.forDevice(d.id).flatMap((l) => l.entries.map((e) => `${l.lexicon}/${e.id}/${e.note}`)),
      ...lexicons.ruleNotes(d.id).flatMap((f) => f.rules.map((r) => `${f.lexicon}/${r.id}/${r.note}`)),
    ];
    const lexiconRules = d.rules.filter((r) => r.kind !== 'learned model');
    t.deepEqual(lexiconRules.map((r) => `${r.lexicon}/${r.id}/${r.note}`).sort(), entries.sort(), d.id);
    t.deepEqual(
      d.rules.filter((r) => r.kind === 'learned model').map((r) => r.id),
      learnedModelsFor(lexicons, d.id).map((m) => m.rule),
      d.id,
    );
  }
  // The us/them rules that no single lexicon entry makes are listed too, so a finding's rule id can be looked up.
  const usThem = explainDevices({ verify: false, device: 'us_them' })[0].rules.map((r) => r.id);
  for (const id of ['them-named-adversary', 'them-learned-adversary', 'them-established-enemy']) t.true(usThem.includes(id), id);
});

test('examples it prints are caught and near misses are not, checked again here', (t) => {
  const list = explainDevices();
  let checked = 0;
  for (const d of list) {
    for (const e of d.examples) {
      const found = analyze(e.text, { devices: [d.id], format: 'markdown' }).findings.filter((f) => f.device === d.id);
      t.true(found.length > 0, `${d.id}: "${e.text}" is caught`);
      t.deepEqual([...new Set(found.map((f) => f.rule))], e.firedRules);
      checked++;
    }
    for (const e of d.nearMisses) {
      // Not flagged: no scored finding (a rule that only lists, such as an in-group label, may still fire).
      const found = analyze(e.text, { devices: [d.id], format: 'markdown' }).findings.filter((f) => f.device === d.id);
      t.is(found.filter((f) => f.scored).length, 0, `${d.id}: "${e.text}" is not caught`);
      t.deepEqual(e.flaggedBy, []);
      t.deepEqual([...new Set(found.map((f) => f.rule))], e.firedRules);
      checked++;
    }
    // A listed example that misbehaves is reported as a mismatch, never printed as if it worked.
    for (const m of d.mismatches) {
      t.false(d.examples.some((e) => e.text === m.text && m.claimed === 'caught'));
    }
  }
  t.true(checked > 0, 'at least one lexicon lists examples');
});

test('the slogan example "Down with imperialism!" is shown as caught and "He came down with a cold." as a near miss', (t) => {
  const [slogan] = explainDevices({ device: 'slogan' });
  t.true(slogan.examples.some((e) => e.text === 'Down with imperialism!' && e.firedRules.includes('slogan-down-with')));
  t.true(slogan.nearMisses.some((e) => e.text === 'He came down with a cold.'));
  const text = renderExplanationText([slogan]);
  t.regex(text, /slogan-down-with/);
  t.regex(text, /Known limits:/);
});

test('rhetoric explain prints all five devices; --format json parses; an unknown device is a usage error (exit 2), as with --devices', async (t) => {
  const io = captureIO();
  t.is(await main(['explain'], io), 0);
  const text = io.out();
  for (const a of analyzers) t.true(text.includes(`${a.title} (${a.id})`), a.id);
  t.is(io.err(), '');

  const json = captureIO();
  t.is(await main(['explain', 'us_them', '--format', 'json'], json), 0);
  const parsed = JSON.parse(json.out()) as { id: string; limits: string[] }[];
  t.deepEqual(parsed.map((d) => d.id), ['us_them']);
  t.true(parsed[0].limits.length > 0);

  const bad = captureIO();
  t.is(await main(['explain', 'metaphor'], bad), 2);
  t.regex(bad.err(), /^rhetoric: unknown device or rule "metaphor"/);
  t.is(bad.err().trim().split('\n')[1], "Try 'rhetoric --help'.");
  const dash = captureIO();
  t.is(await main(['explain', '-'], dash), 2);
  t.regex(dash.err(), /^rhetoric: explain reads no text, so "-" means nothing to it: name a device/, 'not an unknown device or rule of empty name');
});

test('rhetoric explain finds a device by the names a reader uses: its title, any case, dashes or spaces, singular or plural', async (t) => {
  const cases: [string, string][] = [
    ['Slogan', 'slogan'],
    ['slogans', 'slogan'],
    ['us-them', 'us_them'],
    ['Us/them framing', 'us_them'],
    ['calls to action', 'call_to_action'],
    ['call-to-action', 'call_to_action'],
    ['Historical analogy', 'historical_analogy'],
    ['SENTIMENT', 'sentiment'],
  ];
  for (const [name, id] of cases) t.deepEqual(explainDevices({ device: name, verify: false }).map((d) => d.id), [id], name);
  const io = captureIO();
  t.is(await main(['explain', 'calls to action', '--format', 'json'], io), 0, io.err());
  t.deepEqual((JSON.parse(io.out()) as { id: string }[]).map((d) => d.id), ['call_to_action']);
  t.throws(() => explainDevices({ device: 'analogies of history', verify: false }), { message: /unknown device/ });
});

test('one rule, by the id a finding carries, is explained on its own with its examples checked now', (t) => {
  const r = explainRule('us-them-count-on-our-silence')!;
  t.is(r.device, 'us_them');
  t.is(r.rule.lexicon, 'us-them-cues');
  t.true(r.examples.length > 0 && r.examples.every((e) => e.firedRules.includes('us-them-count-on-our-silence')));
  t.true(r.nearMisses.length > 0);
  t.deepEqual(r.mismatches, []);
  // Every rule id an analysis can carry from a lexicon entry is found: a sentiment rating under the id its finding carries.
  const scab = analyze('The scabs crossed the line.', { devices: ['sentiment'] }).findings.find((f) => f.rule.startsWith('sentiment-override-'))!;
  t.is(explainRule(scab.rule)!.rule.id, 'scabs');
  // A rule a data file describes, and a learned model.
  t.is(explainRule('them-the-employer')!.rule.kind, 'rule');
  t.is(explainRule('us-them-learned')!.rule.kind, 'learned model');
  // The sentiment rules that are no single entry (a package's word list, a negator, a lone "!") are described in sentiment-rules.
  for (const id of ['sentiment-afinn', 'sentiment-emoji', 'sentiment-negated', 'sentiment-exclamation', 'sentiment-framing-call']) {
    const described = explainRule(id)!.rule;
    t.is(described.kind, 'rule', id);
    t.is(described.lexicon, 'sentiment-rules', id);
  }
  t.regex(explainRule('sentiment-afinn')!.rule.note, /AFINN-165/);
  // A rule the analyzer's code makes, with no entry of its own, is still found and said to be so.
  t.is(explainRule('them-disparaged-group')!.rule.kind, 'code');
  t.is(explainRule('no-such-rule'), undefined);
  // A JavaScript caller's wrong argument is named, not read as no rule.
  t.throws(() => explainRule(5 as unknown as string), { message: /explainRule\(\) takes a rule id as a string, not 5/ });
});

test('one rule\'s near misses are those that rule does not flag: a label that is only listed, or another rule that flags it, is no mismatch of this one', (t) => {
  // "Time is not on our side." is the note's own near miss of us-them-whose-side: only the in-group label "our side" is listed.
  const side = explainRule('us-them-whose-side')!;
  t.deepEqual(side.mismatches, []);
  const time = side.nearMisses.find((e) => e.text === 'Time is not on our side.');
  t.truthy(time);
  t.deepEqual(time!.flaggedBy, []);
  t.notRegex(renderRuleExplanationText(side), /did not behave/);
  // A near miss of cta-group-should that cta-should-be-done flags is shown as a near miss of this rule, saying which rule flags it.
  const group = explainRule('cta-group-should')!;
  t.deepEqual(group.mismatches, []);
  const polish = group.nearMisses.find((e) => e.text.startsWith('We believe that the Polish people should be allowed'));
  t.deepEqual(polish?.flaggedBy, ['cta-should-be-done']);
  t.regex(renderRuleExplanationText(group).replace(/\s+/g, ' '), /the Polish people should be allowed to work out their problems\." \(flagged by cta-should-be-done instead\)/);
  // In the device's view the same sentence is flagged by the device, so it is no near miss there.
  const [calls] = explainDevices({ device: 'call_to_action' });
  t.false(calls.nearMisses.some((e) => e === polish || e.text === polish!.text));
  t.true(calls.mismatches.some((m) => m.text === polish!.text && m.claimed === 'not caught'));
});

test('`rhetoric explain <rule-id>` prints that rule; a name that is neither a device nor a rule says both were tried', async (t) => {
  const io = captureIO();
  t.is(await main(['explain', 'us-them-contrast'], io), 0);
  t.true(io.out().startsWith('us-them-contrast (a rule of Us/them framing, us_them)'));
  t.true(io.out().includes('Caught (checked by running the analyzer now):'));
  const json = captureIO();
  t.is(await main(['explain', 'us-them-contrast', '--format', 'json'], json), 0);
  t.is(JSON.parse(json.out()).rule.id, 'us-them-contrast');
  const bad = captureIO();
  t.is(await main(['explain', 'no-such-rule'], bad), 2);
  t.regex(bad.err(), /unknown device or rule "no-such-rule"/);
});

test('a note speaks to readers: no lexicon note names a field of the lexicons; how a rule decides, with its fields, is its detail, which explain shows and findings do not', async (t) => {
  const lexicons = loadLexicons();
  const notes: { id: string; note: string; detail?: string }[] = [];
  for (const a of analyzers) {
    for (const l of lexicons.forDevice(a.id)) for (const e of l.entries) notes.push(e as { id: string; note: string; detail?: string });
    for (const f of lexicons.ruleNotes(a.id)) notes.push(...f.rules);
  }
  const withField = notes.filter((n) => n.note.includes('`'));
  t.deepEqual(withField.map((n) => n.id), [], 'notes that name a field (`…`): move that part to "detail"');
  const detailed = notes.filter((n) => n.detail !== undefined);
  t.true(detailed.length > 0);
  // explain shows the detail of a rule that has one, after its note.
  const named = explainRule('them-named-adversary');
  t.truthy(named?.rule.detail);
  const io = captureIO();
  t.is(await main(['explain', 'them-named-adversary'], io), 0);
  t.regex(io.out(), /How it decides: A named person/);
  t.regex(io.out().replace(/\s+/g, ' '), /ownNationTextPattern/);
  // A finding's explanation is the note, never the detail.
  const r = analyze('The regime of Norland has betrayed our people and burned our harbours.', { devices: ['us_them'], year: 2026 });
  t.true(r.findings.length > 0);
  for (const f of r.findings) t.false(f.explanation.includes('`'), f.rule);
});

test('a rule from a --lexicons folder is explained as coming from that folder\'s file, a built-in one from lexicons/', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rhetoric-explain-own-'));
  const file = join(dir, 'slogan-formulas.json');
  const entry = { id: 'slogan-forward-ever', pattern: '^\\W*forward ever\\b', note: 'A rally cry of the movement.', examples: ['Forward ever!'] };
  writeFileSync(file, JSON.stringify({ lexicon: 'slogan-formulas', kind: 'patterns', device: 'slogan', description: 'Our own.', entries: [entry] }));
  const own = explainRule('slogan-forward-ever', { lexicons: [dir] })!;
  t.is(own.rule.file, file);
  t.true(renderRuleExplanationText(own).replace(/\s+/g, ' ').includes(`From: ${file}, a --lexicons file adding to lexicon "slogan-formulas" (patterns)`));
  t.deepEqual(own.examples.map((e) => e.text), ['Forward ever!'], 'its example is caught with the folder loaded');
  const builtIn = explainRule('slogan-down-with', { lexicons: [dir] })!;
  t.is(builtIn.rule.file, undefined);
  t.true(renderRuleExplanationText(builtIn).includes('From: lexicons/slogan-formulas.json (patterns)'));
});
