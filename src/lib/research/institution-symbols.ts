// Institutions on the research map: one circle per institution at its head office, its area in
// proportion to the institution's FTE (or 4* FTE) in the chosen subject. Pure: which institutions,
// what each holds in the subject, the circles' sizes and order, the size key and the words. The
// component draws what this returns.
import { scaleSqrt } from 'd3-scale';
import { format } from 'd3-format';
import { panelOfUoa } from './uoa';
import type { InstitutionRecord } from './science-base';
import type { TooltipContent } from '../views/tooltip';
import { compareNames, formatValue } from '../format';

/** What a circle's area shows. */
export type SymbolSize = 'fte' | 'fourStarFte';

export const SIZE_WORDS: Record<SymbolSize, string> = {
  fte: 'staff submitted (FTE)',
  fourStarFte: 'world-leading research (4* FTE)',
};

/** One institution's figures in the chosen subject (a UoA, a main panel, or all subjects). */
export type InstitutionFigures = Omit<InstitutionRecord, 'uoas'>;

/** The circles' size: 4* FTE on the 4* FTE map, FTE on the others (a GPA has no volume of its own). */
export function sizeMeasureOf(datasetId: string): SymbolSize {
  return datasetId === 'ref2021-4star-fte' ? 'fourStarFte' : 'fte';
}

/**
 * The UoAs a sector code of a REF dataset stands for: "12" → {12}; a main panel "B" → its six UoAs;
 * anything else (no sector) → null, meaning all subjects.
 */
export function uoasOfSector(code: string | null): ReadonlySet<number> | null {
  if (code === null) return null;
  if (/^\d+$/.test(code)) return panelOfUoa(Number(code)) ? new Set([Number(code)]) : new Set();
  if (/^[ABCD]$/.test(code)) {
    const s = new Set<number>();
    for (let u = 1; u <= 34; u++) if (panelOfUoa(u) === code) s.add(u);
    return s;
  }
  return null;
}

/**
 * Each institution's FTE, 4* FTE, % 4* and GPA in the given UoAs (null = all), summed over its
 * submissions there; institutions with no staff submitted in them are left out.
 */
export function institutionFigures(
  institutions: readonly InstitutionRecord[],
  uoas: ReadonlySet<number> | null,
): InstitutionFigures[] {
  const out: InstitutionFigures[] = [];
  for (const i of institutions) {
    let fte = 0;
    let four = 0;
    let power = 0;
    for (const u of i.uoas) {
      if (uoas && !uoas.has(u.uoa)) continue;
      fte += u.fte;
      four += u.fourStarFte;
      power += u.gpa * u.fte;
    }
    if (!(fte > 0)) continue;
    out.push({
      ukprn: i.ukprn,
      name: i.name,
      lon: i.lon,
      lat: i.lat,
      district: i.district,
      leps: i.leps,
      fte,
      fourStarFte: four,
      pct4: (100 * four) / fte,
      gpa: power / fte,
    });
  }
  return out;
}

/** Largest circle in screen pixels for a map this wide: 20 px on a wide screen, less (8 at least) on a phone. */
export function maxRadiusFor(mapWidth: number): number {
  return Math.max(8, Math.min(20, mapWidth / 30));
}

/** Smallest circle drawn (screen pixels), so an institution with little or no 4* FTE can still be found. */
export const MIN_RADIUS = 2;

export interface InstitutionSymbol extends InstitutionFigures {
  /** Position in the map's drawing frame. */
  x: number;
  y: number;
  /** Radius in screen pixels (at least MIN_RADIUS). */
  r: number;
  /** The figure the circle shows (FTE or 4* FTE). */
  size: number;
}

/**
 * The circles: area proportional to the size measure (d3.scaleSqrt from 0, so 4× the FTE is 2× the
 * radius), the largest institution at maxRadius. Drawn largest first, so small circles sit on top.
 */
export function layoutSymbols(
  figures: readonly InstitutionFigures[],
  project: (lonLat: [number, number]) => [number, number] | null,
  size: SymbolSize,
  maxRadius: number,
): { symbols: InstitutionSymbol[]; max: number } {
  const max = figures.reduce((m, f) => Math.max(m, f[size]), 0);
  const radius = scaleSqrt()
    .domain([0, max > 0 ? max : 1])
    .range([0, maxRadius]);
  const symbols: InstitutionSymbol[] = [];
  for (const f of figures) {
    const p = project([f.lon, f.lat]);
    if (!p) continue;
    symbols.push({ ...f, x: p[0], y: p[1], size: f[size], r: Math.max(MIN_RADIUS, radius(f[size])) });
  }
  symbols.sort((a, b) => b.size - a.size || a.name.localeCompare(b.name));
  return { symbols, max };
}

/** A 1, 2 or 5 × 10ⁿ value at or below v (v > 0). */
export function niceBelow(v: number): number {
  if (!(v > 0)) return 0;
  const p = 10 ** Math.floor(Math.log10(v));
  const m = v / p;
  return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * p;
}

/**
 * The size key's circles: a round value near the largest, one near a quarter of it (half the
 * radius) and one near a sixteenth, each with its radius on the same scale; no repeats, none < 1.
 */
export function sizeKey(max: number, maxRadius: number): { value: number; r: number }[] {
  if (!(max > 0)) return [];
  const radius = scaleSqrt().domain([0, max]).range([0, maxRadius]);
  const values = [...new Set([niceBelow(max), niceBelow(max / 4), niceBelow(max / 16)])].filter((v) => v >= 1);
  return values.map((value) => ({ value, r: radius(value) }));
}

/** Keyboard order: by name, as the areas are. */
export function keyboardOrder(symbols: readonly InstitutionSymbol[]): InstitutionSymbol[] {
  return [...symbols].sort((a, b) => compareNames(a.name, b.name));
}

const pctFormat = format('.0f');
const gpaFormat = format('.2f');

/** The tooltip (and, as one sentence, the accessible name) of an institution's circle. */
export function institutionTooltip(f: InstitutionFigures, subject: string): TooltipContent {
  return {
    title: f.name,
    lines: [
      { label: 'Subject', value: subject },
      { label: 'Staff submitted (FTE)', value: formatValue(Math.round(f.fte * 10) / 10) },
      { label: 'Rated world-leading (4*)', value: `${pctFormat(f.pct4)}%` },
      { label: 'World-leading research (4* FTE)', value: formatValue(Math.round(f.fourStarFte * 10) / 10) },
      { label: 'Grade point average (0 to 4)', value: gpaFormat(f.gpa) },
    ],
    notes: ['Counted at its head office.'],
  };
}

/** The size key's heading, e.g. "Institutions (head office): circle area shows staff submitted (FTE) in Engineering". */
export function sizeKeyTitle(size: SymbolSize, subject: string): string {
  return `Institutions (head office): circle area shows ${SIZE_WORDS[size]} in ${subject}`;
}

/** Which area an institution's circle selects on a map of LEPs or districts (its first LEP). */
export function areaOfInstitution(
  f: Pick<InstitutionFigures, 'district' | 'leps'>,
  geography: 'lep' | 'lad',
): string | null {
  return geography === 'lad' ? f.district : (f.leps[0] ?? null);
}

/** The subjects an area's institution list can be narrowed to: its main panels and its UoAs, in code order. */
export function subjectChoices(
  institutions: readonly InstitutionRecord[],
  uoaNames: ReadonlyMap<number, string>,
  panelNames: Readonly<Record<string, string>>,
): { code: string; name: string }[] {
  const uoas = [...new Set(institutions.flatMap((i) => i.uoas.filter((u) => u.fte > 0).map((u) => u.uoa)))].sort(
    (a, b) => a - b,
  );
  const panels = [...new Set(uoas.map((u) => panelOfUoa(u)).filter((p) => p !== null))].sort();
  return [
    ...panels.map((p) => ({ code: p, name: panelNames[p] ?? p })),
    ...uoas.map((u) => ({ code: String(u), name: uoaNames.get(u) ?? `UoA ${u}` })),
  ];
}

/** The institutions behind an area's figure in a subject (null = all), largest FTE first, then by name. */
export function areaInstitutions(
  institutions: readonly InstitutionRecord[],
  subject: string | null,
): InstitutionFigures[] {
  return institutionFigures(institutions, uoasOfSector(subject)).sort(
    (a, b) => b.fte - a.fte || compareNames(a.name, b.name),
  );
}
