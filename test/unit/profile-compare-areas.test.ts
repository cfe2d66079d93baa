// Which areas the profile compares, worked by hand from ./fixtures-audit.ts:
//   2020 shares: England D 400/1100 = 4/11; Beta D 48/90 = 8/15; Alpha D 10/120 = 1/12.
import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import { comparedAreas, comparedCodes, compareChart, toggleCompared } from '../../src/lib/profile/compare-areas';
import { ALPHA, BETA, ENG, auditRows } from './fixtures-audit';

const cube = buildCube(auditRows());
const AL = cube.areaIndex.get(ALPHA)!;
const Y20 = cube.yearIndex.get('2020')!;
const E = cube.areaIndex.get(ENG)!;

describe('comparedCodes', () => {
  it('keeps the codes the data has, never the profiled area, two at most, in the link’s order', () => {
    expect(comparedCodes(['nowhere', ALPHA, BETA, ENG], ALPHA, cube)).toEqual([BETA, ENG]);
    expect(comparedCodes([ENG, BETA, 'x'], BETA, cube)).toEqual([ENG]);
    expect(comparedCodes([], ALPHA, cube)).toEqual([]);
  });

  it('names them from the data', () => {
    expect(comparedAreas(cube, [BETA, ENG])).toEqual([
      { code: BETA, name: 'Beta LEP' },
      { code: ENG, name: 'England' },
    ]);
  });
});

describe('toggleCompared', () => {
  it('adds an area not compared, takes out one that is, and never holds more than two', () => {
    expect(toggleCompared([BETA], ENG)).toEqual([BETA, ENG]);
    expect(toggleCompared([BETA, ENG], BETA)).toEqual([ENG]);
    expect(toggleCompared([BETA, ENG], 'third')).toEqual([BETA, ENG]);
    expect(toggleCompared([], BETA)).toEqual([BETA]);
  });
});

describe('compareChart', () => {
  it('is null when nothing is compared', () => {
    expect(compareChart(cube, AL, [], Y20, E)).toBeNull();
  });

  it('puts the profiled area first, then the compared, with their LQs', () => {
    const c = compareChart(cube, AL, [BETA], Y20, E)!;
    expect(c.areas.map((a) => a.code)).toEqual([ALPHA, BETA]);
    const digital = c.rows.find((r) => r.sector.code === 'D')!;
    // Alpha (1/12)/(4/11) = 11/48; Beta (8/15)/(4/11) = 88/60
    expect(digital.cells[0].lq).toBeCloseTo(11 / 48, 12);
    expect(digital.cells[1].lq).toBeCloseTo(88 / 60, 12);
  });
});
