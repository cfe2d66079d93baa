// The map's legend in the form the SVG export draws: the same classes, colours and words as on screen.
import { legendItems, type Choropleth } from '../map/choropleth';
import type { Legend } from './svg-export';

export function exportLegend(
  c: Choropleth,
  fmt: (v: number) => string,
  title: string,
  benchmarkName: string,
  extras: { noData: boolean },
): Legend {
  if (c.legend.type === 'continuous') {
    const { domain, scale, stops } = c.legend;
    const ticks = [
      { offset: 0, label: fmt(domain.min) },
      { offset: 1, label: fmt(domain.max) },
    ];
    if (scale.kind === 'diverging') {
      const at = c.position(scale.centre) / 100;
      if (at > 0.05 && at < 0.95) {
        ticks.splice(1, 0, { offset: at, label: c.metric === 'lq' ? `1 = ${benchmarkName}` : `${fmt(scale.centre)}` });
      }
    }
    return { kind: 'gradient', title, stops: stops.map((colour, i) => ({ offset: i / (stops.length - 1), colour })), ticks };
  }
  const items = legendItems(c, fmt, benchmarkName).map((i) => ({ label: i.label, colour: i.colour }));
  if (extras.noData) items.push({ label: 'No figure (not zero)', colour: 'url(#no-data)' });
  return { kind: 'swatches', title, items };
}
