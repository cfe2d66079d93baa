import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import { areaTableRows, ranks, sortAreaRows, type AreaTableRow } from '../../src/lib/views/area-table';
import { areaTooltip, overlapTooltip, tooltipSentence } from '../../src/lib/views/tooltip';
import { auditRows, ALPHA, BETA, ENG } from './fixtures-audit';

const cube = buildCube(auditRows());
const M = cube.sectorIndex.get('M')!;
const R = cube.sectorIndex.get('R')!;
const y2019 = cube.yearIndex.get('2019')!;
const y2020 = cube.yearIndex.get('2020')!;
const q = (sector: number) => ({ level: 'lep' as const, sector, year: y2020, from: y2019, benchmark: ENG });

describe('areaTableRows', () => {
  const rows = areaTableRows(cube, q(M));
  const alpha = rows.find((r) => r.code === ALPHA)!;
  const beta = rows.find((r) => r.code === BETA)!;

  it('has one row per area of the level, and not the benchmark', () => {
    expect(rows.map((r) => r.code)).toEqual([ALPHA, BETA]);
  });

  it('worked by hand: Alpha, Manufacturing, 2020 against England', () => {
    // share 66/120 = 0.55; England 180/1100; LQ = 0.55 × 1100/180 = 605/180
    expect(alpha.value).toBe(66);
    expect(alpha.share).toBeCloseTo(0.55, 12);
    expect(alpha.lq).toBeCloseTo(605 / 180, 12);
    // growth 60 → 66 = +10%; LQ 2019 = (60/100)/(200/1000) = 3
    expect(alpha.growth).toBeCloseTo(10, 12);
    expect(alpha.lqChange).toBeCloseTo(605 / 180 - 3, 12);
    expect(alpha.flag).toBeNull();
    expect(alpha.partialTotal).toBe(false);
  });

  it('carries flags: Beta 2020 is rounded; its 2019 total left out a suppressed sector', () => {
    expect(beta.flag).toBe('rounded');
    // growth 10 → 12 = +20%; LQ 2019 = (10/50)/(200/1000) = 1 (total 50 excludes suppressed Retail)
    expect(beta.growth).toBeCloseTo(20, 12);
    expect(beta.lqChange).toBeCloseTo(12 / 90 / (180 / 1100) - 1, 12);
  });

  it('keeps missing as missing: Beta Retail grew from a suppressed 2019 figure, so growth is NaN', () => {
    const b = areaTableRows(cube, q(R)).find((r) => r.code === BETA)!;
    expect(b.value).toBe(30);
    expect(b.growth).toBeNaN();
    expect(b.fromFlag).toBe('suppressed');
  });
});

describe('sortAreaRows and ranks', () => {
  const mk = (code: string, name: string, lq: number): AreaTableRow => ({
    code,
    name,
    index: 0,
    value: lq,
    flag: null,
    share: lq,
    englandShare: lq,
    lq,
    growth: lq,
    lqChange: lq,
    density: NaN,
    eci: NaN,
    fromFlag: null,
    partialTotal: false,
  });
  const rows = [mk('a', 'Cheshire', 1.2), mk('b', 'Avon', Number.NaN), mk('c', 'Bristol', 2), mk('d', 'Dorset', 1.2)];

  it('sorts descending with missing last, ties by name', () => {
    expect(sortAreaRows(rows, 'lq', true).map((r) => r.name)).toEqual(['Bristol', 'Cheshire', 'Dorset', 'Avon']);
  });
  it('sorts ascending with missing still last', () => {
    expect(sortAreaRows(rows, 'lq', false).map((r) => r.name)).toEqual(['Cheshire', 'Dorset', 'Bristol', 'Avon']);
  });
  it('sorts by name', () => {
    expect(sortAreaRows(rows, 'name', false).map((r) => r.name)).toEqual(['Avon', 'Bristol', 'Cheshire', 'Dorset']);
  });
  it('ranks highest first and leaves missing unranked', () => {
    const r = ranks(rows, 'lq');
    expect([...r.entries()]).toEqual([
      ['c', 1],
      ['a', 2],
      ['d', 3],
    ]);
    expect(r.has('b')).toBe(false);
  });
});

describe('tooltip words', () => {
  const rows = areaTableRows(cube, q(M));
  const beta = rows.find((r) => r.code === BETA)!;
  const ctx = { metric: 'lq' as const, measure: 'Jobs', year: '2020', from: '2019', benchmark: 'England', of: 2 };

  it('gives the metric, the count, the rank and the flags', () => {
    const t = areaTooltip(beta, { ...ctx, rank: 2 });
    expect(t.title).toBe('Beta LEP');
    expect(t.lines).toEqual([
      { label: 'Location quotient (England = 1)', value: (12 / 90 / (180 / 1100)).toFixed(2) },
      { label: 'Jobs, 2020', value: '12' },
      { label: 'Rank', value: '2 of 2' },
    ]);
    expect(t.notes).toEqual(['2020 figure small count, rounded to the nearest 5.']);
    expect(tooltipSentence(t)).toBe(
      `Beta LEP. Location quotient (England = 1): ${(12 / 90 / (180 / 1100)).toFixed(2)}. Jobs, 2020: 12. Rank: 2 of 2. 2020 figure small count, rounded to the nearest 5.`,
    );
  });

  it('for growth, also warns about the start year figure', () => {
    const b = areaTableRows(cube, q(R)).find((r) => r.code === BETA)!;
    const t = areaTooltip(b, { ...ctx, metric: 'growth', rank: undefined });
    expect(t.lines[0]).toEqual({ label: 'Growth since 2019', value: '–' });
    expect(t.lines.at(-1)).toEqual({ label: 'Rank', value: 'not ranked (no figure)' });
    expect(t.notes).toContain('2019 figure suppressed (not published: too small or disclosive).');
  });

  it('says what the LQ means for this measure, with ▲▼ beside a significant survey LQ (issue 17 item 9)', () => {
    // Beta's LQ 2020 is (12/90)/(180/1100) = 0.81; its note and mark come from lq-meaning.ts.
    const lq = (12 / 90 / (180 / 1100)).toFixed(2);
    const t = areaTooltip(beta, { ...ctx, rank: 2, lqNote: { text: 'Not significantly different from 1.', mark: '' } });
    expect(t.lines[0]).toEqual({ label: 'Location quotient (England = 1)', value: lq });
    expect(t.notes[0]).toBe('Not significantly different from 1.');
    const up = areaTooltip(beta, { ...ctx, rank: 2, lqNote: { text: '▼ Significantly below 1.', mark: '▼' } });
    expect(up.lines[0].value).toBe(`${lq} ▼`);
    // On another metric the mark goes on the LQ line.
    const growth = areaTooltip(beta, { ...ctx, metric: 'growth', rank: 2, lqNote: { text: 'x', mark: '▲' } });
    expect(growth.lines.find((l) => l.label === 'Location quotient')!.value).toBe(`${lq} ▲`);
    // An indicator has no LQ, so no note.
    expect(
      areaTooltip(beta, { ...ctx, metric: 'value', rank: 2, indicator: true, lqNote: { text: 'x', mark: '▲' } }).notes,
    ).not.toContain('x');
  });

  it('names both LEPs of a shared district', () => {
    const t = overlapTooltip('Tamworth', rows, ctx);
    expect(t.title).toBe('Tamworth (district in two LEPs)');
    expect(t.lines.map((l) => l.label)).toEqual(['Alpha LEP', 'Beta LEP']);
  });
});

describe('areaAccessibleName', () => {
  it('says name, figure, rank and whether it is approximate', async () => {
    const { areaAccessibleName } = await import('../../src/lib/views/tooltip');
    const rows = areaTableRows(cube, q(M));
    const ctx = { metric: 'lq' as const, measure: 'Jobs', year: '2020', from: '2019', benchmark: 'England', of: 2 };
    const alpha = rows.find((r) => r.code === ALPHA)!;
    const beta = rows.find((r) => r.code === BETA)!;
    expect(areaAccessibleName(alpha, { ...ctx, rank: 1 })).toBe(
      `Alpha LEP: Location quotient (England = 1) ${(605 / 180).toFixed(2)}, rank 1 of 2`,
    );
    expect(areaAccessibleName(beta, { ...ctx, rank: 2 })).toMatch(/, rank 2 of 2, approximate$/);
    expect(areaAccessibleName({ ...beta, lq: Number.NaN }, { ...ctx, rank: undefined })).toBe('Beta LEP: no figure');
  });

  it('names every area on the map, with its rank, and says when the data has no row for one', async () => {
    const { areaAccessibleNames } = await import('../../src/lib/views/tooltip');
    const rows = areaTableRows(cube, q(M));
    const ctx = { metric: 'lq' as const, measure: 'Jobs', year: '2020', from: '2019', benchmark: 'England', of: 2 };
    const rowByCode = new Map(rows.map((r) => [r.code, r]));
    const ranks = new Map([
      [ALPHA, 1],
      [BETA, 2],
    ]);
    const names = areaAccessibleNames(
      [
        { code: ALPHA, name: 'Alpha LEP' },
        { code: 'E37000099', name: 'Gamma LEP' },
      ],
      rowByCode,
      ranks,
      ctx,
    );
    expect([...names.keys()]).toEqual([ALPHA, 'E37000099']);
    expect(names.get(ALPHA)).toBe(`Alpha LEP: Location quotient (England = 1) ${(605 / 180).toFixed(2)}, rank 1 of 2`);
    expect(names.get('E37000099')).toBe('Gamma LEP: no data');
  });
});
