// The HTML report's look: a colour-blind-safe palette with one line style per device, stacked underlines, toggles and print rules.

/** One device's look: colour from the Okabe–Ito palette (safe for the common colour-vision deficiencies) plus a line style, so colour is never the only cue. */
export interface DeviceLook {
  colour: string;
  /** The colour's name, for the legend. */
  colourName: string;
  /** A light tint of the colour for backgrounds. */
  tint: string;
  line: 'solid' | 'double' | 'dotted' | 'dashed' | 'wavy';
}

const LOOKS: Record<string, DeviceLook> = {
  sentiment: { colour: '#CC79A7', colourName: 'reddish purple', tint: 'rgba(204,121,167,0.13)', line: 'dotted' },
  slogan: { colour: '#D55E00', colourName: 'vermilion', tint: 'rgba(213,94,0,0.13)', line: 'solid' },
  historical_analogy: { colour: '#0072B2', colourName: 'blue', tint: 'rgba(0,114,178,0.12)', line: 'double' },
  us_them: { colour: '#E69F00', colourName: 'orange', tint: 'rgba(230,159,0,0.16)', line: 'dashed' },
  call_to_action: { colour: '#009E73', colourName: 'bluish green', tint: 'rgba(0,158,115,0.13)', line: 'wavy' },
};

/** Looks for devices beyond the five, in turn. */
const SPARE: DeviceLook[] = [
  { colour: '#56B4E9', colourName: 'sky blue', tint: 'rgba(86,180,233,0.15)', line: 'solid' },
  { colour: '#000000', colourName: 'black', tint: 'rgba(0,0,0,0.08)', line: 'dashed' },
  { colour: '#F0E442', colourName: 'yellow', tint: 'rgba(240,228,66,0.25)', line: 'dotted' },
];

/** The look of each device, by its position in the report's device list. */
export function deviceLooks(deviceIds: readonly string[]): DeviceLook[] {
  let spare = 0;
  return deviceIds.map((id) => LOOKS[id] ?? SPARE[spare++ % SPARE.length]);
}

/** How far each line style reaches down from where it starts, in px, drawn 2 px thick (as Chromium draws them: a wave 7 px, a double line 5 px). */
const LINE_REACH: Record<DeviceLook['line'], number> = { solid: 2, dotted: 2, dashed: 2, double: 5, wavy: 7 };
/** Space between the baseline and the first underline, and between stacked underlines, in px. */
const LINE_GAP = 2;
/**
 * Room below the baseline for stacked underlines, in px, at the least: lines of text are spaced to keep it clear of the
 * next line's letters (see textLineHeight). It holds five stacked lines, a wave among them; a page whose highlights stack
 * deeper gets the room its deepest stack takes (`underlineRoom`), so that no underline is drawn over another.
 */
export const UNDERLINE_ROOM = 25;
/** The spacing of lines of highlighted text: the tallest letters (an ascent of up to .95 em) and the underline room under each line. */
function textLineHeight(room: number): string {
  return `calc(.95em + ${room}px)`;
}

/**
 * Where a highlight's underline is drawn (`offset`, px below the baseline), how far down it reaches (`bottom`) and where
 * the underline of one nested in it may start (`next`).
 */
export interface UnderlinePlace {
  offset: number;
  bottom: number;
  next: number;
}

/**
 * The place of a highlight's underline of the given line style, nested in a highlight placed at `outer` (none: on the
 * text): below the lines around it, each given the room its style takes.
 */
export function underlinePlace(line: DeviceLook['line'], outer?: UnderlinePlace): UnderlinePlace {
  const start = outer?.next ?? LINE_GAP;
  return { offset: start, bottom: start + LINE_REACH[line], next: start + LINE_REACH[line] + LINE_GAP };
}

/** The underline room a page needs: UNDERLINE_ROOM, or more where its underlines reach deeper (`bottoms`, px below the baseline). */
export function underlineRoom(bottoms: Iterable<number>): number {
  return Math.max(UNDERLINE_ROOM, ...bottoms);
}

/**
 * The style sheet. Device rules use classes `dv<i>` and toggles `#show-<i>`, so device ids never reach CSS. A toggle's
 * rule asks `.controls:has(…)~main`, not `body:has(…)`: a `:has()` on an ancestor of the text makes Chromium restyle the
 * whole page whenever anything in it changes (every focused highlight: 110 ms a key press on a 130,000-word text).
 * `room` is the page's underline room (underlineRoom), which spaces the lines of its text.
 */
export function styleSheet(deviceIds: readonly string[], underlineOffsets: Iterable<number> = [], room = UNDERLINE_ROOM): string {
  const lineHeight = textLineHeight(room);
  const looks = deviceLooks(deviceIds);
  const perDevice = looks
    .map(
      (l, i) => `.dv${i}{--c:${darken(l.colour, SCREEN_DARKEN)};--t:${l.tint};text-decoration-style:${l.line}}
.controls:has(#show-${i}:not(:checked))~main mark.dv${i}{background:none;text-decoration:none;box-shadow:none;cursor:inherit}
.controls:has(#show-${i}:not(:checked))~main .finding.dv${i}{display:none}`,
    )
    .join('\n');
  // In print the lines are darkened (mixed with 45% black): the light colours (orange, reddish purple) printed as faint grey in black and white.
  const printLines = looks.map((l, i) => `.dv${i}{--c:${darken(l.colour, PRINT_DARKEN)}}`).join('\n');
  // A highlight's class u<N> draws its underline N px below the baseline (see underlinePlace); only the offsets the page uses get a rule.
  const depths = [...new Set(underlineOffsets)].sort((a, b) => a - b).map((n) => `mark.u${n}{text-underline-offset:${n}px}`).join('\n');
  return `:root{color-scheme:light;--ink:#1a1a1a;--muted:#5a5a5a;--rule:#d8d8d8;--paper:#fff;--panel:#f6f6f4}
*{box-sizing:border-box}
html{font-size:17px;scroll-padding-top:6rem}
body{margin:0;color:var(--ink);background:var(--paper);font-family:Georgia,"Times New Roman",serif;line-height:1.6;overflow-wrap:break-word}
a{color:#0b5394}
.skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.3rem .6rem;z-index:10}
header.top{padding:1.2rem 1.5rem .6rem;border-bottom:1px solid var(--rule);font-family:system-ui,-apple-system,"Segoe UI",sans-serif}
header.top h1{font-family:Georgia,serif;font-size:1.5rem;line-height:1.3;margin:.2rem 0 .4rem}
.meta{color:var(--muted);font-size:.85rem;margin:0}
.controls{position:sticky;top:0;z-index:5;background:rgba(255,255,255,.97);border-bottom:1px solid var(--rule);padding:.5rem 1.5rem;font-family:system-ui,sans-serif;font-size:.85rem}
.controls fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1.1rem;align-items:center}
.controls legend{font-weight:600;float:left;margin-right:.6rem}
.toggle{display:inline-flex;align-items:center;gap:.35rem;white-space:nowrap}
.toggle input{margin:0;width:1rem;height:1rem}
.swatch{display:inline-block;width:1.6rem;height:.95rem;vertical-align:middle;overflow:hidden;white-space:nowrap;line-height:.3rem;background:var(--t);text-decoration:underline 2px var(--c);text-underline-offset:3px;text-decoration-skip-ink:none}
.swatch::before{content:"\\a0\\a0\\a0\\a0\\a0\\a0\\a0\\a0\\a0\\a0\\a0\\a0"}
.count{color:var(--muted)}
button.only{font:inherit;font-size:.75rem;padding:0 .35rem;border:1px solid var(--rule);background:#fff;border-radius:3px;cursor:pointer}
button.only:focus-visible,.toggle input:focus-visible{outline:2px solid #000;outline-offset:2px}
.intro{max-width:72rem;padding:.8rem 1.5rem;font-family:system-ui,sans-serif;font-size:.9rem;color:#333}
.intro summary{cursor:pointer;font-weight:600}
.intro h2{font-size:.95rem;margin:1rem 0 .3rem}
.intro ul{margin:.3rem 0;padding-left:1.3rem}
.intro ul.legend{list-style:none;padding-left:0}
.intro ul.legend li{margin:.2rem 0}
table.scores{border-collapse:collapse;margin:.6rem 0;font-size:.85rem}
table.scores th,table.scores td{border-bottom:1px solid var(--rule);padding:.2rem .6rem;text-align:left;vertical-align:top}
table.scores td.num{text-align:right;font-variant-numeric:tabular-nums}
main{padding:0 1.5rem 6rem}
section.sec{display:grid;grid-template-columns:minmax(0,46rem) minmax(16rem,1fr);gap:0 2rem;border-top:1px solid var(--rule);padding-top:.6rem}
section.sec>.body{grid-column:1}
section.sec>aside{grid-column:2;font-family:system-ui,sans-serif;font-size:.8rem;color:#333;align-self:start;position:sticky;top:4.5rem;max-height:calc(100vh - 5.5rem);overflow-y:auto}
figure.chart{margin:.4rem 0 .8rem}
.chart svg{display:block;max-width:100%;height:auto}
.wide{max-width:100%;overflow-x:auto}
.body h1,.body h2,.body h3{line-height:${lineHeight};margin:.8rem 0 .4rem}
.body h1{font-size:1.45rem}.body h2{font-size:1.2rem}.body h3{font-size:1.05rem}
.body p{white-space:pre-wrap;line-height:${lineHeight};margin:0 0 1rem;overflow-wrap:anywhere}
mark{color:inherit;background:var(--t);text-decoration-line:underline;text-decoration-color:var(--c);text-decoration-thickness:2px;text-decoration-skip-ink:none;border-radius:2px;cursor:help}
${depths}
mark.hl:focus{outline:2px solid var(--c);outline-offset:1px}
mark.hl:focus-visible{outline:3px solid #000}
mark.hl.current{box-shadow:0 0 0 2px var(--c)}
mark.hl{position:relative}
.findings{font-family:system-ui,sans-serif;font-size:.82rem;margin:.2rem 0 1.4rem}
.findings summary{cursor:pointer;color:var(--muted)}
.findings ol{padding-left:1.4rem;margin:.4rem 0}
.finding{margin:.35rem 0;padding-left:.4rem;border-left:4px solid var(--c);overflow-wrap:anywhere}
.finding:target{background:#fff8c4}
.finding q{font-style:italic}
.finding .rule{font-family:ui-monospace,Consolas,monospace;font-size:.78rem;color:var(--muted)}
.finding .back{margin-left:.3rem}
#explain{position:fixed;right:1rem;bottom:1rem;width:min(30rem,calc(100vw - 2rem));max-height:45vh;overflow:auto;z-index:6;background:#fff;border:1px solid #999;border-radius:6px;box-shadow:0 4px 18px rgba(0,0,0,.18);padding:.6rem .8rem;font-family:system-ui,sans-serif;font-size:.85rem}
#explain[hidden]{display:none}
#explain h2{font-size:.95rem;margin:0 0 .3rem}
#explain .item{border-left:4px solid var(--c);padding-left:.5rem;margin:.4rem 0}
#explain .item .label{font-weight:600}
#explain button.close{float:right;font:inherit;border:1px solid var(--rule);background:#fff;border-radius:3px;cursor:pointer}
.md-mark{display:none}
.no-js-note{font-size:.8rem;color:var(--muted)}
.on-paper{display:none}
html.js .no-js-note{display:none}
footer{padding:1rem 1.5rem 2rem;font-family:system-ui,sans-serif;font-size:.8rem;color:var(--muted);border-top:1px solid var(--rule)}
${perDevice}
@media (max-width:1480px){section.sec{grid-template-columns:minmax(0,46rem)}section.sec>aside{grid-column:1;position:static;max-height:none;overflow:visible}}
@media (max-width:40rem){html{scroll-padding-top:9rem}.controls{padding:.3rem .8rem;font-size:.8rem;line-height:1.3}.controls fieldset{gap:.1rem .9rem;padding:.1rem 0}.controls legend{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}main,.intro,header.top{padding-left:.9rem;padding-right:.9rem}#explain{max-height:40vh}figure.chart{overflow-x:auto}.chart svg{min-width:44rem}}
@media print{
html{font-size:11pt}
.controls,#explain,.skip,button.only,.back,.on-screen{display:none!important}
.on-paper{display:inline}
summary{display:block}
mark.hl{outline:none!important;box-shadow:none!important}
main{padding:0}
section.sec{grid-template-columns:minmax(0,1fr);break-inside:auto;border-top:1px solid #999}
section.sec>aside{grid-column:1;position:static;max-height:none;overflow:visible;break-inside:avoid}
.chart svg{max-width:75%}
mark,.swatch,.finding{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.findings{break-inside:avoid-page}
details.findings>*{display:block}
details.findings::details-content{content-visibility:visible;display:block}
a{color:inherit;text-decoration:none}
${printLines}
}`;
}

/**
 * How much black is mixed into a device's colour for its lines on screen: enough for each line to stand out from white at
 * 3:1 or more, as WCAG asks of graphics that carry meaning (orange was 2.2:1 and reddish purple 3.1:1 as the palette gives them).
 */
const SCREEN_DARKEN = 0.25;
/** How much black is mixed into a device's colour for print. */
const PRINT_DARKEN = 0.45;

/** A `#rrggbb` colour mixed with `share` black. */
function darken(hex: string, share: number): string {
  const channels = [1, 3, 5].map((i) => Math.round(parseInt(hex.slice(i, i + 2), 16) * (1 - share)));
  return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}
