// The evidence pack's chart images for the Word document, made once per pack and page width (the
// charts are drawn to the width), and made again when a chart was not yet drawn or the making failed.
import type { ChartImage } from './docx';
import type { Pack } from './types';

/** How many charts the pack draws. */
export const chartCount = (p: Pack) =>
  p.sections.reduce((n, s) => n + s.blocks.filter((b) => b.kind === 'chart').length, 0);

export class ChartImageCache {
  private entry: { pack: Pack; width: number; promise: Promise<Map<string, ChartImage>> } | null = null;

  /** `make` draws the images of the charts on the page now. */
  constructor(private readonly make: () => Promise<Map<string, ChartImage>>) {}

  get(p: Pack, width: number): Promise<Map<string, ChartImage>> {
    if (this.entry && this.entry.pack === p && this.entry.width === width) return this.entry.promise;
    const promise = this.make();
    const mine = { pack: p, width, promise };
    this.entry = mine;
    promise.then(
      (m) => {
        if (m.size < chartCount(p) && this.entry === mine) this.entry = null;
      },
      () => {
        if (this.entry === mine) this.entry = null;
      },
    );
    return promise;
  }
}
