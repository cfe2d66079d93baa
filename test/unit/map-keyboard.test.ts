import { describe, expect, it } from 'vitest';
import { keyOrder, mapKey, tabStopOf } from '../../src/lib/map/keyboard';
import { areaFills, flaggedOutline } from '../../src/lib/map/fills';
import { tipAtCentre, tipAtPointer } from '../../src/lib/map/tip-place';
import { zoomArea } from '../../src/lib/map/zoom';
import { codeTooltip, sharedDistrictTooltip } from '../../src/lib/views/tooltip';
import type { AreaTableRow } from '../../src/lib/views/area-table';
import { areaRow } from './fixtures-area-row';

const row = areaRow;

// Three areas, given out of name order; 'york' is lower case so name order ignores case.
const areas = [
  { code: 'C', name: 'york' },
  { code: 'A', name: 'Bath' },
  { code: 'B', name: 'Leeds' },
];

describe('keyOrder', () => {
  it('puts the areas in name order, ignoring case, and leaves out those outside a shown LEP', () => {
    expect(keyOrder(areas, () => false).map((a) => a.code)).toEqual(['A', 'B', 'C']);
    expect(keyOrder(areas, (c) => c === 'B').map((a) => a.code)).toEqual(['A', 'C']);
  });
});

describe('tabStopOf', () => {
  const order = keyOrder(areas, () => false);
  const drawn = new Set(['A', 'B', 'C']);
  it('is the last focused area, else the selected one, else the first by name', () => {
    expect(tabStopOf('B', 'C', drawn, order)).toBe('B');
    expect(tabStopOf(null, 'C', drawn, order)).toBe('C');
    expect(tabStopOf(null, null, drawn, order)).toBe('A');
  });
  it('skips a focused or selected area that is not drawn on this layer', () => {
    expect(tabStopOf('X', 'Y', drawn, order)).toBe('A');
    expect(tabStopOf(null, null, drawn, [])).toBeNull();
  });
});

describe('mapKey', () => {
  const order = keyOrder(areas, () => false); // A (Bath), B (Leeds), C (york)
  it('moves to the next and previous area by name, wrapping round at both ends', () => {
    expect(mapKey('ArrowRight', 'A', order, null)).toEqual({ move: 'B' });
    expect(mapKey('ArrowDown', 'C', order, null)).toEqual({ move: 'A' });
    expect(mapKey('ArrowLeft', 'B', order, null)).toEqual({ move: 'A' });
    expect(mapKey('ArrowUp', 'A', order, null)).toEqual({ move: 'C' });
  });
  it('jumps to the first and last by name with Home and End', () => {
    expect(mapKey('Home', 'B', order, null)).toEqual({ move: 'A' });
    expect(mapKey('End', 'A', order, null)).toEqual({ move: 'C' });
    expect(mapKey('Home', 'A', [], null)).toEqual({ move: null });
  });
  it('selects with Enter or Space, toggles off the selected area, and clears with Escape', () => {
    expect(mapKey('Enter', 'B', order, null)).toEqual({ select: 'B' });
    expect(mapKey(' ', 'B', order, 'A')).toEqual({ select: 'B' });
    expect(mapKey('Enter', 'B', order, 'B')).toEqual({ select: null });
    expect(mapKey('Escape', 'B', order, 'B')).toEqual({ select: null });
  });
  it('leaves other keys alone (so Tab still leaves the map)', () => {
    expect(mapKey('Tab', 'B', order, null)).toBeNull();
    expect(mapKey('a', 'B', order, null)).toBeNull();
  });
});

describe('areaFills', () => {
  const colour = (v: number) => (Number.isFinite(v) && v > 0 ? (v > 1 ? 'dark' : 'light') : null);
  const words = { area: 'Nothing', sector: 'None here' } as never;
  const rows = [
    row({ code: 'P', lq: 2 }),
    row({ code: 'Q', lq: 0.5 }),
    row({ code: 'Z', lq: NaN, zero: 'area' }),
    row({ code: 'N', lq: NaN }),
  ];
  it('colours each area by its figure, and a true zero grey only when the dataset has zero words', () => {
    const f = areaFills(rows, 'lq', colour, words);
    expect([...f]).toEqual([
      ['P', 'dark'],
      ['Q', 'light'],
      ['Z', '#dcdcdc'],
      ['N', null],
    ]);
    expect(areaFills(rows, 'lq', colour, undefined).get('Z')).toBeNull();
  });
});

describe('flaggedOutline', () => {
  const paths = new Map([
    ['A', 'M0 0Z'],
    ['B', 'M1 1Z'],
    ['C', 'M2 2Z'],
  ]);
  const rowByCode = new Map([
    ['A', row({ code: 'A', flag: 'rounded' as never })],
    ['B', row({ code: 'B' })],
    ['C', row({ code: 'C', partialTotal: true })],
  ]);
  it('joins the paths of the flagged areas, leaving out those outside a shown LEP', () => {
    expect(flaggedOutline(areas, paths, rowByCode, 'lq', () => false)).toBe('M2 2ZM0 0Z');
    expect(flaggedOutline(areas, paths, rowByCode, 'lq', (c) => c === 'C')).toBe('M0 0Z');
  });
});

describe('tip placement', () => {
  const frame = { left: 100, top: 50, width: 600, height: 400 };
  it('puts the tip at the pointer, in the frame’s coordinates', () => {
    expect(tipAtPointer(250, 80, frame)).toEqual({ x: 150, y: 30, w: 600, h: 400 });
  });
  it('puts a keyboard tip at the centre of the focused area: (200 + 40/2 − 100, 100 + 60/2 − 50)', () => {
    expect(tipAtCentre({ left: 200, top: 100, width: 40, height: 60 }, frame)).toEqual({
      x: 120,
      y: 80,
      w: 600,
      h: 400,
    });
  });
});

describe('zoomArea', () => {
  it('zooms to the selected area only when asked, else to the LEP whose districts are shown', () => {
    expect(zoomArea(true, 'E06', 'lad', null)).toEqual({ code: 'E06', layer: 'lad' });
    expect(zoomArea(false, 'E06', 'lad', { lep: 'E37' })).toEqual({ code: 'E37', layer: 'lep' });
    expect(zoomArea(true, null, 'lad', { lep: 'E37' })).toEqual({ code: 'E37', layer: 'lep' });
    expect(zoomArea(false, 'E06', 'lep', null)).toBeNull();
  });
});

describe('map tooltips by code', () => {
  const ctx = { metric: 'lq' as const, measure: 'Jobs', year: '2020', from: '2019', benchmark: 'England', of: 9 };
  const rowByCode = new Map([
    ['L1', row({ code: 'L1', name: 'North LEP', lq: 1.5, value: 40 })],
    ['L2', row({ code: 'L2', name: 'South LEP', lq: 0.25, value: 10 })],
  ]);
  it('gives an area’s figure, its rank and what its LQ means; nothing for an area with no row', () => {
    const note = (r: AreaTableRow) => ({ text: `${r.name} note`, mark: '' });
    const t = codeTooltip('L1', rowByCode, new Map([['L1', 3]]), ctx, note)!;
    expect(t.title).toBe('North LEP');
    expect(t.lines[0]).toEqual({ label: 'Location quotient (England = 1)', value: '1.50' });
    expect(t.lines.at(-1)).toEqual({ label: 'Rank', value: '3 of 9' });
    expect(t.notes[0]).toBe('North LEP note');
    expect(codeTooltip('L9', rowByCode, new Map(), ctx)).toBeNull();
  });
  it('gives both LEPs’ figures for a shared district, and nothing for an unknown one', () => {
    const shared = [{ code: 'D1', name: 'Middle' }];
    const t = sharedDistrictTooltip('D1', shared, { D1: ['L1', 'L2', 'L3'] }, rowByCode, ctx)!;
    expect(t.title).toBe('Middle (district in two LEPs)');
    expect(t.lines).toEqual([
      { label: 'North LEP', value: '1.50' },
      { label: 'South LEP', value: '0.25' },
    ]);
    expect(sharedDistrictTooltip('D2', shared, {}, rowByCode, ctx)).toBeNull();
  });
});
