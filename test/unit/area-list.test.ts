import { describe, expect, it } from 'vitest';
import { areaListOf, rowLookup } from '../../src/lib/views/area-list';
import { ranks, ranksInOrder, sortAreaRows, type AreaTableRow } from '../../src/lib/views/area-table';

const row = (code: string, name: string, lq: number) => ({ code, name, lq }) as AreaTableRow;

describe('areaListOf', () => {
  const rows = [row('A', 'Alpha', 1), row('B', 'Beta', 2)];
  const list = areaListOf(rows, null);

  it('lists the rows’ areas and places', () => {
    expect(list.areas).toEqual([
      { code: 'A', name: 'Alpha' },
      { code: 'B', name: 'Beta' },
    ]);
    expect([...list.at]).toEqual([
      ['A', 0],
      ['B', 1],
    ]);
  });

  it('keeps the same list for new rows of the same areas (another sector)', () => {
    expect(areaListOf([row('A', 'Alpha', 3), row('B', 'Beta', 0.5)], list)).toBe(list);
  });

  it('makes a new list when the areas, their order or a name differ', () => {
    expect(areaListOf([row('B', 'Beta', 2), row('A', 'Alpha', 1)], list)).not.toBe(list);
    expect(areaListOf([row('A', 'Alpha', 1)], list)).not.toBe(list);
    expect(areaListOf([row('A', 'Alpha', 1), row('B', 'Bêta', 2)], list).areas[1].name).toBe('Bêta');
  });

  it('finds rows by code through the list, as a Map of them would', () => {
    const next = [row('A', 'Alpha', 3), row('B', 'Beta', 0.5)];
    const byCode = rowLookup(next, areaListOf(next, list));
    expect(byCode.get('B')).toBe(next[1]);
    expect(byCode.get('C')).toBeUndefined();
    expect([byCode.has('A'), byCode.has('C')]).toEqual([true, false]);
  });
});

describe('ranksInOrder', () => {
  it('gives the ranks ranks() gives, from rows already sorted', () => {
    const rows = [row('A', 'Alpha', 1), row('B', 'Beta', NaN), row('C', 'Gamma', 2.5), row('D', 'Delta', 0)];
    const fromSorted = ranksInOrder(sortAreaRows(rows, 'lq', true), 'lq');
    expect([...fromSorted]).toEqual([...ranks(rows, 'lq')]);
    // By hand: C 2.5 first, A 1 second; B (no figure) and D (an LQ of 0) take no rank.
    expect([...fromSorted]).toEqual([
      ['C', 1],
      ['A', 2],
    ]);
  });
});
