// One area's "what could come next": its relatedness density in every sector (how much of what is
// close to the sector it already specialises in), sector complexity, its own complexity among areas
// of its level, and the sectors it does not yet specialise in ranked by relatedness, each with the
// strengths that make it related, in words.
import type { Cube } from '../data/types';
import type { Benchmark } from '../metrics/benchmark';
import { economicComplexity } from '../metrics/complexity';
import { revealedComparativeAdvantage } from '../metrics/rca';
import { relatednessDensity, relatedStrengths } from '../metrics/relatedness-density';
import { lqMatrix } from '../metrics/what-next';
import type { NextBase } from './base';
import { levelWords } from '../words';
import { cellValue } from '../data/cube';

export interface SectorNext {
  index: number;
  code: string;
  name: string;
  /** The area's LQ (NaN when unknown) and whether that is a specialisation (LQ ≥ 1). */
  lq: number;
  specialised: boolean;
  /** Relatedness density, 0–1; NaN when unknown. */
  density: number;
  /** Sector complexity (standardised across sectors); NaN when no district specialises in it. */
  complexity: number;
  /** The area's own size in the sector (the dataset's measure). */
  value: number;
  /** Strengths behind the density, closest first. */
  because: string[];
}

export interface AreaNext {
  sectors: SectorNext[];
  /** Sectors without a specialisation, most related first. */
  opportunities: SectorNext[];
  /** The area's economic complexity among areas of its level, its rank (1 = most complex) and how many have one. */
  eci: number;
  eciRank: number;
  eciOf: number;
  /**
   * The areas of its level with no ECI, and whether each has nothing at all in the data (a true zero,
   * such as no research submitted) rather than too few known figures: the rank says why it is of fewer.
   */
  eciWithout: { name: string; nothing: boolean }[];
  levelWord: string;
  /** Mean density over the sectors the area does not specialise in: the diagram's dividing line. */
  meanDensity: number;
}

const levelCache = new WeakMap<Cube, Map<string, { areas: number[]; eci: Float64Array }>>();

/** ECI of every area of one level (districts among districts, LEPs among LEPs), kept per year. */
export function levelComplexity(cube: Cube, level: string, y: number, benchmark: Benchmark) {
  let byKey = levelCache.get(cube);
  if (!byKey) levelCache.set(cube, (byKey = new Map()));
  const key = `${level}|${y}|${benchmark.label}`;
  let hit = byKey.get(key);
  if (!hit) {
    const areas = cube.areas.flatMap((a, i) => (a.level === level ? [i] : []));
    const lq = lqMatrix(cube, areas, y, benchmark);
    const eci = economicComplexity(revealedComparativeAdvantage(lq, areas.length, cube.sectors.length)).eci;
    byKey.set(key, (hit = { areas, eci }));
  }
  return hit;
}

/** "A, B and C". */
export function listInWords(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function areaNext(cube: Cube, a: number, y: number, benchmark: Benchmark, base: NextBase): AreaNext {
  const S = cube.sectors.length;
  const lq = lqMatrix(cube, [a], y, benchmark);
  const rca = revealedComparativeAdvantage(lq, 1, S);
  const rel = base.districts.relatedness;
  const density = relatednessDensity(rca, rel);
  const pci = base.districts.complexity.pci;
  const sectors: SectorNext[] = cube.sectors.map((sec, s) => ({
    index: s,
    code: sec.code,
    name: sec.name,
    lq: lq[s],
    specialised: rca.has[s] === 1,
    density: density[s],
    complexity: pci[s],
    value: cellValue(cube, a, s, y),
    because: relatedStrengths(rca, rel, 0, s, 3).map((r) => cube.sectors[r.sector].name),
  }));
  const opportunities = sectors
    .filter((s) => !s.specialised && Number.isFinite(s.lq) && Number.isFinite(s.density))
    .sort((p, q) => q.density - p.density || (q.complexity || 0) - (p.complexity || 0) || p.index - q.index);
  const meanDensity = opportunities.length
    ? opportunities.reduce((t, s) => t + s.density, 0) / opportunities.length
    : NaN;
  const level = cube.areas[a].level;
  const lc = levelComplexity(cube, level, y, benchmark);
  const i = lc.areas.indexOf(a);
  const eci = i >= 0 ? lc.eci[i] : NaN;
  const finite = [...lc.eci].filter(Number.isFinite);
  return {
    sectors,
    opportunities,
    eci,
    eciRank: Number.isFinite(eci) ? finite.filter((v) => v > eci).length + 1 : NaN,
    eciOf: finite.length,
    eciWithout: lc.areas.flatMap((ai, i) =>
      Number.isFinite(lc.eci[i])
        ? []
        : [{ name: cube.areas[ai].name, nothing: cube.sectors.every((_, s) => cellValue(cube, ai, s, y) === 0) }],
    ),
    levelWord: levelWords(level).many,
    meanDensity,
  };
}

/** Why a sector is on the list, in words. */
export function reasonInWords(s: SectorNext): string {
  if (s.because.length === 0) return 'Not closely related to anything the area specialises in.';
  return `Related to your strengths in ${listInWords(s.because)}.`;
}

/**
 * The ECI rank in words, and why it is of fewer areas than the level has: "29 of the 37 LEPs with a
 * figure", "Swindon and Wiltshire has no research submitted, so it has no figure." `nothingWords` names
 * an area with nothing at all in the data (the dataset's true-zero words, e.g. "No research submitted").
 */
export function eciRankWords(
  next: Pick<AreaNext, 'eciRank' | 'eciOf' | 'eciWithout' | 'levelWord'>,
  nothingWords = 'Nothing in this data',
): { rank: string; why: string } {
  const { eciRank, eciOf, eciWithout, levelWord } = next;
  if (eciWithout.length === 0) return { rank: `${eciRank} of ${eciOf} ${levelWord}`, why: '' };
  const why = [true, false].flatMap((nothing) => {
    const names = eciWithout.filter((w) => w.nothing === nothing).map((w) => w.name);
    if (names.length === 0) return [];
    const who = names.length <= 3 ? listInWords(names) : `${names.length} ${levelWord}`;
    const one = names.length === 1;
    const what = nothing ? nothingWords.charAt(0).toLowerCase() + nothingWords.slice(1) : 'too few known figures';
    return [`${who} ${one ? 'has' : 'have'} ${what}, so ${one ? 'it has' : 'they have'} no figure.`];
  });
  return { rank: `${eciRank} of the ${eciOf} ${levelWord} with a figure`, why: why.join(' ') };
}
