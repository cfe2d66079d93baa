// Relatedness density and ECI as map measures, worked by hand on ten districts and two LEPs.
//
// Five districts (type 1) hold A 40, B 40, C 20; five (type 2) hold A 20, B 20, C 60. England (their
// sum): A 300, B 300, C 400 of 1,000, shares .3 .3 .4. Type 1's LQs: A and B 4/3, C ½; type 2's:
// A and B ⅔, C 1.5. A and B are always specialised together and never with C, so A is related to B
// alone (C to neither): a type-1 district holds all of what is related to A (density 100%), a type-2
// district none of it (0%). Type 1 specialises in two sectors, type 2 in one, so type 1 is the more
// complex (the sign rule: more diverse places score higher). The LEPs: L1 = two type-1 districts,
// L2 = two type-2 districts. A parent AB = A + B is in the data too, as GVA's tree has parents.
import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import { resolveBenchmark } from '../../src/lib/metrics/benchmark';
import { nextMapMeasures } from '../../src/lib/next/map-measures';
import { row } from './fixtures-audit';

const districts = Array.from({ length: 10 }, (_, i) => `E060000${String(i + 10)}`);
const type1 = districts.slice(0, 5);
const values = (code: string) => (type1.includes(code) ? [40, 40, 20] : [20, 20, 60]);
const rows = [
  ...districts.flatMap((d) => {
    const [a, b, c] = values(d);
    return [row(d, 'A', '2022', a), row(d, 'B', '2022', b), row(d, 'C', '2022', c), row(d, 'AB', '2022', a + b)];
  }),
  ...[
    ['E92000001', 300, 300, 400],
    ['E37000001', 80, 80, 40],
    ['E37000002', 40, 40, 120],
  ].flatMap(([area, a, b, c]) => [
    row(area as string, 'A', '2022', a as number),
    row(area as string, 'B', '2022', b as number),
    row(area as string, 'C', '2022', c as number),
    row(area as string, 'AB', '2022', (a as number) + (b as number)),
  ]),
];
const cube = buildCube(rows);
const meta = { sectorParent: { A: 'AB', B: 'AB' } };
const bench = resolveBenchmark(cube);

describe('nextMapMeasures', () => {
  it('maps each district’s relatedness density in A: 100% where all of B is held, 0% where none', () => {
    const m = nextMapMeasures(cube, meta, 0, bench, 'A', 'lad')!;
    expect(m.leaf).toBe(true);
    for (const d of districts) expect(m.density.get(d)).toBeCloseTo(type1.includes(d) ? 1 : 0, 12);
    expect(m.density.has('E37000001')).toBe(false);
  });

  it('gives LEPs their own specialisations against relatedness measured across districts', () => {
    const m = nextMapMeasures(cube, meta, 0, bench, 'A', 'lep')!;
    expect(m.density.get('E37000001')).toBeCloseTo(1, 12);
    expect(m.density.get('E37000002')).toBeCloseTo(0, 12);
  });

  it('scores the more diverse districts as more complex, the same within each type', () => {
    const m = nextMapMeasures(cube, meta, 0, bench, 'A', 'lad')!;
    const eci = districts.map((d) => m.eci.get(d)!);
    expect(eci.slice(0, 5).every((v) => v > 0)).toBe(true);
    expect(eci.slice(5).every((v) => v < 0)).toBe(true);
    expect(Math.max(...eci.slice(0, 5)) - Math.min(...eci.slice(0, 5))).toBeCloseTo(0, 9);
  });

  it('has no density for a sector with sub-industries (AB), but keeps ECI', () => {
    const m = nextMapMeasures(cube, meta, 0, bench, 'AB', 'lad')!;
    expect(m.leaf).toBe(false);
    expect(m.density.size).toBe(0);
    expect(m.eci.size).toBe(10);
  });

  it('is null with fewer than 10 districts to measure relatedness across', () => {
    const few = buildCube(rows.filter((r) => r.areaCode !== districts[9]));
    expect(nextMapMeasures(few, meta, 0, resolveBenchmark(few), 'A', 'lad')).toBeNull();
  });
});
