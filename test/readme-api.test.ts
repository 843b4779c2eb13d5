import test from 'ava';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

test("the README's API example runs against the built package and prints findings", (t) => {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) t.fail('dist/ is missing: run npm run build (npm test does)');
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Library API'));
  const code = /```js\n([^]*?)```/.exec(section)?.[1];
  t.truthy(code, 'the API section has a js example');
  // Inside the package folder, Node resolves the package's own name through its "exports" (self-reference).
  const dir = join(ROOT, 'test', 'output');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'readme-api-example.mjs');
  writeFileSync(file, code!);
  const out = execFileSync('node', [file], { cwd: ROOT, encoding: 'utf8' });
  t.regex(out, /^slogan slogan-down-with line 1: “Down with the tyrants!” — /m);
  t.regex(out, /call_to_action \S+ line 3: /);
  t.regex(out, /\[ 'slogan', 'historical_analogy', 'us_them', 'call_to_action' \]/);
});
