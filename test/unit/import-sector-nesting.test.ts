// Nesting sector codes in a user's file, worked by hand from SIC 2007 (sections span divisions:
// C = 10–33, F = 41–43, G = 45–47, L = 68; "A-E" = 1–39, "G-T" = 45–98).
import { describe, expect, it } from 'vitest';
import {
  applySectorChoice,
  detectSectorNesting,
  divisionSpan,
  isTotalSector,
} from '../../src/lib/import/sector-nesting';
import { buildCube } from '../../src/lib/data/cube';

const s = (...codes: string[]) => codes.map((code) => ({ code, name: code }));

describe('divisionSpan', () => {
  it('reads brackets, bare divisions, ranges, section letters and parts of a division', () => {
    expect(divisionSpan('C (10-33)')).toEqual([10, 33]);
    expect(divisionSpan('CA-CB (10-15)')).toEqual([10, 15]);
    expect(divisionSpan('41')).toEqual([41, 41]);
    expect(divisionSpan('58-60')).toEqual([58, 60]);
    expect(divisionSpan('A-E')).toEqual([1, 39]);
    expect(divisionSpan('G-T')).toEqual([45, 98]);
    expect(divisionSpan('C')).toEqual([10, 33]);
    expect(divisionSpan('68IMP')).toEqual([68, 68]);
    expect(divisionSpan('Digital')).toBeNull();
    expect(divisionSpan('2')).toEqual([2, 2]);
  });
});

describe('isTotalSector', () => {
  it('knows the all-industries row by code or name', () => {
    expect(isTotalSector('Total', 'x')).toBe(true);
    expect(isTotalSector('TOT', 'All industries')).toBe(true);
    expect(isTotalSector('C', 'Manufacturing')).toBe(false);
  });
});

describe('detectSectorNesting', () => {
  it('builds the ONS tree: total, broad sectors, sections, divisions, imputed rent beside 68 under L', () => {
    const n = detectSectorNesting(
      s(
        'Total',
        'A-E',
        'C (10-33)',
        'CA-CB (10-15)',
        'CC (16-18)',
        'F (41-43)',
        '41',
        '42',
        'G-T',
        'L (68)',
        '68',
        '68IMP',
      ),
    )!;
    expect(n.total).toBe('Total');
    expect(n.parent).toEqual({
      'A-E': 'Total',
      'C (10-33)': 'A-E',
      'CA-CB (10-15)': 'C (10-33)',
      'CC (16-18)': 'C (10-33)',
      'F (41-43)': 'Total',
      '41': 'F (41-43)',
      '42': 'F (41-43)',
      'G-T': 'Total',
      'L (68)': 'G-T',
      '68': 'L (68)',
      '68IMP': 'L (68)',
    });
    // Levels as the atlas cuts them (a leaf above a level stands in for itself).
    expect(n.levels).toEqual([
      ['Total'],
      ['A-E', 'F (41-43)', 'G-T'],
      ['C (10-33)', '41', '42', 'L (68)'],
      ['CA-CB (10-15)', 'CC (16-18)', '41', '42', '68', '68IMP'],
    ]);
  });

  it('puts sections under a total row, which becomes the area total', () => {
    const n = detectSectorNesting([{ code: 'ALL', name: 'All industries' }, ...s('A', 'B', 'C')])!;
    expect(n.total).toBe('ALL');
    expect(n.parent).toEqual({ A: 'ALL', B: 'ALL', C: 'ALL' });
    expect(n.levels).toEqual([['ALL'], ['A', 'B', 'C']]);
  });

  it('finds nothing in a flat list of sections or in codes that name no divisions', () => {
    expect(detectSectorNesting(s('A', 'B', 'C', 'F'))).toBeNull();
    expect(detectSectorNesting(s('Digital', 'Life sciences'))).toBeNull();
  });
});

describe('applySectorChoice', () => {
  // One area; Total 100 = A-E 40 + G-T 60; A-E = C 40; C = C1 25 + C2 15. Every row summed: 280.
  const codes = ['Total', 'A-E', 'C (10-33)', 'CA (10-12)', 'CB (13-15)', 'G-T'];
  const values = [100, 40, 40, 25, 15, 60];
  const cube = buildCube(
    codes.map((c, i) => ({
      areaCode: 'E06000001',
      areaName: 'Hartlepool',
      sectorCode: c,
      sectorName: c,
      year: '2022',
      value: values[i],
      flag: null,
      ci95: null,
      row: i + 2,
    })),
  );
  const nesting = detectSectorNesting(cube.sectors)!;
  it('sums every row without a choice (what must not happen)', () => {
    expect(cube.totals[0]).toBe(280);
  });
  it('as a tree: the total row is the area total, and the tree is kept', () => {
    const t = applySectorChoice(cube, nesting, 'tree');
    expect(t.cube.totals[0]).toBe(100);
    expect(t.sectorParent).toEqual({
      'A-E': 'Total',
      'C (10-33)': 'A-E',
      'CA (10-12)': 'C (10-33)',
      'CB (13-15)': 'C (10-33)',
      'G-T': 'Total',
    });
    expect(t.totals).toMatch(/all-industries row \(Total\)/);
  });
  it('one level: only its sectors, whose sum is the total', () => {
    // Total; A-E, G-T; C, G-T (G-T a leaf standing in); CA, CB, G-T.
    expect(nesting.levels.map((l) => l.length)).toEqual([1, 2, 2, 3]);
    const l = applySectorChoice(cube, nesting, 3);
    expect(l.cube.sectors.map((x) => x.code)).toEqual(['CA (10-12)', 'CB (13-15)', 'G-T']);
    expect(l.cube.totals[0]).toBe(25 + 15 + 60);
    expect(l.cube.sectorParent).toBeUndefined();
  });
});
