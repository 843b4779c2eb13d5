// Headless Debian Chromium for the browser tests: where it is, the flags that keep it offline and quiet, and reading pixels of a screenshot.

import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Debian's chromium (installed by .ci/run); RHETORIC_CHROMIUM points elsewhere. */
export const CHROMIUM = process.env.RHETORIC_CHROMIUM ?? '/usr/bin/chromium';
export const HAVE_BROWSER = existsSync(CHROMIUM);
/** Flags that keep Chromium off the (closed) network and quiet in a container. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** The title of the one test a browser test file registers when there is no browser. */
export const NO_BROWSER = `browser tests (skipped: no Chromium at ${CHROMIUM}; install Debian's chromium package, as .ci/run does, or set RHETORIC_CHROMIUM)`;

/** A rectangle of the viewport, in CSS pixels. */
export interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Which rows of `clip` (one entry per CSS pixel row, from its top) hold any ink: a pixel darker than near-white in some
 * channel. The screenshot is decoded on a blank page of the same browser, so the page under test is left as it is.
 */
export async function inkRows(page: Page, clip: Clip): Promise<boolean[]> {
  const png = (await page.screenshot({ clip })).toString('base64');
  const scratch = await page.context().newPage();
  try {
    return await scratch.evaluate(async ([data, height]) => {
      // Runs in the blank page; declared loosely because the project compiles without the DOM library.
      const d = document as unknown as { createElement(tag: string): { width: number; height: number; src: string; decode(): Promise<void>; getContext(kind: string): { drawImage(i: unknown, x: number, y: number): void; getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } } };
      const img = d.createElement('img');
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = d.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const context = canvas.getContext('2d');
      context.drawImage(img, 0, 0);
      const pixels = context.getImageData(0, 0, img.width, img.height).data;
      const scale = img.height / height;
      const rows: boolean[] = Array.from({ length: Math.round(height) }, () => false);
      for (let y = 0; y < img.height; y++) {
        for (let x = 0; x < img.width; x++) {
          const at = (y * img.width + x) * 4;
          if (pixels[at] < 230 || pixels[at + 1] < 230 || pixels[at + 2] < 230) rows[Math.min(rows.length - 1, Math.floor(y / scale))] = true;
        }
      }
      return rows;
    }, [png, clip.height] as const);
  } finally {
    await scratch.close();
  }
}

declare const document: unknown;
