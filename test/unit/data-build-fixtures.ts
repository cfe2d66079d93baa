// The data build tests' small world and helpers: the source lines of UBC and APS for it, the boundary
// files as GeoJSON, and a way to catch the SourceError a reader throws.
import { SourceError } from '../../scripts/lib/errors';
import { makeScope } from '../../scripts/lib/scope';
import { SIZE_BANDS } from '../../scripts/lib/ubc';

// A tiny world: England, two LEPs, three districts (E07000001 is in both LEPs), plus a Welsh
// district and a Scottish one with an empty code, which are out of scope.
export const LEPS = new Map([
  ['E37000001', 'Alpha'],
  ['E37000002', 'Beta'],
]);
export const LADS = new Map([
  ['E06000001', 'Aton'],
  ['E07000001', 'Bton'],
  ['E08000001', 'Cton'],
]);
export const scope = makeScope(LEPS, LADS);
export const AREAS: [level: string, code: string, name: string][] = [
  ['COUNTRY', 'E92000001', 'England'],
  ['LEP', 'E37000001', 'Alpha'],
  ['LEP', 'E37000002', 'Beta Nomis Name'],
  ['LAD', 'E06000001', 'Aton'],
  ['LAD', 'E07000001', 'Bton'],
  ['LAD', 'E08000001', 'Cton'],
  ['LAD', 'W06000001', 'Isle of Anglesey'],
  ['LAD', '', 'Glasgow City'],
];
export const UBC_SECTORS = [
  ['1', '"Agriculture, forestry & fishing"', 'A'],
  ['3', 'Manufacturing', 'C'],
];
export const YEARS = ['2021', '2022'];

/** UBC source lines (header first); line i is spreadsheet row i + 1. */
export function ubcLines(): string[] {
  const lines = [
    'year,geo_level,geo_code,geo_name_nomis,industry_group,industry_name,sic2007_sections,sizeband,enterprises',
  ];
  let v = 0;
  for (const y of YEARS)
    for (const [level, code, name] of AREAS)
      for (const [g, gn, sic] of UBC_SECTORS)
        for (const b of SIZE_BANDS)
          lines.push(`${y},${level},${code},${name},${g},${gn},${sic},${b.source},${(v++ * 5) % 200}`);
  return lines;
}

export const APS_INDUSTRIES = [
  'A Agricuture & fishing',
  '"B,D,E Energy & water"',
  'K-N Banking finance & insurance etc.',
];

export function apsLines(): string[] {
  const lines = ['period,year,geo_level,geo_code,geo_name_nomis,industry,employed_16plus,marker,ci95'];
  let v = 1;
  for (const y of YEARS)
    for (const [level, code, name] of AREAS)
      for (const ind of APS_INDUSTRIES)
        lines.push(`Jan ${y}-Dec ${y},${y},${level},${code},${name},${ind},${1000 * v++},,${100 * v}`);
  return lines;
}

export const text = (lines: string[]) => lines.join('\n') + '\n';

/** Runs fn and returns the SourceError it throws (fails the test if it throws nothing or something else). */
export function sourceError(fn: () => unknown): SourceError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SourceError) return e;
    throw e;
  }
  throw new Error('expected a SourceError');
}

/** Finds the line of the given area/sector/year in a fixture (first match). */
export function lineOf(lines: string[], ...parts: string[]): number {
  const i = lines.findIndex((l) => parts.every((p) => l.includes(p)));
  if (i < 0) throw new Error(`fixture has no line with ${parts.join(' ')}`);
  return i;
}

export const square = (x: number, y: number) => [
  [
    [x, y],
    [x, y + 1],
    [x + 1, y + 1],
    [x + 1, y],
    [x, y],
  ],
];

export function geojson(
  features: { code: string; name: string; rings: number[][][] | null }[],
  codeProp: string,
  nameProp: string,
): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: features.map((f) => ({
      type: 'Feature',
      properties: { [codeProp]: f.code, [nameProp]: f.name, OTHER: 1 },
      geometry: f.rings && { type: 'Polygon', coordinates: f.rings },
    })),
  });
}
