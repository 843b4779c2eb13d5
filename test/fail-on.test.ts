// --fail-on guards a CI build: it must hold for a folder of texts too, and refuse a threshold that could never pass.

import test from 'ava';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { main } from '../src/cli/main.js';
import { captureIO } from './helpers/io.js';

const CALLING = 'We must act now. Join us in the struggle. Let us march together.\n';
const CALM = 'The committee met on Tuesday. It reviewed the budget and adjourned at noon.\n';

function tempFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'rl-fail-on-'));
  writeFileSync(join(root, 'calling.txt'), CALLING);
  writeFileSync(join(root, 'calm.txt'), CALM);
  return root;
}

test('a corpus run exits 1 when a document passes a --fail-on threshold, and names that document', async (t) => {
  t.true(analyze(CALLING).document.call_to_action.score > 1);
  t.is(analyze(CALM).document.call_to_action.score, 0);
  const root = tempFolder();
  const io = captureIO(root);
  t.is(await main(['analyze', '.', '--quiet', '--jobs', '1', '--no-config', '--out', 'o', '--fail-on', 'call_to_action>1'], io), 1);
  t.regex(io.err(), /--fail-on: calling\.txt: call_to_action [\d.]+ > 1/);
  t.notRegex(io.err(), /calm\.txt/);
  const passing = captureIO(root);
  t.is(await main(['analyze', '.', '--quiet', '--jobs', '1', '--no-config', '--out', 'o', '--fail-on', 'call_to_action>100000'], passing), 0);
  t.is(passing.err(), '');
});

test('a --fail-on threshold on a device the run leaves out is a usage error, not a check that always passes', async (t) => {
  const root = tempFolder();
  for (const input of ['calling.txt', '.']) {
    const io = captureIO(root);
    t.is(await main(['analyze', input, '--quiet', '--no-config', '--out', 'o', '--devices', 'slogan', '--fail-on', 'call_to_action>1'], io), 2, input);
    t.regex(io.err(), /--fail-on: call_to_action is not analyzed in this run/);
  }
  writeFileSync(join(root, '.rhetoricrc.json'), JSON.stringify({ devices: { call_to_action: false } }));
  const fromConfig = captureIO(root);
  t.is(await main(['analyze', 'calling.txt', '--quiet', '--out', 'o', '--fail-on', 'call_to_action>1'], fromConfig), 2);
});
