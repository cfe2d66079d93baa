import { describe, expect, it } from 'vitest';
import {
  embedFrame,
  hasNoFigure,
  exportZeroItems,
  mapFilters,
  mapViewShares,
  rankingShareOf,
  pickChange,
  searchAreas,
  zeroLegendItems,
} from '../../src/lib/views/map-view';
import { mapCsvColumnIds, mapCsvColumns, withViewColumns } from '../../src/lib/views/map-csv';
import type { ShareSpec } from '../../src/lib/export/share-spec';
import { ownScopeNote } from '../../src/lib/views/own-file';
import { lqNoteOf } from '../../src/lib/views/lq-meaning';
import type { AreaTableRow } from '../../src/lib/views/area-table';
import type { CsvColumn } from '../../src/lib/export/csv-download';
import { areaRow } from './fixtures-area-row';

const row = areaRow;

describe('searchAreas', () => {
  const cubeAreas = [
    { code: 'L1', name: 'North', level: 'lep' as const },
    { code: 'L2', name: 'Gone', level: 'lep' as const },
    { code: 'D1', name: 'Dale', level: 'lad' as const },
  ];
  const lepToLads = { L1: ['D1'] };
  it('on the LEP map offers the LEPs shown, then every district, each said to be which', () => {
    expect(searchAreas([{ code: 'L1', name: 'North' }], 'lep', cubeAreas, lepToLads)).toEqual([
      { code: 'L1', name: 'North', kind: 'LEP' },
      { code: 'D1', name: 'Dale', kind: 'district' },
    ]);
  });
  it('on the district map offers only LEPs the lookup knows; other levels offer their own rows only', () => {
    expect(searchAreas([{ code: 'D1', name: 'Dale' }], 'lad', cubeAreas, lepToLads).map((a) => a.code)).toEqual([
      'D1',
      'L1',
    ]);
    expect(searchAreas([{ code: 'X', name: 'X' }], 'other', cubeAreas, lepToLads)).toEqual([
      { code: 'X', name: 'X', kind: undefined },
    ]);
  });
});

describe('pickChange', () => {
  it('a LEP on the district map shows its districts; a district on the LEP map switches to districts', () => {
    expect(pickChange('L1', 'lep', 'lad', null)).toEqual({ lep: 'L1', area: null });
    expect(pickChange('D1', 'lad', 'lep', null)).toEqual({ geography: 'lad', lep: null, area: 'D1', compare: [] });
  });
  it('a district outside the LEP shown leaves the LEP; anything else is plain selection', () => {
    const within = { lads: new Set(['D2']) };
    expect(pickChange('D1', 'lad', 'lad', within)).toEqual({ lep: null, area: 'D1' });
    expect(pickChange('D2', 'lad', 'lad', within)).toBe('select');
    expect(pickChange('L1', 'lep', 'lep', null)).toBe('select');
    expect(pickChange('Q', undefined, 'lad', within)).toBe('select');
  });
});

describe('true zeros and missing figures in the key', () => {
  const words = { area: 'No research submitted', sector: 'None in this subject' } as never;
  const rows = [row({ lq: NaN, zero: 'sector' }), row({ lq: NaN, zero: 'sector' }), row({ lq: 2 })];
  it('lists only the kinds some area shows, with their counts, and nothing without zero words', () => {
    expect(zeroLegendItems(rows, 'lq', words)).toEqual([
      { label: 'None in this subject', count: 2, colour: '#b8b8b8' },
    ]);
    expect(zeroLegendItems(rows, 'lq', undefined)).toEqual([]);
  });
  it('counts a zero shown grey as a figure, but a missing figure as no figure', () => {
    expect(hasNoFigure(rows, 'lq', words)).toBe(false);
    expect(hasNoFigure(rows, 'lq', undefined)).toBe(true);
    expect(hasNoFigure([...rows, row({ lq: NaN })], 'lq', words)).toBe(true);
  });
});

describe('mapCsvColumnIds', () => {
  it('a count: share, LQ and the partial-total note; change columns only for a change metric', () => {
    expect(mapCsvColumnIds(false, false)).toEqual([
      'area_code',
      'area_name',
      'value',
      'flag',
      'share',
      'location_quotient',
      'partial_total',
    ]);
    expect(mapCsvColumnIds(false, true).slice(6)).toEqual([
      'growth_pct',
      'lq_change',
      'start_year_flag',
      'partial_total',
    ]);
  });
  it('an indicator: no share, LQ, LQ change or partial total', () => {
    expect(mapCsvColumnIds(true, false)).toEqual(['area_code', 'area_name', 'value', 'flag']);
    expect(mapCsvColumnIds(true, true)).toEqual([
      'area_code',
      'area_name',
      'value',
      'flag',
      'growth_pct',
      'start_year_flag',
    ]);
  });
});

describe('mapFilters', () => {
  it('names the areas, the LEP shown, the sector, the year or years and the metric', () => {
    const base = { areas: 'Districts', sector: 'Retail', period: '2020', shown: 'LQ' };
    expect(mapFilters({ ...base, within: { name: 'North', code: 'L1' }, change: false })).toEqual([
      ['Areas', 'Districts'],
      ['Districts of', 'North (L1)'],
      ['Sector', 'Retail'],
      ['Year', '2020'],
      ['Shown on the map', 'LQ'],
    ]);
    expect(mapFilters({ ...base, period: '2019 to 2020', within: null, change: true })[2]).toEqual([
      'Years',
      '2019 to 2020',
    ]);
  });
});

describe('withViewColumns', () => {
  const cols: CsvColumn<AreaTableRow>[] = ['area_code', 'area_name', 'value'].map((h) => ({
    header: h,
    value: () => h,
  }));
  it('puts the LEP, sector and year after the code and name', () => {
    const out = withViewColumns(cols, {
      sector: { code: 'G47', name: 'Retail' },
      year: '2020',
      from: '2019',
      lepsOf: (c) => `LEP of ${c}`,
    });
    expect(out.map((c) => c.header)).toEqual([
      'area_code',
      'area_name',
      'lep_name',
      'sector_code',
      'sector_name',
      'year',
      'value',
    ]);
    const r = row({ code: 'D1' });
    expect(out.slice(2, 6).map((c) => c.value(r))).toEqual(['LEP of D1', 'G47', 'Retail', '2020']);
    expect(out[5].about).toBe('The year shown; changes are from 2019.');
  });
  it('leaves out the LEP column off the district map, and says the year is as labelled without a change', () => {
    const out = withViewColumns(cols, { sector: undefined, year: '2020', from: null, lepsOf: null });
    expect(out.map((c) => c.header)).toEqual(['area_code', 'area_name', 'sector_code', 'sector_name', 'year', 'value']);
    expect(out[2].value(row({}))).toBe('');
    expect(out[4].about).toBe('Year or period as the source labels it.');
  });
});

describe('embedFrame', () => {
  const b = {
    head: { width: 500, height: 40 },
    source: { width: 500, height: 20 },
    legend: { width: 100, height: 300 },
    map: { width: 400, height: 250 },
    rank: { width: 300, height: 200 },
  };
  it('the map beside its key: width 400 + 24 + 100, height 40 + 16 + max(250, 300) + 20 + 32', () => {
    expect(embedFrame('map', b)).toEqual({ width: 524, height: 408 });
  });
  it('the ranking alone: 300 wide, 40 + 16 + 200 + 20 + 32 high; nothing before the title is laid out', () => {
    expect(embedFrame('ranking', b)).toEqual({ width: 300, height: 308 });
    expect(embedFrame('map', { ...b, head: null })).toBeNull();
  });
});

describe('lqNoteOf', () => {
  const p = { benchmark: 'England', unit: 'enterprises', evidence: 'count' as const };
  it('gives the meaning of a count LQ, with no mark', () => {
    expect(lqNoteOf({ lq: 1.35, value: 420 }, null, p)).toEqual({
      text: 'A full count, not a survey, so no sampling error: 35% more concentrated here than in England.',
      mark: '',
    });
  });
  it('marks a survey LQ whose interval lies above 1 with ▲, and gives nothing without an LQ', () => {
    const iv = { lq: 1.5, lower: 1.2, upper: 1.8, significant: 'above' as const };
    expect(lqNoteOf({ lq: 1.5, value: 10 }, iv, { ...p, evidence: 'survey' })?.mark).toBe('▲');
    expect(lqNoteOf({ lq: NaN, value: 10 }, null, p)).toBeNull();
  });
});

describe('the map view export parts', () => {
  it("drops a volume's true-zero note from the exported key, keeps a GPA's", () => {
    expect(
      exportZeroItems([
        { label: 'No research submitted', colour: '#fff', note: 'a true zero, not missing' },
        { label: 'Not graded', colour: '#eee', note: 'nothing to grade, not missing' },
      ]),
    ).toEqual([
      { label: 'No research submitted', colour: '#fff', note: undefined },
      { label: 'Not graded', colour: '#eee', note: 'nothing to grade, not missing' },
    ]);
  });

  it('titles and files the ranking after the map view', () => {
    const spec = { title: 'Map', fileParts: ['jobs', 'retail'], meta: 1 };
    expect(rankingShareOf(spec, { metricText: 'Location quotient', sector: 'Retail', period: '2020' })).toEqual({
      title: 'Ranking: Location quotient, Retail, 2020',
      fileParts: ['jobs', 'retail', 'ranking'],
      meta: 1,
    });
    expect(spec.fileParts).toEqual(['jobs', 'retail']);
  });

  it('writes the view CSV columns: an indicator has no share or LQ; a change view has growth and the start year', () => {
    const meta = { measure: 'Jobs', unit: 'jobs' };
    const v = { sector: { code: 'G', name: 'Retail' }, year: '2020', from: '2019', lepsOf: null };
    const count = mapCsvColumns(meta, 'England', { ...v, indicator: false, change: false });
    expect(count.map((c) => c.header)).toContain('location_quotient');
    expect(count.map((c) => c.header)).not.toContain('change_pct');
    // Without a change metric the year is not said to be the end of a change, though a "from" year is set.
    expect(count.find((c) => c.header === 'year')?.about).toBe('Year or period as the source labels it.');
    const indicator = mapCsvColumns(meta, 'England', { ...v, indicator: true, change: true });
    const headers = indicator.map((c) => c.header);
    expect(headers).not.toContain('location_quotient');
    expect(headers).not.toContain('share');
    expect(headers).toContain('change_pct');
    expect(indicator.find((c) => c.header === 'year')?.about).toBe('The year shown; changes are from 2019.');
  });

  it("adds the scope line only to a user's own file of counts", () => {
    expect(ownScopeNote('local-abc', 'count', 5)).toBe(
      'Your file has 5 sectors: every share, total and location quotient here is of the 5 sectors in your file, not of the whole economy.',
    );
    expect(ownScopeNote('local-abc', 'indicator', 5)).toBe('');
    expect(ownScopeNote('bres-employment', 'count', 5)).toBe('');
    expect(ownScopeNote('local-abc', 'count', null)).toBe('');
  });
});

describe('mapViewShares', () => {
  const spec = { title: 'Location quotient of C, LEPs, 2022', fileParts: ['Enterprises', 'LEPs', '2022'] } as ShareSpec;
  const w = { metricText: 'Location quotient', sector: 'Manufacturing', period: '2022' };
  it('has none without the view’s spec', () => {
    expect(mapViewShares(null, {}, w)).toEqual({ map: null, ranking: null });
  });
  it('embeds the map and the ranking each as its own chart, the ranking titled and filed as itself', () => {
    const { map, ranking } = mapViewShares(spec, {}, w);
    expect(map!.title).toBe(spec.title);
    expect(map!.embedChart!.id).toBe('map');
    expect(ranking!.title).toBe('Ranking: Location quotient, Manufacturing, 2022');
    expect(ranking!.fileParts).toEqual(['Enterprises', 'LEPs', '2022', 'ranking']);
    expect(ranking!.embedChart!.id).toBe('ranking');
    // Nothing on the page yet: no frame to measure and no ranking image.
    expect(map!.embedChart!.box()).toBeNull();
    expect(ranking!.chart()).toBeNull();
  });
});
