// Per-device scales shared by the charts: each device is drawn on its own scale, fitted to this text's sections.

import type { DeviceInfo, AnalysisResult } from '../../result.js';

/**
 * Most sections that get a chart of their own, and rows of the overview heat map. A text with more headings than this
 * (a list or an outline) gets them for its first sections only, so the report stays linear in size and time; the
 * Markdown report and the heat map's description say so.
 */
export const MAX_SECTION_CHARTS = 100;

/** How one device's scores are drawn: signed scores diverge around zero, unsigned ones run from zero up. */
export interface DeviceScale {
  device: DeviceInfo;
  signed: boolean;
  /** Largest absolute score over the sections and the whole document (0 when every score is 0), at least a quarter of a signed scale's bound. */
  extent: number;
  /** The score mapped to −1…1 (signed) or 0…1 (unsigned) on this scale. */
  normalize(score: number): number;
}

/**
 * Least extent of a signed scale with bounds, as a share of its larger bound: a text whose every section is near 0 (one
 * section at −0.04 on sentiment's −1…+1) is drawn pale, not at full strength as the most negative possible.
 */
const SIGNED_EXTENT_FLOOR = 0.25;

/** The scale of every device of a result, in device order. */
export function deviceScales(result: AnalysisResult): DeviceScale[] {
  return result.devices.map((device) => {
    const scores = [...result.sections.map((s) => s.scores[device.id]?.score ?? 0), result.document[device.id]?.score ?? 0];
    const signed = device.score.min < 0;
    const bound = device.score.max === null ? 0 : Math.max(Math.abs(device.score.min), Math.abs(device.score.max));
    const extent = Math.max(signed ? SIGNED_EXTENT_FLOOR * bound : 0, ...scores.filter(Number.isFinite).map(Math.abs));
    return {
      device,
      signed,
      extent,
      normalize: (score) => (extent > 0 && Number.isFinite(score) ? Math.max(signed ? -1 : 0, Math.min(1, score / extent)) : 0),
    };
  });
}

/** The id of the device whose per-sentence values make the sentiment arc, when the result has it. */
export const ARC_DEVICE = 'sentiment';

/** The per-sentence values of the arc device, or undefined when it was not run. */
export function arcValues(result: AnalysisResult): (number | null)[] | undefined {
  if (!result.devices.some((d) => d.id === ARC_DEVICE)) return undefined;
  return result.sentences.map((s) => (s.heading ? null : (s.values[ARC_DEVICE] ?? 0)));
}

/** The y domain of the arc: the device's own bounds when it has them, else symmetric around the data. */
export function arcDomain(result: AnalysisResult, values: readonly (number | null)[]): [number, number] {
  const def = result.devices.find((d) => d.id === ARC_DEVICE)?.score;
  if (def && def.max !== null && def.min < 0) return [def.min, def.max];
  const m = Math.max(1, ...values.map((v) => Math.abs(v ?? 0)));
  return [-m, m];
}
