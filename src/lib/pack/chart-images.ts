// Browser only: the pack's charts on the page as PNGs for the Word document, each made from the
// live <svg> with its computed styles inlined (the same path as the charts' own PNG download).
import { svgToPng } from '../export/png-export';
import { serialiseChart } from '../export/svg-inline';
import type { ChartImage } from './docx';
import { pngScale } from './docx-size';

export async function packChartImages(root: ParentNode): Promise<Map<string, ChartImage>> {
  // Each chart's styles are read in turn (they read the live page), then all are drawn to PNG at
  // once: decoding and encoding wait on the browser, not on this script, so they overlap.
  const charts = [...root.querySelectorAll<HTMLElement>('[data-pack-chart]')].flatMap((host) => {
    const svg = host.querySelector<SVGSVGElement>('svg[data-export]');
    if (!svg) return [];
    const c = serialiseChart(svg);
    const text = `<svg xmlns="http://www.w3.org/2000/svg" width="${c.width}" height="${c.height}" viewBox="${c.viewBox ?? `0 0 ${c.width} ${c.height}`}"><rect width="100%" height="100%" fill="#fff"/>${c.markup}</svg>`;
    return [{ key: host.dataset.packChart!, text, width: c.width, height: c.height }];
  });
  const images = await Promise.all(
    charts.map(async (c): Promise<[string, ChartImage]> => {
      const png = await svgToPng(c.text, c.width, c.height, pngScale(c.width));
      return [c.key, { png: new Uint8Array(await png.arrayBuffer()), width: c.width, height: c.height }];
    }),
  );
  return new Map(images);
}
