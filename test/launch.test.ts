import test from 'ava';
import { runInChild, runsWithFlags, type FlagSetting } from '../src/cli/launch.js';

const plain: FlagSetting = { env: {}, execArgv: [] };

test('a command that analyzes text runs in a child process started with V8 flags', (t) => {
  t.true(runsWithFlags(['analyze', 'speech.txt'], plain));
  t.true(runsWithFlags(['analyze', 'speeches/', '--jobs', '2'], plain));
  t.true(runsWithFlags(['eval', 'gold.jsonl'], plain));
  t.true(runsWithFlags(['compare', 'a.txt', 'b.txt'], plain));
  t.true(runsWithFlags(['worksheet', 'speech.txt'], plain));
});

test('a command that only prints runs in the launching process', (t) => {
  t.false(runsWithFlags(['explain', 'slogan'], plain));
  t.false(runsWithFlags(['config', 'speech.txt'], plain));
  t.false(runsWithFlags([], plain), 'no command prints help');
  t.false(runsWithFlags(['analyze', 'speech.txt', '--help'], plain));
});

test('a process started with Node options of its own runs the command as it is', (t) => {
  t.false(runsWithFlags(['analyze', 'speech.txt'], { env: {}, execArgv: ['--no-regexp-tier-up'] }), 'the child itself starts no other child');
  t.false(runsWithFlags(['analyze', 'speech.txt'], { env: {}, execArgv: ['--inspect'] }), "a user's own options are kept");
  t.false(runsWithFlags(['analyze', 'speech.txt'], { env: { NODE_OPTIONS: '--max-old-space-size=2048' }, execArgv: [] }));
  t.true(runsWithFlags(['analyze', 'speech.txt'], { env: { NODE_OPTIONS: '  ' }, execArgv: [] }), 'blank NODE_OPTIONS is no option');
});

test("the child's exit code is the launcher's", async (t) => {
  t.is(await runInChild(['-e', 'process.exitCode = 7']), 7);
  t.is(await runInChild(['-e', '']), 0);
});
