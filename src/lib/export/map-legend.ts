// The map's legend in the form the SVG export draws: the same classes, colours and words as on screen.
import { legendItems, type Choropleth } from '../map/choropleth';
import type { Legend, LegendItem } from './svg-export';

/** The same marks as the on-screen legend, with the same words and patterns. */
type Extras = {
  noData: boolean;
  flagged?: boolean;
  overlap?: boolean;
  zeros?: { label: string; colour: string; note?: string }[];
};

function pushExtras(items: LegendItem[], extras: Extras): LegendItem[] {
  for (const z of extras.zeros ?? [])
    items.push({ label: `${z.label} (${z.note ?? '0, not missing'})`, colour: z.colour });
  if (extras.noData) items.push({ label: 'No figure (not zero)', colour: '#f2f2f2', pattern: 'hatch' });
  if (extras.flagged) items.push({ label: 'Approximate figure', colour: '#998ec3', pattern: 'dots' });
  if (extras.overlap) {
    items.push({
      label: "District in two LEPs: stripes of both LEPs' colours",
      colour: '#f1a340',
      colour2: '#998ec3',
      pattern: 'stripes',
    });
  }
  return items;
}

export function exportLegend(
  c: Choropleth,
  fmt: (v: number) => string,
  title: string,
  benchmarkName: string,
  extras: Extras,
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
    // The map's marks (no figure, approximate, stripes) as swatches under the ramp.
    return {
      kind: 'gradient',
      title,
      extras: pushExtras([], extras),
      stops: stops.map((colour, i) => ({ offset: i / (stops.length - 1), colour })),
      ticks,
    };
  }
  const items: LegendItem[] = legendItems(c, fmt, benchmarkName).map((i) => ({ label: i.label, colour: i.colour }));
  pushExtras(items, extras);
  return { kind: 'swatches', title, items };
}
