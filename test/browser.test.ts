// The HTML report in a real browser (headless Debian Chromium through playwright-core): highlights, explanations, toggles, inert hostile text.

import anyTest, { type TestFn } from 'ava';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { CliIO } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';
import { analyze } from '../src/analyze.js';
import { renderHtml } from '../src/report/html.js';
import type { AnalysisResult } from '../src/result.js';
import { denseText } from '../bench/dense-text.js';
import { CHROMIUM, CHROMIUM_ARGS, HAVE_BROWSER, NO_BROWSER } from './helpers/browser.js';
import { OPED_PATH, SHARED_AVAILABLE } from './helpers/shared.js';

// Browser globals used inside page callbacks (which run in the page); declared here because the project compiles without the DOM library.
interface El {
  id: string;
  contains(other: El): boolean;
  getClientRects(): { left: number; top: number; width: number; height: number }[];
}
declare const document: {
  activeElement: El | null;
  documentElement: { scrollWidth: number; clientWidth: number };
  getElementById(id: string): El | null;
  elementFromPoint(x: number, y: number): El | null;
};
declare const location: { hash: string };
declare const window: Record<string, unknown>;
declare function getComputedStyle(e: unknown, pseudo?: string): { backgroundColor: string; textDecorationLine: string; textDecorationColor: string; content: string };

/** Screenshots for people to look at (gitignored). */
const OUTPUT_DIR = fileURLToPath(new URL('./output/browser/', import.meta.url));

interface Context {
  work: string;
  browsers: BrowserContext[];
  opedHtml: string;
  opedJson: AnalysisResult;
  hostileHtml: string;
  denseHtml: string;
  denseJson: AnalysisResult;
  rallyHtml: string;
  rallyJson: AnalysisResult;
}

const test = anyTest as TestFn<Context>;

/** Each device's computed underline colour, as [device, rgb()] pairs, from its first highlight. */
function underlineColours(page: Page): Promise<[string, string][]> {
  return page.$$eval('mark.hl', (els) => {
    const seen = new Map<string, string>();
    for (const e of els) {
      const device = e.getAttribute('data-device') ?? '';
      if (!seen.has(device)) seen.set(device, getComputedStyle(e).textDecorationColor);
    }
    return [...seen];
  });
}

/** WCAG contrast of a computed rgb() colour against white. */
function contrastOnWhite(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).map(Number).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

function quietIO(cwd: string): CliIO & { err: string[] } {
  const err: string[] = [];
  return { err, stdout: () => {}, stderr: (s) => void err.push(s), readStdin: async () => Buffer.alloc(0), stdoutIsTTY: false, stderrIsTTY: false, env: {}, cwd };
}

/** Writes a report with the CLI (`--format all`) and returns the folder. */
async function writeReport(work: string, file: string, name: string): Promise<string> {
  const io = quietIO(work);
  const code = await main(['analyze', file, '--format', 'all', '--out', 'reports', '--name', name, '--quiet'], io);
  if (code !== 0) throw new Error(`rhetoric analyze exited ${code}: ${io.err.join('')}`);
  return join(work, 'reports', name);
}

async function launch(t: { context: Context }, javaScriptEnabled = true): Promise<Page> {
  const profile = mkdtempSync(join(t.context.work, 'profile-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    javaScriptEnabled,
    viewport: { width: 1400, height: 1000 },
    offline: true,
  });
  t.context.browsers.push(browser);
  return browser.pages()[0] ?? (await browser.newPage());
}

const HOSTILE = `<script>window.pwned = 1</script> A hostile title

Down with <b onmouseover="alert(2)">tyranny</b> & "quotes" 'too'!

</textarea><img src=x onerror="alert(3)"> Visit javascript:alert(4) now. <a href="javascript:alert(5)">click</a>

Hands off "<svg onload=alert(6)>"!
`;

/** An invented rally speech in Markdown: highlights in its headings, and findings of three devices on the very same words. */
const RALLY = `# Down with the Toll on Fenwick Lane!

## Rise up, Fenwick: the profiteers are at the door

The greedy profiteers of the Lane Company cheat us every week. We are the honest families of Fenwick, and they are the thieves who empty our purses.

Join us at the depot on Friday. Sign the letter today. Down with the toll! Roads for all! Down with the toll!
`;

/** What Chromium's accessibility tree gives (name and description) for each element `selector` matches, with its id and text. */
async function accessible(page: Page, selector: string): Promise<{ id: string; text: string; name: string; description: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const texts = await page.$$eval(selector, (els) => els.map((e) => ({ id: e.id, text: (e as unknown as { innerText: string }).innerText })));
    const out = [];
    for (const [i, nodeId] of nodeIds.entries()) {
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
      out.push({ ...texts[i], name: String(nodes[0]?.name?.value ?? ''), description: String(nodes[0]?.description?.value ?? '') });
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

/** The middle of the first occurrence of `word` in the text of the element `selector` matches (across the highlights in it), in page coordinates of the viewport. */
async function wordPoint(page: Page, selector: string, word: string): Promise<{ x: number; y: number }> {
  await page.locator(selector).scrollIntoViewIfNeeded();
  return page.evaluate(
    ([selector, word]) => {
      interface TextNode { textContent: string }
      const d = document as unknown as {
        querySelector(s: string): unknown;
        createTreeWalker(root: unknown, what: number): { nextNode(): TextNode | null };
        createRange(): { setStart(n: TextNode, o: number): void; setEnd(n: TextNode, o: number): void; getBoundingClientRect(): { left: number; top: number; width: number; height: number } };
      };
      const walker = d.createTreeWalker(d.querySelector(selector), 4);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent.indexOf(word);
        if (at < 0) continue;
        const range = d.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + word.length);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      throw new Error(`no ${word} in ${selector}`);
    },
    [selector, word] as const,
  );
}

/** Text without any white space, to compare names that browsers space differently around inline elements. */
const squeezed = (s: string): string => s.replace(/\s+/g, '');

if (!HAVE_BROWSER) {
  test(NO_BROWSER, (t) => {
    t.log(`no browser at ${CHROMIUM}`);
    t.pass();
  });
} else if (!SHARED_AVAILABLE) {
  test('browser tests (skipped: ../shared is absent beside the checkout, so there is no op-ed to open)', (t) => t.pass());
} else {
  test.before(async (t) => {
    const work = mkdtempSync(join(tmpdir(), 'rhetoric-browser-'));
    t.context.work = work;
    t.context.browsers = [];
    const oped = await writeReport(work, OPED_PATH, 'op-ed');
    t.context.opedHtml = join(oped, 'report.html');
    t.context.opedJson = JSON.parse(readFileSync(join(oped, 'report.json'), 'utf8')) as AnalysisResult;
    const hostileFile = join(work, 'hostile.txt');
    (await import('node:fs')).writeFileSync(hostileFile, HOSTILE);
    t.context.hostileHtml = join(await writeReport(work, hostileFile, 'hostile'), 'report.html');
    const denseFile = join(work, 'dense.txt');
    (await import('node:fs')).writeFileSync(denseFile, denseText(5000));
    const dense = await writeReport(work, denseFile, 'dense');
    t.context.denseHtml = join(dense, 'report.html');
    t.context.denseJson = JSON.parse(readFileSync(join(dense, 'report.json'), 'utf8')) as AnalysisResult;
    const rallyFile = join(work, 'rally.md');
    (await import('node:fs')).writeFileSync(rallyFile, RALLY);
    const rally = await writeReport(work, rallyFile, 'rally');
    t.context.rallyHtml = join(rally, 'report.html');
    t.context.rallyJson = JSON.parse(readFileSync(join(rally, 'report.json'), 'utf8')) as AnalysisResult;
    mkdirSync(OUTPUT_DIR, { recursive: true });
  });

  test.after.always(async (t) => {
    for (const b of t.context.browsers ?? []) await b.close().catch(() => {});
    if (t.context.work) rmSync(t.context.work, { recursive: true, force: true });
  });

  test.serial('the op-ed report: one highlight per finding of report.json, each covering exactly its quote', async (t) => {
    const page = await launch(t);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(pathToFileURL(t.context.opedHtml).href);
    const findings = t.context.opedJson.findings;
    t.true(findings.length > 0);
    t.is(await page.locator('mark.hl').count(), findings.length);
    for (const d of t.context.opedJson.devices) {
      t.is(await page.locator(`mark.hl[data-device="${d.id}"]`).count(), findings.filter((f) => f.device === d.id).length, d.id);
    }
    // The fragments of each finding, read in document order, spell its quote; device and rule match report.json.
    const marks = await page.$$eval('mark.hl, mark.hl-cont', (els) => els.map((e) => ({ k: Number(e.getAttribute('data-finding')), text: e.textContent ?? '', device: e.getAttribute('data-device'), rule: e.getAttribute('data-rule') })));
    const spelled = new Map<number, string>();
    for (const m of marks) {
      // A fragment's textContent includes the fragments nested in it, which belong to it as well.
      spelled.set(m.k, (spelled.get(m.k) ?? '') + m.text);
    }
    const wrong = findings.flatMap((f, k) => (spelled.get(k) === f.quote ? [] : [`${k}: ${JSON.stringify(spelled.get(k))} ≠ ${JSON.stringify(f.quote)}`]));
    t.deepEqual(wrong, []);
    for (const m of marks.filter((x) => x.rule !== null)) {
      t.is(m.device, findings[m.k].device);
      t.is(m.rule, findings[m.k].rule);
    }
    t.deepEqual(errors, [], 'no script errors and no blocked loads');
  });

  test.serial('focusing a highlight (keyboard or click) shows its explanation; toggling a device hides its highlights', async (t) => {
    const page = await launch(t);
    await page.goto(pathToFileURL(t.context.opedHtml).href);
    const findings = t.context.opedJson.findings;
    const panel = page.locator('#explain');
    t.false(await panel.isVisible());

    // Focus the first slogan highlight: the panel names the device and gives the finding's explanation.
    const k = findings.findIndex((f) => f.device === 'slogan');
    t.true(k >= 0, 'the op-ed has a slogan finding');
    await page.locator(`#hl-${k}`).focus();
    t.true(await panel.isVisible());
    const shown = await panel.innerText();
    t.true(shown.includes(findings[k].explanation), shown);
    t.true(shown.includes(`rule ${findings[k].rule}`));
    // Screen readers read the kind of finding and its explanation from the hidden elements that hold them.
    const described = (await page.locator(`#hl-${k}`).getAttribute('aria-describedby')) ?? '';
    t.regex(described, /^kind-\d+ why-\d+$/);
    t.is(await page.locator(`#${described.split(' ')[1]}`).textContent(), findings[k].explanation);

    // Tab moves to the next highlight and the panel follows it.
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.id ?? '');
    t.regex(next, /^hl-\d+$/);
    const nk = Number(next.slice(3));
    t.true((await panel.innerText()).includes(findings[nk].explanation));

    // A click on another highlight explains that one.
    const other = findings.findIndex((f, i) => i !== k && i !== nk && f.device !== 'slogan');
    if (other >= 0) {
      await page.locator(`#hl-${other}`).scrollIntoViewIfNeeded();
      await page.locator(`#hl-${other}`).click();
      t.true((await panel.innerText()).includes(findings[other].explanation));
    }

    // The panel's link leads to the finding in its section's list, which opens.
    await page.locator(`#hl-${k}`).focus();
    await panel.locator('a').first().click();
    t.true(await page.locator(`#finding-${k}`).isVisible());

    // Back to the slogan for the screenshot, with the panel open beside the highlighted closing slogans.
    await page.locator(`#hl-${k}`).focus();
    await page.locator(`#hl-${k}`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUTPUT_DIR, 'op-ed-report.png') });

    // Switch slogans off: their highlights lose colour and underline and leave the tab order; other devices keep theirs.
    const style = (sel: string) =>
      page.$eval(sel, (e) => {
        const s = getComputedStyle(e);
        return { bg: s.backgroundColor, line: s.textDecorationLine, tab: (e as unknown as { tabIndex: number }).tabIndex };
      });
    const before = await style(`#hl-${k}`);
    t.not(before.bg, 'rgba(0, 0, 0, 0)');
    t.is(before.line, 'underline');
    await page.locator('input.device-toggle[data-device="slogan"]').uncheck();
    const after = await style(`#hl-${k}`);
    t.deepEqual(after, { bg: 'rgba(0, 0, 0, 0)', line: 'none', tab: -1 });
    const hiddenAll = await page.$$eval('mark[data-device="slogan"]', (els) => els.every((e) => getComputedStyle(e).textDecorationLine === 'none'));
    t.true(hiddenAll);
    const otherDevice = findings.findIndex((f) => f.device !== 'slogan');
    if (otherDevice >= 0) t.is((await style(`#hl-${otherDevice}`)).line, 'underline');
    t.is(await page.locator(`#finding-${k}`).isVisible(), false, 'its list entries are hidden too');
    await page.screenshot({ path: join(OUTPUT_DIR, 'op-ed-report-slogans-off.png') });
    await page.locator('input.device-toggle[data-device="slogan"]').check();
    t.is((await style(`#hl-${k}`)).line, 'underline');

    // "only": one device at a time.
    await page.locator('button.only[aria-label="Show only Slogans"]').click();
    const checked = await page.$$eval('input.device-toggle', (els) => els.map((e) => [e.getAttribute('data-device'), (e as unknown as { checked: boolean }).checked]));
    t.deepEqual(checked.filter(([, c]) => c).map(([d]) => d), ['slogan']);
    // Its button says it is pressed (the others not); pressed again, every device shows and no button is pressed.
    const pressed = () => page.$$eval('button.only', (els) => els.map((e) => e.getAttribute('aria-pressed')));
    t.deepEqual(await pressed(), t.context.opedJson.devices.map((d) => String(d.id === 'slogan')));
    await page.locator('button.only[aria-label="Show only Slogans"]').click();
    t.deepEqual(await pressed(), t.context.opedJson.devices.map(() => 'false'));
    t.true(await page.$$eval('input.device-toggle', (els) => els.every((e) => (e as unknown as { checked: boolean }).checked)));
  });

  test.serial('with JavaScript off the report still reads: every explanation is text in the lists of findings, a shared one linked to where it is given, and CSS-only toggles work', async (t) => {
    const page = await launch(t, false);
    await page.goto(pathToFileURL(t.context.opedHtml).href);
    const findings = t.context.opedJson.findings;
    t.is(await page.locator('mark.hl').count(), findings.length);
    t.true(await page.locator('.no-js-note').isVisible());
    const k = findings.findIndex((f) => f.device === 'slogan');
    // The explanation is the text of an element (what a screen reader reads for the highlight), not a copy in a title or a CSS box.
    const described = (await page.locator(`#hl-${k}`).getAttribute('aria-describedby')) ?? '';
    t.is(await page.locator(`#${described.split(' ')[1]}`).textContent(), findings[k].explanation);
    t.is(await page.locator(`#hl-${k}`).getAttribute('title'), null);
    await page.locator(`#hl-${k}`).focus();
    t.is(await page.$eval(`#hl-${k}`, (e) => getComputedStyle(e, '::after').content), 'none');
    // Every listed finding gives its explanation, or links to the earlier finding that gives it.
    const items = await page.$$eval('li.finding', (els) =>
      els.map((e) => ({ id: e.id, text: e.textContent ?? '', same: e.querySelector('a.same')?.getAttribute('href') ?? null })),
    );
    t.is(items.length, findings.length);
    const byId = new Map(items.map((i) => [i.id, i] as const));
    const unexplained = items.filter((i) => {
      const own = findings[Number(i.id.slice('finding-'.length))].explanation;
      return !(i.text.includes(own) || (i.same !== null && (byId.get(i.same.slice(1))?.text ?? '').includes(own)));
    });
    t.deepEqual(unexplained.map((i) => i.id), []);
    // Following such a link opens the (closed) list that holds the explanation and shows it.
    const shared = items.find((i) => i.same !== null);
    t.truthy(shared, 'the op-ed has findings that share an explanation');
    await page.goto(`${pathToFileURL(t.context.opedHtml).href}#${shared!.id}`);
    await page.locator(`#${shared!.id} a.same`).click();
    const target = page.locator(shared!.same!);
    t.true(await target.isVisible());
    t.true((await target.innerText()).includes(findings[Number(shared!.id.slice('finding-'.length))].explanation));
    await page.locator('input.device-toggle[data-device="slogan"]').uncheck();
    t.is(await page.$eval(`#hl-${k}`, (e) => getComputedStyle(e).textDecorationLine), 'none');
    // Without a script nothing takes a switched-off highlight out of the tab order: where the focus is must still show.
    await page.focus(`#hl-${k}`);
    t.not(await page.$eval(`#hl-${k}`, (e) => (getComputedStyle(e) as unknown as { outlineStyle: string }).outlineStyle), 'none');
  });

  test.serial('a screen reader gets each highlight named by its words and described by its kind and explanation while the lists are closed, and headings keep their own text as name', async (t) => {
    for (const [html, json, javaScript] of [
      [t.context.rallyHtml, t.context.rallyJson, true],
      [t.context.rallyHtml, t.context.rallyJson, false],
      [t.context.opedHtml, t.context.opedJson, true],
    ] as const) {
      const page = await launch(t, javaScript);
      await page.goto(pathToFileURL(html).href);
      t.is(await page.locator('details.findings[open]').count(), 0, 'the lists of findings start closed');
      const titleOf = new Map(json.devices.map((d) => [d.id, d.title] as const));
      // The label a list entry gives its finding ("Loaded wording"), by finding.
      const labels = new Map(await page.$$eval('li.finding', (els) => els.map((e) => [e.id.slice('finding-'.length), e.querySelector('strong')?.textContent ?? ''] as const)));
      const marks = await accessible(page, 'mark.hl');
      t.is(marks.length, json.findings.length);
      const wrong = marks.flatMap((m) => {
        const k = m.id.slice('hl-'.length);
        const f = json.findings[Number(k)];
        const description = `${labels.get(k)} (${titleOf.get(f.device)}): ${f.explanation}`;
        return [
          ...(squeezed(m.name) === squeezed(m.text) ? [] : [`${m.id} is named ${JSON.stringify(m.name)}, not by its words ${JSON.stringify(m.text)}`]),
          ...(m.description === description ? [] : [`${m.id} is described as ${JSON.stringify(m.description)}, not ${JSON.stringify(description)}`]),
        ];
      });
      t.deepEqual(wrong, [], `${html} with scripts ${javaScript ? 'on' : 'off'}`);
      // A heading that holds highlights is named by its own words, as a screen reader's list of headings shows it.
      const headings = await accessible(page, 'main h1, main h2, main h3');
      t.true(headings.some((h) => h.text.startsWith('Down with')) || html !== t.context.rallyHtml, 'the rally has a highlight in a heading');
      t.deepEqual(headings.filter((h) => squeezed(h.name) !== squeezed(h.text)).map((h) => `${JSON.stringify(h.name)} ≠ ${JSON.stringify(h.text)}`), []);
    }
    // The panel repeats what the highlight's description says: announcing it as a live region would read it twice.
    const page = await launch(t);
    await page.goto(pathToFileURL(t.context.rallyHtml).href);
    t.is(await page.locator('#explain').getAttribute('aria-live'), null);
  });

  test.serial('a device switched off gives no tooltip, no help cursor and no explanation where its highlights were, and is not mentioned around another device’s highlight', async (t) => {
    const page = await launch(t);
    await page.goto(pathToFileURL(t.context.rallyHtml).href);
    const findings = t.context.rallyJson.findings;
    // The title "Down with the Toll on Fenwick Lane!": the whole line is a slogan, a call to action and a sentiment frame; "Down with" is also an us/them cue.
    for (const device of ['sentiment', 'slogan', 'call_to_action']) await page.locator(`input.device-toggle[data-device="${device}"]`).uncheck();
    const pointedAt = (p: { x: number; y: number }) =>
      page.evaluate(({ x, y }) => {
        const e = document.elementFromPoint(x, y) as unknown as { title: string; closest(s: string): unknown };
        return { title: e.title, cursor: (getComputedStyle(e) as unknown as { cursor: string }).cursor };
      }, p);
    const toll = await wordPoint(page, 'main h1', 'Toll');
    await page.mouse.move(toll.x, toll.y);
    t.deepEqual(await pointedAt(toll), { title: '', cursor: 'auto' }, 'no tooltip or help cursor over words whose devices are all off');
    await page.mouse.click(toll.x, toll.y);
    t.true(await page.locator('#explain').isHidden(), 'a click there explains nothing');

    const down = await wordPoint(page, 'main h1', 'Down');
    await page.mouse.move(down.x, down.y);
    const k = findings.findIndex((f) => f.device === 'us_them' && f.quote === 'Down with');
    const tip = await pointedAt(down);
    t.true(tip.title.startsWith('Us/them cue (Us/them framing'), tip.title);
    t.true(tip.title.includes(findings[k].explanation));
    t.is(tip.cursor, 'help');
    await page.mouse.click(down.x, down.y);
    t.is(await page.evaluate(() => document.activeElement?.id ?? ''), `hl-${k}`);
    const shown = await page.locator('#explain .items').innerText();
    t.true(shown.includes(findings[k].explanation));
    t.false(shown.includes('Also around these words'), shown);
  });

  test.serial('switching a device off while the panel explains it updates the panel, and each list counts the findings it still shows', async (t) => {
    const page = await launch(t);
    await page.goto(pathToFileURL(t.context.rallyHtml).href);
    const findings = t.context.rallyJson.findings;
    const summaries = () => page.$$eval('details.findings summary', (els) => els.map((e) => e.textContent ?? ''));
    const before = await summaries();
    t.true(before.length > 0 && before.every((s) => /^Findings in this section \(\d+\)$/.test(s)), before.join(' | '));
    // "Down with" in the title: an us/them cue, inside the slogan, call to action and sentiment frame of the whole line.
    const down = await wordPoint(page, 'main h1', 'Down');
    await page.mouse.click(down.x, down.y);
    const explained = await page.evaluate(() => document.activeElement?.id ?? '');
    const k = Number(explained.replace('hl-', ''));
    t.true(await page.locator('#explain').isVisible());
    t.true((await page.locator('#explain .items').innerText()).includes('Also around these words'));
    // Switch off every device but the one explained: the panel stays, and no longer mentions the others.
    for (const d of t.context.rallyJson.devices) if (d.id !== findings[k].device) await page.locator(`input.device-toggle[data-device="${d.id}"]`).uncheck();
    t.true(await page.locator('#explain').isVisible(), 'its own device is still on');
    t.false((await page.locator('#explain .items').innerText()).includes('Also around these words'), 'the others it listed are off');
    await page.locator(`input.device-toggle[data-device="${findings[k].device}"]`).uncheck();
    t.true(await page.locator('#explain').isHidden(), 'a panel explaining a device switched off closes');
    // With every device off, each list says it shows none of its findings.
    const off = await summaries();
    t.true(off.every((s, i) => s === `Findings in this section (0 of ${/\d+/.exec(before[i])![0]} shown)`), off.join(' | '));
    const slogan = t.context.rallyJson.devices.find((d) => d.id === 'slogan')!;
    await page.locator(`input.device-toggle[data-device="${slogan.id}"]`).check();
    const counted = (await summaries()).map((s) => Number(/\((\d+)/.exec(s)![1]));
    // The lists are closed; open them so the items' display can be read.
    await page.$$eval('details.findings', (els) => els.forEach((d) => ((d as unknown as { open: boolean }).open = true)));
    const visible = await page.$$eval('details.findings', (els) => els.map((d) => Array.prototype.filter.call(d.querySelectorAll('li.finding'), (li: { offsetParent: unknown }) => li.offsetParent !== null).length));
    t.deepEqual(counted, visible, `counts ${counted} against items shown ${visible}`);
  });

  test.serial('pointing at words that several findings share gives a tooltip that explains every one of them, innermost first', async (t) => {
    const page = await launch(t);
    await page.goto(pathToFileURL(t.context.rallyHtml).href);
    const findings = t.context.rallyJson.findings;
    /** The tooltip over `word` of the title, one explanation a paragraph. */
    const tooltip = async (word: string) => {
      const p = await wordPoint(page, 'main h1', word);
      await page.mouse.move(p.x, p.y);
      return page.evaluate(({ x, y }) => (document.elementFromPoint(x, y) as unknown as { title: string }).title, p);
    };
    // The title "Down with the Toll on Fenwick Lane!": three findings of three devices span it all, two more "Down with".
    const whole = findings.flatMap((f, k) => (f.start === findings[0].start && f.quote === 'Down with the Toll on Fenwick Lane!' ? [k] : []));
    const down = findings.flatMap((f, k) => (f.start === findings[0].start && f.quote === 'Down with' ? [k] : []));
    t.deepEqual(whole.map((k) => findings[k].device).sort(), ['call_to_action', 'sentiment', 'slogan']);
    t.is(down.length, 2);
    for (const [word, ks] of [['Toll', whole], ['Down', [...down, ...whole]]] as const) {
      const paragraphs = (await tooltip(word)).split('\n\n');
      t.is(paragraphs.length, ks.length, word);
      const missing = ks.filter((k) => !paragraphs.some((p) => p.endsWith(`: ${findings[k].explanation} [${findings[k].rule}]`)));
      t.deepEqual(missing, [], `${word}: findings the tooltip leaves out`);
    }
    // Innermost first: over "Down" the two findings on those words alone come before the three on the whole line.
    const first = (await tooltip('Down')).split('\n\n').slice(0, 2);
    t.true(first.every((p) => down.some((k) => p.includes(findings[k].explanation))), first.join(' | '));
  });

  test.serial('pointing at a highlight gives it a tooltip made from the one stored explanation; an open list writes every shared explanation out in full', async (t) => {
    const page = await launch(t);
    await page.goto(pathToFileURL(t.context.opedHtml).href);
    const findings = t.context.opedJson.findings;
    const k = findings.findIndex((f) => f.device === 'slogan');
    await page.locator(`#hl-${k}`).scrollIntoViewIfNeeded();
    await page.locator(`#hl-${k}`).hover();
    const tip = (await page.locator(`#hl-${k}`).getAttribute('title')) ?? '';
    t.true(tip.includes(`(Slogans, strength ${findings[k].strength.toFixed(2)}): ${findings[k].explanation} [${findings[k].rule}]`), tip);

    // A list of findings, once open, gives every explanation as text, a shared one too.
    t.true((await page.locator('a.same').count()) > 0, 'the op-ed has findings that share an explanation');
    const lists = page.locator('details.findings');
    for (let i = 0; i < (await lists.count()); i++) await lists.nth(i).locator('summary').click();
    t.is(await page.locator('a.same').count(), 0);
    const shown = await page.$$eval('li.finding', (els) => els.map((e) => [e.id, (e as unknown as { innerText: string }).innerText] as const));
    t.deepEqual(shown.filter(([id, text]) => !text.includes(findings[Number(id.slice('finding-'.length))].explanation)).map(([id]) => id), []);

    // In a dense text a finding may be split around another (a continuation fragment): pointing at that part explains it too.
    await page.goto(pathToFileURL(t.context.denseHtml).href);
    const cont = page.locator('mark.hl-cont').first();
    t.true((await page.locator('mark.hl-cont').count()) > 0, 'the dense text has a continuation fragment');
    await cont.scrollIntoViewIfNeeded();
    await cont.hover();
    const contTip = (await cont.getAttribute('title')) ?? '';
    t.true(contTip.includes(t.context.denseJson.findings[Number(await cont.getAttribute('data-finding'))].explanation), contTip);
  });

  test.serial('on a tablet and a phone the page fits its width: charts and tables shrink or scroll inside, never the page', async (t) => {
    const page = await launch(t);
    await page.goto(pathToFileURL(t.context.opedHtml).href);
    for (const width of [768, 375]) {
      await page.setViewportSize({ width, height: 800 });
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      t.true(scroll <= client, `at ${width}px the page is ${scroll}px wide`);
      await page.screenshot({ path: join(OUTPUT_DIR, `op-ed-report-${width}.png`) });
    }
  });

  test.serial('on a phone, by keyboard alone: Tab explains each highlight with neither the bar nor the panel over it, Escape or Close closes and leaves the focus on it, Enter explains again, links land below the bar', async (t) => {
    const page = await launch(t);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(pathToFileURL(t.context.opedHtml).href);
    const findings = t.context.opedJson.findings;
    const panel = page.locator('#explain');
    /** Whether the element with this id is what shows at the middle of its first line (nothing sits over it). */
    const uncovered = (id: string) =>
      page.evaluate((id) => {
        const e = document.getElementById(id)!;
        const r = e.getClientRects()[0];
        const top = document.elementFromPoint(r.left + Math.min(r.width / 2, 4), r.top + r.height / 2);
        return top !== null && (e.contains(top) || top.contains(e));
      }, id);
    await page.locator('mark.hl').first().focus();
    const covered: string[] = [];
    for (let i = 0; i < 40; i++) {
      const id = await page.evaluate(() => document.activeElement?.id ?? '');
      if (/^hl-\d+$/.test(id)) {
        t.true((await panel.innerText()).includes(findings[Number(id.slice(3))].explanation), id);
        if (!(await uncovered(id))) covered.push(id);
      }
      await page.keyboard.press('Tab');
    }
    t.deepEqual(covered, [], 'highlights hidden under the bar or the panel when focused');
    await page.screenshot({ path: join(OUTPUT_DIR, 'op-ed-report-375-focus.png') });

    // Escape closes the panel; Enter on the highlight that keeps the focus opens it again.
    const id = await page.evaluate(() => document.activeElement?.id ?? '');
    t.regex(id, /^hl-\d+$/);
    await page.keyboard.press('Escape');
    t.false(await panel.isVisible());
    await page.keyboard.press('Enter');
    t.true(await panel.isVisible());
    t.true((await panel.innerText()).includes(findings[Number(id.slice(3))].explanation));
    t.true(await uncovered(id));

    // From the panel's link, Escape closes the panel and takes the focus back to the highlight, not to the top of the page;
    // so does the Close button, by keyboard or pointer, and the panel stays closed.
    await page.locator('#explain a').first().focus();
    await page.keyboard.press('Escape');
    t.false(await panel.isVisible());
    t.is(await page.evaluate(() => document.activeElement?.id ?? ''), id);
    await page.keyboard.press('Enter');
    await page.locator('#explain button.close').focus();
    await page.keyboard.press('Enter');
    t.false(await panel.isVisible(), 'Close closes the panel');
    t.is(await page.evaluate(() => document.activeElement?.id ?? ''), id);
    await page.keyboard.press('Enter');
    await page.locator('#explain button.close').click();
    t.false(await panel.isVisible(), 'a click on Close closes the panel');
    t.is(await page.evaluate(() => document.activeElement?.id ?? ''), id);

    // A link to a highlight or a listed finding lands below the bar of toggles (five rows here, three on a tablet), not under it.
    await page.keyboard.press('Escape');
    for (const [width, target] of [[375, `hl-${findings.length - 1}`], [768, `hl-${findings.length >> 1}`], [768, 'finding-0']] as const) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(pathToFileURL(t.context.opedHtml).href);
      await page.evaluate((id) => void (location.hash = id), target);
      t.true(await uncovered(target), `at ${width}px #${target} is under the bar`);
    }
  });

  test.serial('on a phone the panel leaves a focused highlight’s underlines in view, the deepest of stacked ones too', async (t) => {
    const page = await launch(t);
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto(pathToFileURL(t.context.rallyHtml).href);
    const ids = await page.$$eval('mark.hl', (els) => els.map((e) => e.id));
    const hidden: string[] = [];
    for (const id of ids) {
      await page.focus(`#${id}`);
      // The lowest underline drawn under the highlight's last line: its baseline, the deepest offset among the highlights in it, the line's thickness.
      const { lowest, panelTop } = await page.evaluate((id) => {
        type Box = { getBoundingClientRect(): { top: number; bottom: number; left: number; right: number } };
        type Node = Box & { appendChild(n: unknown): void; remove(): void; style: Record<string, string>; querySelectorAll(s: string): ArrayLike<unknown> };
        const d = document as unknown as { getElementById(id: string): Node; createElement(tag: string): Node };
        const mark = d.getElementById(id);
        const probe = d.createElement('span');
        Object.assign(probe.style, { display: 'inline-block', width: '0', height: '0', verticalAlign: 'baseline' });
        mark.appendChild(probe);
        const baseline = probe.getBoundingClientRect().bottom;
        probe.remove();
        const offsets = [mark, ...Array.from(mark.querySelectorAll('mark'))].map((m) => parseFloat((getComputedStyle(m) as unknown as { textUnderlineOffset: string }).textUnderlineOffset));
        const panel = d.getElementById('explain').getBoundingClientRect();
        return { lowest: baseline + Math.max(...offsets) + 2, panelTop: panel.top };
      }, id);
      if (lowest > panelTop) hidden.push(`${id}: underline down to ${lowest.toFixed(0)}px, panel from ${panelTop.toFixed(0)}px`);
    }
    t.deepEqual(hidden, []);
  });

  test.serial('on screen every device’s underline stands out from the white page at 3:1 or more (WCAG’s contrast for graphics)', async (t) => {
    const page = await launch(t);
    await page.goto(pathToFileURL(t.context.opedHtml).href);
    const lines = await underlineColours(page);
    t.true(lines.length > 1);
    const faint = lines.filter(([, c]) => contrastOnWhite(c) < 3).map(([d, c]) => `${d} ${c} (${contrastOnWhite(c).toFixed(2)}:1)`);
    t.deepEqual(faint, [], 'underlines fainter than 3:1 on the white page');
  });

  test.serial('printed: every device’s underline is dark enough to read in black and white, controls and the panel are gone, the lists of findings are open and give every explanation in full', async (t) => {
    const page = await launch(t);
    await page.goto(pathToFileURL(t.context.opedHtml).href);
    await page.locator('mark.hl').first().focus();
    // Before printing, the lists open and every listed finding gives its explanation in full, at once (not on the toggle events that follow).
    const linksLeft = await page.evaluate(() => {
      const w = window as unknown as { dispatchEvent(e: unknown): void; Event: new (type: string) => unknown };
      w.dispatchEvent(new w.Event('beforeprint'));
      return (document as unknown as { querySelectorAll(s: string): { length: number } }).querySelectorAll('a.same').length;
    });
    t.is(linksLeft, 0);
    await page.emulateMedia({ media: 'print' });
    const lines = await underlineColours(page);
    t.true(lines.length > 1);
    const faint = lines.filter(([, c]) => contrastOnWhite(c) < 4.5).map(([d, c]) => `${d} ${c} (${contrastOnWhite(c).toFixed(2)}:1)`);
    t.deepEqual(faint, [], 'underlines fainter than 4.5:1 on white paper');
    t.false(await page.locator('.controls').isVisible());
    t.false(await page.locator('#explain').isVisible());
    t.true(await page.locator('#finding-0').isVisible(), 'the closed list of findings prints open');
    await page.pdf({ path: join(OUTPUT_DIR, 'op-ed-report.pdf'), format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
  });

  test.serial('moving between highlights restyles only what changed, not the whole page (the toggles’ :has() is not on an ancestor of the text)', async (t) => {
    const page = await launch(t);
    await page.goto(pathToFileURL(t.context.opedHtml).href);
    const ids = await page.$$eval('mark.hl', (els) => els.slice(0, 6).map((e) => e.id));
    await page.focus(`#${ids[0]}`);
    // Chromium's trace counts the elements each style update visits: a count, not a time.
    const cdp = await page.context().newCDPSession(page);
    const events: { name: string; args?: { elementCount?: number } }[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
    for (const id of ids.slice(1)) {
      await page.focus(`#${id}`);
      await page.evaluate(() => document.documentElement.scrollWidth);
    }
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    const counts = events.filter((e) => e.name === 'UpdateLayoutTree').map((e) => e.args?.elementCount ?? 0);
    const elements = await page.locator('*').count();
    t.true(counts.length > 0, 'the trace has style updates');
    t.true(Math.max(...counts) < elements / 20, `a focus restyled ${Math.max(...counts)} of ${elements} elements`);
  });

  test.serial('lines broken by U+2028 or U+2029 are lines of the page, as the same lines broken by LF are', async (t) => {
    const lines = ['A Speech', '', 'They are traitors to our people.', 'Like Rome before its fall, we are weak.', 'Let us march on!'];
    const heights: Record<string, number[]> = {};
    for (const [name, br] of [['LF', '\n'], ['LS', '\u2028'], ['PS', '\u2029']]) {
      const file = join(t.context.work, `lines-${name}.html`);
      writeFileSync(file, renderHtml(analyze(lines.join(br), { name: 'lines.txt' })));
      const page = await launch(t);
      await page.goto(pathToFileURL(file).href);
      heights[name] = await page.locator('main .body p').evaluateAll((els) => els.map((e) => Math.round((e as unknown as El).getClientRects()[0].height)));
    }
    t.is(heights.LF.length, 1, 'one paragraph');
    t.deepEqual(heights.LS, heights.LF);
    t.deepEqual(heights.PS, heights.LF);
  });

  test.serial('a hostile text renders inert: no script runs, no element is injected, the text reads as written', async (t) => {
    const page = await launch(t);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(t.context.hostileHtml).href);
    await page.locator('mark.hl').first().hover();
    await page.locator('mark.hl').first().focus();
    t.deepEqual(dialogs, []);
    t.is(await page.evaluate(() => window.pwned), undefined);
    t.is(await page.locator('main img, main b, main a[href^="javascript"], main svg[onload], main textarea').count(), 0);
    t.is(await page.locator('script').count(), 1);
    const text = await page.locator('main .body').allInnerTexts();
    const all = text.join('\n');
    t.true(all.includes('<script>window.pwned = 1</script> A hostile title'));
    t.true(all.includes('Down with <b onmouseover="alert(2)">tyranny</b> & "quotes" \'too\'!'));
    t.true(all.includes('</textarea><img src=x onerror="alert(3)"> Visit javascript:alert(4) now.'));
    t.true((await page.locator('mark.hl').count()) > 0, 'the hostile slogans are highlighted');
  });
}
