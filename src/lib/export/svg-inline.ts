// Browser only: a chart's live <svg> as ChartMarkup whose styles no longer depend on the app's CSS.
// Computed values of the properties that change how SVG looks are copied onto each element as
// presentation attributes (a clone is changed, never the page).
import type { ChartMarkup } from './svg-export';

const PROPS = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linejoin',
  'stroke-linecap', 'opacity', 'vector-effect', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline',
  'visibility', 'display',
] as const;

export function serialiseChart(svg: SVGSVGElement): ChartMarkup {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const live = [svg, ...svg.querySelectorAll('*')];
  const copy = [clone, ...clone.querySelectorAll('*')];
  live.forEach((el, i) => {
    const style = getComputedStyle(el);
    const target = copy[i];
    for (const p of PROPS) {
      const v = style.getPropertyValue(p);
      if (v) target.setAttribute(p, v);
    }
    target.removeAttribute('class');
  });
  const box = svg.getBoundingClientRect();
  const xml = new XMLSerializer();
  return {
    markup: [...clone.childNodes].map((c) => xml.serializeToString(c)).join(''),
    width: box.width,
    height: box.height,
    viewBox: svg.getAttribute('viewBox') ?? undefined,
  };
}
