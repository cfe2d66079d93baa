// Each profile chart's own CSV rows, and the comparison chart's words.
import { describe, expect, it } from 'vitest';
import { bubbleQuadrant, compareCsvRows, shiftShareOrder } from '../../src/lib/profile/chart-csv';
import { compareTitle, listInWords, wrapWords } from '../../src/lib/profile/compare-title';
import type { CompareBars } from '../../src/lib/profile/lq-bars';
import type { ShiftShareSector } from '../../src/lib/metrics/shift-share';

describe('the comparison', () => {
  it('reads as one sentence, never "A compared with B compared with C"', () => {
    expect(compareTitle(['Cumbria LEP', 'Lancashire LEP'], 'England', '2022')).toBe(
      'Cumbria LEP compared with England and Lancashire LEP: location quotients, 2022',
    );
    expect(compareTitle(['A', 'B', 'C'], 'England', '2022')).toBe(
      'A compared with England, B and C: location quotients, 2022',
    );
    expect(listInWords([])).toBe('');
    expect(listInWords(['X'])).toBe('X');
  });

  it('wraps a long name at spaces, whole words only', () => {
    expect(wrapWords('Greater Birmingham and Solihull', 12)).toEqual(['Greater', 'Birmingham', 'and Solihull']);
    expect(wrapWords('Stoke-on-Trent and Staffordshire', 10)).toEqual(['Stoke-on-Trent', 'and', 'Staffordshire']);
    expect(wrapWords('Leeds City Region', 40)).toEqual(['Leeds City Region']);
  });

  it('has one CSV row per area and sector, every compared area included', () => {
    const cell = (lq: number) => ({
      value: 10 * lq,
      share: lq / 10,
      lq,
      flag: null,
      ci: null,
      significant: null,
      missing: false,
    });
    const data = {
      areas: [
        { code: 'A1', name: 'Alpha', level: 'lep', index: 0 },
        { code: 'B2', name: 'Beta', level: 'lep', index: 1 },
        { code: 'C3', name: 'Gamma', level: 'lep', index: 2 },
      ],
      benchmark: 'England',
      rows: [
        { sector: { code: 's1', name: 'One' }, index: 0, cells: [cell(2), cell(1), cell(0.5)] },
        { sector: { code: 's2', name: 'Two' }, index: 1, cells: [cell(1), cell(NaN), cell(4)] },
      ],
      maxLq: 4,
    } as unknown as CompareBars;
    const rows = compareCsvRows(data);
    expect(rows.map((r) => `${r.areaCode}/${r.sectorCode}/${r.lq}`)).toEqual([
      'A1/s1/2',
      'A1/s2/1',
      'B2/s1/1',
      'B2/s2/NaN',
      'C3/s1/0.5',
      'C3/s2/4',
    ]);
    expect(rows[4]).toMatchObject({ areaName: 'Gamma', sectorName: 'One', value: 5, share: 0.05 });
  });
});

describe('bubble chart and shift-share rows', () => {
  it('names the corner of each sector against the benchmark growth', () => {
    const s = (lq: number, growth: number) => ({ code: 'x', name: 'x', lq, growth, value: 1 });
    expect(bubbleQuadrant(s(1.2, 5), 3)).toBe('specialised, growing faster');
    expect(bubbleQuadrant(s(0.8, 1), 3)).toBe('not specialised, growing slower');
    expect(bubbleQuadrant(s(1, 3), 3)).toBe('specialised, growing faster');
    expect(bubbleQuadrant(s(0.9, 2), NaN)).toBe('not specialised, growing faster'); // no benchmark growth: 0
    expect(bubbleQuadrant(s(NaN, 2), 0)).toBe('');
  });

  it('orders shift-share rows as the table does: in the totals first, largest local effect first', () => {
    const row = (i: number, local: number, included = true) =>
      ({ index: i, local, included }) as unknown as ShiftShareSector;
    const order = shiftShareOrder([row(0, 5), row(1, NaN, false), row(2, 9), row(3, -2), row(4, 5)]);
    expect(order.map((r) => r.index)).toEqual([2, 0, 4, 3, 1]);
  });
});
