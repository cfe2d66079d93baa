// Browser only: the pack's charts on the page as PNGs for the Word document, each made from the
// live <svg> with its computed styles inlined (the same path as the charts' own PNG download).
import { svgToPng } from '../export/png-export';
import { serialiseChart } from '../export/svg-inline';
import type { ChartImage } from './docx';

export async function packChartImages(root: ParentNode): Promise<Map<string, ChartImage>> {
  const out = new Map<string, ChartImage>();
  for (const host of root.querySelectorAll<HTMLElement>('[data-pack-chart]')) {
    const key = host.dataset.packChart!;
    const svg = host.querySelector<SVGSVGElement>('svg[data-export]');
    if (!svg) continue;
    const c = serialiseChart(svg);
    const text = `<svg xmlns="http://www.w3.org/2000/svg" width="${c.width}" height="${c.height}" viewBox="${c.viewBox ?? `0 0 ${c.width} ${c.height}`}"><rect width="100%" height="100%" fill="#fff"/>${c.markup}</svg>`;
    const png = await svgToPng(text, c.width, c.height, 2);
    out.set(key, { png: new Uint8Array(await png.arrayBuffer()), width: c.width, height: c.height });
  }
  return out;
}
