// What the choropleth map is given (its props), kept here so the component's script stays short.
import type { MetricKey } from '../format';
import type { AreaTableRow } from '../views/area-table';
import type { ZeroWords } from '../views/true-zero';
import type { Choropleth } from './choropleth';
import type { Boundaries, Geography } from './geography';
import type { TooltipContent } from '../views/tooltip';
import type { Snippet } from 'svelte';

/** What the map hands a layer drawn over its areas (the research map's institutions). */
export interface MapOverlay {
  /** Longitude and latitude → the drawing frame's coordinates (null off the projection). */
  project: (lonLat: [number, number]) => [number, number] | null;
  /** Drawing-frame units per screen pixel, including the zoom: r × px is r screen pixels. */
  px: number;
  /** The map's width on screen, in pixels. */
  width: number;
  /** Show the map's tooltip at the pointer, or at the centre of a focused element. */
  tipAtPointer: (e: PointerEvent, content: TooltipContent) => void;
  tipAtElement: (el: Element, content: TooltipContent) => void;
  hideTip: () => void;
}

export interface ChoroplethMapProps {
  boundaries: Boundaries;
  geography: Geography;
  rows: AreaTableRow[];
  ranks: Map<string, number>;
  choropleth: Choropleth;
  metric: MetricKey;
  measure: string;
  year: string;
  from: string;
  benchmark: string;
  title: string;
  description: string;
  selected: string | null;
  highlighted: string | null;
  onselect: (code: string | null) => void;
  onhighlight: (code: string | null) => void;
  /** Words for a true zero; when given, a zero is drawn plain grey instead of hatched as no figure. */
  zeroWords?: ZeroWords;
  /** The districts of one LEP: the map zooms to that LEP and greys the districts around it. */
  focus?: { lep: string; lads: Set<string> } | null;
  /** An indicator dataset: tooltips leave out the LQ (measure-kind.ts). */
  indicator?: boolean;
  /** The dataset's unit: a GPA is written with two decimals (formatMetric). */
  unit?: string;
  /** What an area's LQ means for this measure, and its ▲▼ mark (lib/views/lq-meaning.ts). */
  lqNote?: (row: AreaTableRow) => { text: string; mark: string } | null;
  /** A layer drawn over the areas, under the rings (e.g. institutions as circles). */
  overlay?: Snippet<[MapOverlay]>;
}
