// Types for the small part of d3-node (untyped upstream) that the chart code uses: element building and tick values.

declare module 'd3-node' {
  /** A d3 selection of one element, reduced to what the charts call. */
  export interface D3Element {
    append(name: string): D3Element;
    attr(name: string, value: string): D3Element;
    text(value: string): D3Element;
    /** The DOM element itself (jsdom). */
    node(): { outerHTML: string; remove(): void };
  }

  export class D3Node {
    constructor(options?: { selector?: string; container?: string; styles?: string });
    d3: { ticks(start: number, stop: number, count: number): number[] };
    createSVG(width?: number, height?: number, attrs?: Record<string, string>): D3Element;
    svgString(): string;
  }
}
