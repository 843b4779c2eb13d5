// config --print refuses lexicon folders a run would refuse, in the run's words, rather than show them as if they applied.

import test from 'ava';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { captureIO } from './helpers/io.js';

test('config --print with a lexicons folder that is missing, a file or holds a broken lexicon exits 1 with the line a run gives', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'rhetoric-config-lex-'));
  try {
    writeFileSync(join(root, 'speech.txt'), 'We must act now.\n');
    writeFileSync(join(root, 'afile'), 'x');
    mkdirSync(join(root, 'broken'));
    writeFileSync(join(root, 'broken', 'slogan-formulas.json'), '{"lexicon": "slogan-formulas"');
    for (const folder of ['missing', 'afile', 'broken']) {
      writeFileSync(join(root, '.rhetoricrc.json'), JSON.stringify({ lexicons: [folder] }));
      const run = captureIO(root);
      t.is(await main(['analyze', 'speech.txt', '--quiet', '--out', 'o'], run), 1, folder);
      const printed = captureIO(root);
      t.is(await main(['config', '--print', 'speech.txt'], printed), 1, `config --print with lexicons: ["${folder}"]`);
      t.is(printed.out(), '');
      t.is(printed.err(), run.err(), folder);
    }
    // A good folder is still shown.
    mkdirSync(join(root, 'mine'));
    writeFileSync(join(root, '.rhetoricrc.json'), JSON.stringify({ lexicons: ['mine'] }));
    const ok = captureIO(root);
    t.is(await main(['config', '--print', 'speech.txt'], ok), 0, ok.err());
    t.regex(ok.out(), /^lexicons = \[".*mine"\] {2}\(.*\.rhetoricrc\.json\)$/m);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
