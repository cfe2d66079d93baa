// Browser only: a chart's live <svg> as ChartMarkup whose styles no longer depend on the app's CSS.
// Computed values of the properties that change how SVG looks are copied onto each element as
// presentation attributes (a clone is changed, never the page).
import type { ChartMarkup } from './svg-export';

const PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'opacity',
  'vector-effect',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

export function serialiseChart(svg: SVGSVGElement): ChartMarkup {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const live = [svg, ...svg.querySelectorAll('*')];
  const copy = [clone, ...clone.querySelectorAll('*')];
  const halos: Element[] = [];
  live.forEach((el, i) => {
    const style = getComputedStyle(el);
    const target = copy[i];
    for (const p of PROPS) {
      const v = style.getPropertyValue(p);
      if (v) target.setAttribute(p, v);
    }
    target.removeAttribute('class');
    if (el instanceof SVGTextElement && /^stroke/.test(style.getPropertyValue('paint-order').trim()))
      halos.push(target);
  });
  // A text halo drawn with `paint-order: stroke` (a white stroke under the letters) becomes its own
  // layer: a stroked copy behind the text, and the text with no stroke. A renderer that ignores
  // paint-order would otherwise paint the halo over the letters and leave no name readable.
  for (const target of halos) {
    const stroke = target.getAttribute('stroke');
    if (!stroke || stroke === 'none' || !(parseFloat(target.getAttribute('stroke-width') ?? '0') > 0)) continue;
    const halo = target.cloneNode(true) as Element;
    for (const t of [halo, ...halo.querySelectorAll('*')]) t.setAttribute('fill', stroke);
    halo.setAttribute('aria-hidden', 'true');
    halo.setAttribute('data-halo', '');
    target.before(halo);
    for (const t of [target, ...target.querySelectorAll('*')]) t.setAttribute('stroke', 'none');
  }
  const box = svg.getBoundingClientRect();
  const xml = new XMLSerializer();
  return {
    markup: [...clone.childNodes].map((c) => xml.serializeToString(c)).join(''),
    width: box.width,
    height: box.height,
    viewBox: svg.getAttribute('viewBox') ?? undefined,
  };
}
