// How report.html and worksheet.html look in a real browser (headless Debian Chromium through playwright-core): what a reader sees, measured in pixels and boxes.

import anyTest, { type TestFn } from 'ava';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { analyze } from '../src/analyze.js';
import { renderHtml } from '../src/report/html.js';
import { renderReportFiles } from '../src/report/write.js';
import { buildWorksheet, renderWorksheetHtml } from '../src/teach/worksheet.js';
import { CHROMIUM, CHROMIUM_ARGS, HAVE_BROWSER, inkRows, NO_BROWSER } from './helpers/browser.js';
import { withFindings } from './helpers/findings.js';

interface Context {
  browser: Browser;
  work: string;
}

const test = anyTest as TestFn<Context>;

// Browser globals used inside page callbacks (which run in the page); declared here because the project compiles without the DOM library.
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}
interface El {
  getClientRects(): ArrayLike<Box>;
  getBoundingClientRect(): Box;
  prepend(e: El): void;
  remove(): void;
  scrollIntoView(options: unknown): void;
  style: Record<string, string>;
}
declare const document: { getElementById(id: string): El; createElement(tag: string): El };
declare function getComputedStyle(e: El): { lineHeight: string };

/** An invented paragraph; its middle sentence carries five findings nested on the same words, as a rally cry often does. */
const RALLY_TEXT = `Harrowvale Voices

The ferry ran late again this week and nobody at the depot would say why, so we asked again at the meeting. Down with the greedy toll barons and their friends! We will keep asking at every meeting until somebody answers us plainly and in writing.
`;
const STACKED = 'Down with the greedy toll barons and their friends!';

/** An invented text whose words, title, headings and file name are far wider than a phone. */
const LONG_WORD = 'Floccinaucinihilipilificationantidisestablishmentarianismsupercalifragilisticexpialidociousness';
const LONG_TEXT = `# The ${LONG_WORD} Manifesto

## Against ${LONG_WORD}${LONG_WORD}

Down with the ${LONG_WORD}! They are traitors. Read https://example.invalid/${'long-path-segment-'.repeat(12)}?q=${'x'.repeat(80)} and rise up now!

## A short one

Join us.
`;

/** An invented speech of three sections, for the charts drawn beside or under each. */
const SECTIONS_TEXT = `# The Bridge Toll

## What happened

The council raised the toll twice this year. Families now pay more to reach the hospital than to heat their homes.

## Who did it

The toll barons met in secret and they laughed at our letters. They are greedy and they are cruel.

## What we do now

Join us on Friday at the depot! Sign the letter today. Down with the toll!
`;

/** An invented text in Hebrew and Arabic that quotes English slogans, and an English paragraph that names an Arabic town. */
const RTL_TEXT = `# Voices from the bridge

זה טקסט בעברית על הגשר והאגרה. Down with the toll! הם בוגדים ושקרנים!

مرحبا بكم في المدينة الجميلة. Rise up and march with us! هذا نص عربي طويل قليلا عن الجسر والمدينة والناس.

We marched from الخليل to the river and back again, singing all the way.
`;

/** Opens an HTML page in a fresh browser context of the given width (offline, as the reports need nothing from the network). */
async function open(t: { context: Context }, name: string, html: string, width: number, height = 800): Promise<Page> {
  const file = join(t.context.work, name);
  writeFileSync(file, html);
  const context = await t.context.browser.newContext({ viewport: { width, height }, offline: true });
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).href);
  return page;
}

if (!HAVE_BROWSER) {
  test(NO_BROWSER, (t) => {
    t.log(`no browser at ${CHROMIUM}`);
    t.pass();
  });
} else {
  test.before(async (t) => {
    t.context.work = mkdtempSync(join(tmpdir(), 'rhetoric-look-'));
    t.context.browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });

  test.after.always(async (t) => {
    await t.context.browser?.close().catch(() => {});
    if (t.context.work) rmSync(t.context.work, { recursive: true, force: true });
  });

  test.serial('stacked underlines, a wave among them, each stay clear of the one above and of the next line of text, on screen and in print', async (t) => {
    const base = analyze(RALLY_TEXT, { name: 'rally.txt' });
    const at = RALLY_TEXT.indexOf(STACKED);
    // Outermost first, each a little shorter. The nesting the "Down with …!" rules produce: a slogan (solid), the sentence's
    // tone (dotted), a call to action (wavy), an us/them cue (dashed) and a loaded word (dotted); then one with the wave deepest.
    for (const devices of [
      ['slogan', 'sentiment', 'call_to_action', 'us_them', 'sentiment'],
      ['slogan', 'sentiment', 'us_them', 'sentiment', 'call_to_action'],
      // Seven deep, beyond the five the line spacing was made for: the page spaces its lines for its deepest stack.
      ['slogan', 'sentiment', 'call_to_action', 'us_them', 'historical_analogy', 'sentiment', 'slogan'],
    ]) {
      const result = withFindings(base, devices.map((device, i) => ({ device, start: at, end: at + STACKED.length - i * 3 })));
      const page = await open(t, 'stacked.html', renderHtml(result), 375);
      for (const media of ['screen', 'print'] as const) {
        await page.emulateMedia({ media });
        // Only the underlines paint: no letters, no tints.
        await page.addStyleTag({ content: '.body p{color:transparent}mark{background:none!important}' });
        // The first line of the stacked words, with more text on the line below it.
        const line = await page.evaluate(() => {
          const inner = document.getElementById('hl-4');
          inner.scrollIntoView({ block: 'center' });
          const first = inner.getClientRects()[0];
          const probe = document.createElement('span');
          Object.assign(probe.style, { display: 'inline-block', width: '0', height: '0', verticalAlign: 'baseline' });
          inner.prepend(probe);
          const baseline = probe.getBoundingClientRect().bottom;
          probe.remove();
          // Where the next line's letters may start: its baseline less the ascent the text's boxes show.
          const spacing = parseFloat(getComputedStyle(inner).lineHeight);
          return { left: first.left, width: first.width, baseline, spacing, nextTop: baseline + spacing - (baseline - first.top) };
        });
        t.true(line.width > 20, `${media}: the stacked words start a line`);
        // Each underline alone: the rows it paints, below the baseline.
        const painted: { id: string; from: number; to: number }[] = [];
        for (let k = 0; k < devices.length; k++) {
          const only = await page.addStyleTag({ content: `mark{text-decoration-line:none!important}#hl-${k}{text-decoration-line:underline!important}` });
          const rows = await inkRows(page, { x: line.left, y: line.baseline, width: line.width, height: Math.floor(line.spacing) });
          await only.evaluate((e) => (e as unknown as El).remove());
          const inked = rows.flatMap((ink, y) => (ink ? [y] : []));
          t.true(inked.length > 0, `${media}: hl-${k} paints an underline`);
          painted.push({ id: `hl-${k} (${devices[k]})`, from: Math.min(...inked), to: Math.max(...inked) + 1 });
        }
        const room = line.nextTop - line.baseline;
        const crossing = painted.flatMap((p, i) => [
          ...(i > 0 && p.from < painted[i - 1].to ? [`${p.id} from ${p.from}px crosses ${painted[i - 1].id} down to ${painted[i - 1].to}px`] : []),
          ...(p.to > room ? [`${p.id} reaches ${p.to}px below the baseline, into the next line from ${room.toFixed(1)}px`] : []),
        ]);
        t.deepEqual(crossing, [], `${devices.join(' > ')}, ${media}: underlines ${painted.map((p) => `${p.from}–${p.to}`).join(', ')} px below the baseline`);
      }
      await page.context().close();
    }
  });

  test.serial('on a phone (390 px) the bar of toggles wraps onto more rows: every toggle in view, none scrolled out of the bar', async (t) => {
    const result = analyze(SECTIONS_TEXT, { name: 'bridge.md' });
    const page = await open(t, 'phone-bar.html', renderHtml(result), 390, 844);
    const bar = await page.evaluate(() => {
      type Node = El & { scrollWidth: number; clientWidth: number };
      const d = document as unknown as { querySelector(s: string): Node; querySelectorAll(s: string): ArrayLike<Node> };
      const fieldset = d.querySelector('.controls fieldset');
      const box = fieldset.getBoundingClientRect();
      const toggles = Array.from(d.querySelectorAll('.controls .toggle')).map((e) => e.getBoundingClientRect());
      return {
        scrolls: fieldset.scrollWidth > fieldset.clientWidth + 1,
        rows: new Set(toggles.map((r) => Math.round(r.top))).size,
        outside: toggles.filter((r) => r.left < box.left - 1 || r.right > box.right + 1 || r.right > 390).length,
        height: d.querySelector('.controls').getBoundingClientRect().height,
      };
    });
    t.false(bar.scrolls, 'the bar does not scroll sideways');
    t.true(bar.rows >= 2, `the toggles stand on ${bar.rows} rows`);
    t.is(bar.outside, 0, 'every toggle is inside the bar and the window');
    t.true(bar.height < 844 / 4, `the bar takes ${bar.height}px of an 844 px window`);
    await page.context().close();
  });

  test.serial('at 320 px a text of very long words, addresses and file name never makes the report or the worksheet scroll sideways', async (t) => {
    const result = analyze(LONG_TEXT, { name: `${LONG_WORD}-${LONG_WORD}.md` });
    const pages = [
      ['report.html', renderHtml(result)],
      ['worksheet.html', renderWorksheetHtml(buildWorksheet(result, { count: 4 }))],
    ] as const;
    for (const [name, html] of pages) {
      const page = await open(t, name, html, 320);
      const wide = await page.evaluate(() => {
        const d = document as unknown as { documentElement: { scrollWidth: number; clientWidth: number }; querySelectorAll(s: string): ArrayLike<{ tagName: string; className: string; scrollWidth: number; clientWidth: number }> };
        const over = Array.from(d.querySelectorAll('header, main, footer, h1, h2, h3, p, li')).filter((e) => e.scrollWidth > e.clientWidth + 1);
        return { page: d.documentElement.scrollWidth, view: d.documentElement.clientWidth, over: over.map((e) => `${e.tagName.toLowerCase()}.${e.className} ${e.scrollWidth}px`) };
      });
      t.deepEqual(wide.over, [], `${name}: elements wider than their box`);
      t.true(wide.page <= wide.view, `${name}: the page is ${wide.page}px wide in a ${wide.view}px window`);
      await page.context().close();
    }
  });

  test.serial('from a phone to a wide screen, every chart is drawn at four fifths of its size or more, so its 10 px labels stay readable; on a phone it scrolls within its box, not the page', async (t) => {
    const result = analyze(SECTIONS_TEXT, { name: 'bridge.md' });
    const files = await renderReportFiles(result, ['html']);
    const html = files.find((f) => f.path === 'report.html')!.contents as string;
    for (const width of [320, 375, 800, 1024, 1280, 1440, 1920]) {
      const page = await open(t, 'sections.html', html, width);
      const drawn = await page.evaluate(() => {
        const d = document as unknown as {
          documentElement: { scrollWidth: number; clientWidth: number };
          querySelectorAll(s: string): ArrayLike<{ getBoundingClientRect(): Box; viewBox: { baseVal: { width: number } } }>;
        };
        const scales = Array.from(d.querySelectorAll('figure.chart svg')).map((svg) => svg.getBoundingClientRect().width / svg.viewBox.baseVal.width);
        return { scales, beside: d.querySelectorAll('section.sec aside svg').length, page: d.documentElement.scrollWidth, view: d.documentElement.clientWidth };
      });
      t.is(drawn.beside, result.sections.length, `${width}px: a chart per section`);
      t.true(drawn.scales.every((s) => s >= 0.8), `${width}px: charts drawn at ${drawn.scales.map((s) => s.toFixed(2)).join(', ')} of their size`);
      t.true(drawn.page <= drawn.view, `${width}px: the page is ${drawn.page}px wide`);
      await page.context().close();
    }
  });

  test.serial('a paragraph in Hebrew or Arabic reads from the right edge, in the report and the worksheet; an English one naming an Arabic town from the left', async (t) => {
    const result = analyze(RTL_TEXT, { name: 'voices.md' });
    const pages = [
      ['report.html', renderHtml(result), 'main .body p'],
      ['worksheet.html', renderWorksheetHtml(buildWorksheet(result, { count: 10 })), 'blockquote'],
    ] as const;
    for (const [name, html, selector] of pages) {
      const page = await open(t, name, html, 800);
      // For each block: its first words, and on which side of the block its first letter sits.
      const sides = await page.evaluate((selector) => {
        interface Text { textContent: string }
        const d = document as unknown as {
          querySelectorAll(s: string): ArrayLike<El & { textContent: string }>;
          createTreeWalker(root: unknown, what: number): { nextNode(): Text | null };
          createRange(): { setStart(n: Text, o: number): void; setEnd(n: Text, o: number): void; getBoundingClientRect(): Box };
        };
        return Array.from(d.querySelectorAll(selector)).map((block) => {
          const first = d.createTreeWalker(block, 4).nextNode()!;
          const range = d.createRange();
          range.setStart(first, 0);
          range.setEnd(first, 1);
          const letter = range.getBoundingClientRect();
          const box = block.getBoundingClientRect();
          return [block.textContent.trim().slice(0, 12), letter.left - box.left < box.right - letter.right ? 'left' : 'right'] as const;
        });
      }, selector);
      const side = (start: string) => sides.find(([text]) => text.startsWith(start))?.[1];
      t.is(side('זה טקסט'), 'right', `${name}: ${JSON.stringify(sides)}`);
      t.is(side('مرحبا'), 'right', `${name}: ${JSON.stringify(sides)}`);
      if (name === 'report.html') t.is(side('We marched'), 'left', `${name}: ${JSON.stringify(sides)}`);
      await page.context().close();
    }
  });

  test.serial('beside a long section on a short wide screen, the chart and scores that stay in view fit the window or scroll within it', async (t) => {
    // An invented section far longer than the window, between two short ones.
    const long = Array.from({ length: 40 }, (_, i) => `The council met again on day ${i + 1} and said nothing new about the toll. We waited outside in the cold and talked about the river.`).join('\n\n');
    const result = analyze(`# The Long Wait\n\n## Before\n\nWe asked.\n\n## The wait\n\n${long}\n\n## After\n\nJoin us!\n`, { name: 'wait.md' });
    const files = await renderReportFiles(result, ['html']);
    const page = await open(t, 'long-section.html', files.find((f) => f.path === 'report.html')!.contents as string, 1500, 700);
    const aside = await page.evaluate(() => {
      const d = document as unknown as { querySelectorAll(s: string): ArrayLike<El & { scrollHeight: number; clientHeight: number }> };
      const sections = Array.from(d.querySelectorAll('section.sec'));
      const longest = sections.reduce((a, b) => (b.getBoundingClientRect().height > a.getBoundingClientRect().height ? b : a));
      // Halfway down the long section: its aside is stuck below the bar.
      const box = longest.getBoundingClientRect();
      (globalThis as unknown as { scrollBy(x: number, y: number): void }).scrollBy(0, box.top + box.height / 2);
      const a = (longest as unknown as { querySelector(s: string): El & { scrollHeight: number; clientHeight: number } }).querySelector(':scope > aside');
      const style = getComputedStyle(a) as unknown as { overflowY: string; position: string };
      return { bottom: a.getBoundingClientRect().bottom, window: (globalThis as unknown as { innerHeight: number }).innerHeight, scrolls: a.scrollHeight > a.clientHeight, overflow: style.overflowY, position: style.position };
    });
    t.is(aside.position, 'sticky');
    t.true(aside.bottom <= aside.window, `the aside ends ${aside.bottom}px down a ${aside.window}px window: its last rows cannot be seen while the section is read`);
    t.true(!aside.scrolls || aside.overflow === 'auto', 'what does not fit scrolls within the aside');
    await page.context().close();
  });

  test.serial('each swatch draws its device’s own line, in its style and colour, in forced colours too, the same in the bar and in the legend', async (t) => {
    const result = analyze(SECTIONS_TEXT, { name: 'bridge.md' });
    const page = await open(t, 'swatches.html', renderHtml(result), 1000);
    for (const forcedColors of ['none', 'active'] as const) {
      await page.emulateMedia({ forcedColors });
      // (No named functions in page callbacks: the test runner's compiler wraps them in a helper the page lacks.)
      const looks = await page.evaluate(() => {
        type Node = El & { getAttribute(a: string): string | null; querySelector(s: string): Node };
        const d = document as unknown as { querySelectorAll(s: string): ArrayLike<Node> };
        return Array.from(d.querySelectorAll('.controls .toggle')).map((toggle) => {
          const mark = d.querySelectorAll(`main mark.dv${toggle.querySelector('input').getAttribute('data-dv')}`)[0];
          const [swatch, marked] = [toggle.querySelector('.swatch'), mark].map((e) => {
            if (!e) return null;
            const s = getComputedStyle(e) as unknown as { textDecorationLine: string; textDecorationStyle: string; textDecorationColor: string };
            return `${s.textDecorationLine} ${s.textDecorationStyle} ${s.textDecorationColor}`;
          });
          return { swatch: swatch ?? '', mark: marked };
        });
      });
      t.is(looks.length, result.devices.length);
      for (const { swatch, mark } of looks) if (mark !== null) t.is(swatch, mark, `${forcedColors}: the swatch draws what the highlights draw`);
      t.is(new Set(looks.map((l) => l.swatch.split(' ').slice(0, 2).join(' '))).size, looks.length, `${forcedColors}: every device's swatch has a line style of its own: ${looks.map((l) => l.swatch).join(' | ')}`);
    }
    // The same line wherever a swatch stands (the bar, the legend, the score tables): its painted rows, without the tint.
    await page.emulateMedia({ forcedColors: 'none' });
    await page.addStyleTag({ content: '.swatch{background:none!important}' });
    const rowsOf = async (selector: string): Promise<string> => {
      const box = (await page.locator(selector).first().boundingBox())!;
      const rows = await inkRows(page, { x: box.x, y: box.y, width: box.width, height: box.height });
      return rows.map((ink) => (ink ? '#' : '.')).join('').replace(/^\.+|\.+$/g, '');
    };
    for (const [i, d] of result.devices.entries()) {
      await page.locator('ul.legend').scrollIntoViewIfNeeded();
      const [bar, legend] = [await rowsOf(`.controls .swatch.dv${i}`), await rowsOf(`ul.legend .swatch.dv${i}`)];
      t.is(legend, bar, `${d.id}: the legend's swatch paints rows ${legend}, the bar's ${bar}`);
    }
    await page.context().close();
  });

  test.serial('printed, the page shows none of its controls: no disclosure triangles, and no focus ring or marker on the highlight last explained', async (t) => {
    const result = analyze(SECTIONS_TEXT, { name: 'bridge.md' });
    const page = await open(t, 'print.html', renderHtml(result), 1000);
    // A reader explains a highlight, then prints.
    await page.locator('mark.hl').first().focus();
    await page.keyboard.press('Enter');
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      const d = document as unknown as { querySelectorAll(s: string): ArrayLike<El & { textContent: string }>; activeElement: El };
      const summaries = Array.from(d.querySelectorAll('summary')).filter((e) => (getComputedStyle(e) as unknown as { display: string }).display === 'list-item');
      const focused = getComputedStyle(d.activeElement) as unknown as { outlineStyle: string; boxShadow: string };
      return { triangles: summaries.map((e) => e.textContent), outline: focused.outlineStyle, shadow: focused.boxShadow };
    });
    t.deepEqual(shown.triangles, [], 'summaries printed with their disclosure triangle');
    t.deepEqual([shown.outline, shown.shadow], ['none', 'none'], 'the explained highlight prints like the others');
    await page.context().close();
  });

  test.serial('the intro speaks of the bar above and the Tab key on screen, and of the page itself in print', async (t) => {
    const page = await open(t, 'intro.html', renderHtml(analyze(SECTIONS_TEXT, { name: 'bridge.md' })), 1000);
    const introText = () => page.evaluate(() => (document as unknown as { querySelector(s: string): { innerText: string } }).querySelector('section.intro p').innerText);
    const onScreen = await introText();
    t.regex(onScreen, /the legend is in the bar above/);
    t.regex(onScreen, /Tab key/);
    await page.emulateMedia({ media: 'print' });
    const onPaper = await introText();
    t.notRegex(onPaper, /bar above|Tab key|Point at/, 'printed, the intro names controls the paper does not have');
    t.regex(onPaper, /the legend is under the table of scores\)\. .*Each section also ends with a list of its findings, which says why each was flagged\./);
    await page.context().close();
  });
}
