// Safe output: escaping for every format, slugs for file names, paths kept inside the output folder, atomic writes.

import test from 'ava';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/index.js';
import { renderReportFiles, writeReportFiles } from '../src/report/write.js';
import { escapeHtml, escapeMarkdownCell, escapeMarkdownInline, escapeXml, stripXmlInvalid } from '../src/util/escape.js';
import { ensureDir, insideDir, writeFileAtomic } from '../src/util/fs.js';
import { slugify } from '../src/util/slug.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'rhetoric-output-'));

test('escapeHtml escapes the five HTML-significant characters', (t) => {
  t.is(escapeHtml(`<script>alert("x") & 'y'</script>`), '&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;');
  t.is(escapeHtml('&amp;'), '&amp;amp;', 'an entity in the input stays text');
  t.is(escapeHtml('plain 🔥 text'), 'plain 🔥 text');
});

test('escapeXml gives entities and drops characters XML 1.0 forbids', (t) => {
  t.is(escapeXml('a < b && c > "d" \'e\''), 'a &lt; b &amp;&amp; c &gt; &quot;d&quot; &#39;e&#39;');
  t.is(escapeXml('bell\u0007 esc\u001b[31m nul\u0000 vt\u000b ff\u000c \ufffe\uffff'), 'bell esc[31m nul vt ff ');
  t.is(escapeXml('tab\tnl\ncr\r'), 'tab\tnl\ncr\r', 'tab and line breaks are allowed');
  t.is(escapeXml('pair 😀 ok'), 'pair 😀 ok');
  t.is(escapeXml('lone \ud83d high and \ude00 low'), 'lone  high and  low');
  t.is(stripXmlInvalid(']]> <![CDATA['), ']]> <![CDATA[', 'CDATA markers are left for the entity step');
  t.is(escapeXml(']]>'), ']]&gt;');
});

test('any string escaped with escapeXml is valid inside an SVG text element and attribute', (t) => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
      const e = escapeXml(s);
      return XMLValidator.validate(`<svg xmlns="http://www.w3.org/2000/svg"><title>${e}</title><text aria-label="${e}" data-x='${e}'>${e}</text></svg>`) === true;
    }),
    { numRuns: 300, seed: 4242 },
  );
  t.pass();
});

test('escapeMarkdownInline neutralizes pipes, backticks, leading #, emphasis, links and HTML', (t) => {
  t.is(escapeMarkdownInline('# Not a heading'), '\\# Not a heading');
  t.is(escapeMarkdownCell('a | b'), 'a \\| b');
  t.is(escapeMarkdownInline('`code` and *stars* and _under_'), '\\`code\\` and \\*stars\\* and \\_under\\_');
  // With both brackets escaped no link can form, so parentheses stay as they are.
  t.is(escapeMarkdownInline('[link](javascript:alert(1))'), '\\[link\\](javascript:alert(1))');
  t.is(escapeMarkdownInline('![image](x.png)'), '\\!\\[image\\](x.png)');
  t.is(escapeMarkdownInline('<img src=x onerror=alert(1)>'), '&lt;img src=x onerror=alert(1)\\>');
  t.is(escapeMarkdownInline('file-name.txt, version 0.1.0'), 'file-name.txt, version 0.1.0', 'ordinary punctuation is left readable');
  t.is(escapeMarkdownInline('&lt; stays text'), '&amp;lt; stays text');
  t.is(escapeMarkdownInline('line one\r\nline two\u2028three'), 'line one line two three');
  t.is(escapeMarkdownInline('1. not a list'), '1\\. not a list');
  t.is(escapeMarkdownInline('> not a quote'), '\\> not a quote');
  t.is(escapeMarkdownInline('Vote for us ##'), 'Vote for us \\##', 'a closing run of # would be dropped from a heading');
  t.is(escapeMarkdownInline('We are # 1 and # more'), 'We are # 1 and # more', 'a # inside the text is left readable');
  t.is(escapeMarkdownInline('We are #1'), 'We are #<!-- -->1', 'a # before a number would link an issue on GitHub');
  t.is(escapeMarkdownInline('nul\u0000 gone'), 'nul gone');
});

test('escaped Markdown cells never hold an unescaped pipe, a line break or a raw tag', (t) => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
      const e = escapeMarkdownCell(s);
      const unescapedPipe = /(^|[^\\])(\\\\)*\|/.test(e);
      return !unescapedPipe && !/[\r\n]/.test(e) && !e.includes('<') && !/(^|[^\\])(\\\\)*`/.test(e);
    }),
    { numRuns: 300, seed: 4243 },
  );
  t.pass();
});

test('slugify makes safe file names from any title', (t) => {
  t.is(slugify('Stages in the revolution'), 'stages-in-the-revolution');
  t.is(slugify('Revolución bolivariana'), 'revolucion-bolivariana');
  t.is(slugify('../../etc/passwd'), 'etc-passwd');
  t.is(slugify('..\\..\\windows\\system32'), 'windows-system32');
  t.is(slugify('..'), 'untitled');
  t.is(slugify(''), 'untitled');
  t.is(slugify('🔥🔥🔥'), 'untitled');
  t.is(slugify('\u0000\u0007\u001b[31m'), '31m');
  t.is(slugify('CON'), 'con-text');
  t.is(slugify('nul'), 'nul-text');
  t.is(slugify('com1'), 'com1-text');
  t.is(slugify('LPT9'), 'lpt9-text');
  t.is(slugify('console'), 'console');
  t.is(slugify('a'.repeat(500)).length, 60);
  t.is(slugify(`${'word '.repeat(30)}`), 'word-word-word-word-word-word-word-word-word-word-word-word', 'cut at the limit without a trailing dash');
});

test('slugify output is always a safe path segment', (t) => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 1, max: 100 }), (s, max) => {
      const slug = slugify(s, max);
      return (
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) &&
        slug.length <= Math.max(max, 'untitled'.length) + '-text'.length &&
        !/^(?:con|prn|aux|nul|com\d|lpt\d)$/.test(slug)
      );
    }),
    { numRuns: 500, seed: 4244 },
  );
  t.pass();
});

test('insideDir accepts paths inside the folder and refuses every escape', (t) => {
  const root = scratch();
  t.is(insideDir(root, 'report.md'), join(root, 'report.md'));
  t.is(insideDir(root, 'sections/01-a.svg'), join(root, 'sections', '01-a.svg'));
  t.is(insideDir(root, '..report.md'), join(root, '..report.md'), 'a name that merely starts with two dots is inside');
  for (const bad of ['../x', '../../etc/passwd', '/etc/passwd', 'sections/../../x', '.', '', 'a/../..', 'nul\u0000byte']) {
    t.throws(() => insideDir(root, bad), { message: /refusing to write outside the output folder/ }, JSON.stringify(bad));
  }
});

test('insideDir refuses a path whose folder is a symbolic link leading outside', (t) => {
  const root = scratch();
  const outside = scratch();
  symlinkSync(outside, join(root, 'sections'));
  t.throws(() => insideDir(root, 'sections/01-x.svg'), { message: /refusing to write outside/ });
  mkdirSync(join(root, 'inner'));
  symlinkSync(join(root, 'inner'), join(root, 'alias'));
  t.is(insideDir(root, 'alias/ok.svg'), join(root, 'alias', 'ok.svg'), 'a link that stays inside is fine');
});

test('writeFileAtomic replaces a file whole and leaves no temp file', (t) => {
  const dir = scratch();
  const path = join(dir, 'report.md');
  writeFileSync(path, 'old');
  writeFileAtomic(path, 'new contents');
  t.is(readFileSync(path, 'utf8'), 'new contents');
  t.deepEqual(readdirSync(dir), ['report.md']);
});

test('a failed atomic write leaves the earlier file intact and no temp file', (t) => {
  const dir = scratch();
  const path = join(dir, 'report.md');
  writeFileSync(path, 'earlier report');
  // A folder with the file's name makes the rename fail after the temp file is written.
  const blocked = join(dir, 'blocked');
  mkdirSync(blocked);
  writeFileSync(join(blocked, 'keep.txt'), 'x');
  t.throws(() => writeFileAtomic(blocked, 'data'), { message: /cannot write .*blocked/ });
  t.is(readFileSync(path, 'utf8'), 'earlier report');
  t.deepEqual(readdirSync(dir).sort(), ['blocked', 'report.md']);
});

test('ensureDir says in one line when a file is in the way', (t) => {
  const dir = scratch();
  writeFileSync(join(dir, 'reports'), 'a file');
  t.throws(() => ensureDir(join(dir, 'reports', 'speech')), { message: /reports is a file, not a folder$/ });
  t.throws(() => ensureDir(join(dir, 'reports')), { message: /reports is a file, not a folder$/ });
  ensureDir(join(dir, 'new', 'deep'));
  t.true(existsSync(join(dir, 'new', 'deep')));
});

test('a report run that fails leaves the earlier report intact, and the user’s own files alone', async (t) => {
  const dir = join(scratch(), 'speech');
  const first = await renderReportFiles(analyze('# First\n\nWe stand together. Down with them!\n', { name: 'speech.md' }), ['md', 'json']);
  writeReportFiles(dir, first);
  writeFileSync(join(dir, 'my-notes.txt'), 'mine');
  const before = new Map(first.map((f) => [f.path, readFileSync(join(dir, f.path), 'utf8')]));
  // Something in the way of one file: the second run must fail before replacing any file.
  const victim = first.find((f) => f.path === 'report.json')!;
  rmSync(join(dir, victim.path));
  mkdirSync(join(dir, victim.path));
  const second = await renderReportFiles(analyze('# Second\n\nA different text entirely. Join us!\n', { name: 'speech.md' }), ['md', 'json']);
  t.throws(() => writeReportFiles(dir, second), { message: /cannot write .*report\.json: a folder of that name is in the way/ });
  for (const [path, contents] of before) if (path !== victim.path) t.is(readFileSync(join(dir, path), 'utf8'), contents, `${path} is the earlier version`);
  t.is(readFileSync(join(dir, 'my-notes.txt'), 'utf8'), 'mine');
  const leftovers: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d, { withFileTypes: true })) {
      if (n.isDirectory()) walk(join(d, n.name));
      else if (n.name.endsWith('.tmp')) leftovers.push(n.name);
    }
  };
  walk(dir);
  t.deepEqual(leftovers, [], 'no temp file is left');
});
