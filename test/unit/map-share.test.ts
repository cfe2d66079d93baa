// The map view's "Share & download" spec, from a hand-made view model: two LEP areas, or three
// districts of which one has no figure.
import { describe, expect, it } from 'vitest';
import type { Cube, DatasetMeta } from '../../src/lib/data/types';
import type { CsvHeaderInfo } from '../../src/lib/export/csv-download';
import { buildChoropleth } from '../../src/lib/map/choropleth';
import type { AreaTableRow } from '../../src/lib/views/area-table';
import { isChangeMetric, mapPeriod, mapShareSpec, type MapShareAtlas } from '../../src/lib/views/map-share';
import { zeroWords } from '../../src/lib/views/true-zero';

const meta = { id: 'idbr', title: 'Enterprises', measure: 'Enterprises', unit: 'enterprises' } as DatasetMeta;
const cube = { sectors: [{ code: 'C', name: 'Manufacturing' }] } as unknown as Cube;
const row = (code: string, name: string, lq: number, r: Partial<AreaTableRow> = {}): AreaTableRow => ({
  ...{ code, name, index: 0, value: 10, flag: null, share: 0.1, englandShare: NaN, lq, growth: 5, lqChange: 0.1 },
  ...{ density: NaN, eci: NaN, fromFlag: null, partialTotal: false },
  ...r,
});
const leps = [row('E37000001', 'Alpha LEP', 1.5), row('E37000002', 'Beta LEP', 0.5)];
const view = (v: Partial<MapShareAtlas> = {}): MapShareAtlas => ({
  ...{ meta, cube, state: { dataset: 'idbr' }, levelInData: 'lep', lepFilter: null, sectorIdx: 0 },
  ...{ sectorName: 'Manufacturing', metric: 'lq', metricText: 'Location quotient', yearLabel: '2022' },
  ...{
    fromLabel: '2019',
    benchmarkName: 'England',
    measureKind: 'count',
    englandShareOn: false,
    rows: leps,
    sortedRows: leps,
  },
  choropleth: buildChoropleth('lq', 'bands', [1.5, 0.5]),
  ...v,
});
const extras = { next: null, zeroWords: undefined, lepsOf: null, chart: () => null };
const header = { title: 't', measure: 'Enterprises', unit: 'enterprises', filters: [] } as unknown as CsvHeaderInfo;

describe('the map view period and ranking centre', () => {
  it('spans two years for growth and LQ change only', () => {
    expect(['lq', 'share', 'value', 'growth', 'lqChange'].map((m) => isChangeMetric(m as 'lq'))).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
    expect(mapPeriod('growth', '2019', '2022')).toBe('2019 to 2022');
    expect(mapPeriod('lq', '2019', '2022')).toBe('2022');
  });
});

describe('mapShareSpec', () => {
  it('is null until the dataset and its cube have loaded', () => {
    expect(mapShareSpec(view({ meta: null }), extras)).toBeNull();
    expect(mapShareSpec(view({ cube: null }), extras)).toBeNull();
  });

  it('words an LQ map of LEPs: title, one year, the filters, and the overlap in the key', () => {
    const spec = mapShareSpec(view(), extras)!;
    expect(spec.title).toBe('Manufacturing: which LEPs are specialised?');
    expect(spec.subtitle).toBe('Location quotient, enterprises in Manufacturing, 2022');
    expect(spec.filters).toEqual([
      ['Areas', 'Local Enterprise Partnerships'],
      ['Sector', 'Manufacturing'],
      ['Year', '2022'],
      ['Shown on the map', 'Location quotient'],
    ]);
    expect(spec.benchmark).toBe('England');
    expect(spec.notes).toEqual([]);
    const legend = JSON.stringify(spec.legend);
    expect(legend).toContain('District in two LEPs');
    expect(legend).not.toContain('No figure');
    const csv = spec.viewCsv(header);
    expect(csv.headers).toContain('location_quotient');
    expect(csv.headers).not.toContain('lep_name');
    expect(csv.rows.map((r) => r[0])).toEqual(['E37000001', 'E37000002']);
  });

  it("words growth on a LEP's districts: two years, the LEP, each district's LEP, a missing figure in the key", () => {
    const lads = [row('E06000001', 'One', 1, { growth: 10 }), row('E06000002', 'Two', 1, { growth: NaN })];
    const spec = mapShareSpec(
      view({
        levelInData: 'lad',
        lepFilter: { code: 'E37000001', name: 'Alpha LEP' },
        metric: 'growth',
        metricText: 'Growth',
        rows: lads,
        sortedRows: [lads[1], lads[0]],
        choropleth: buildChoropleth('growth', 'quantiles', [10, NaN]),
      }),
      { ...extras, lepsOf: (c) => (c === 'E06000001' ? 'Alpha LEP' : 'Alpha LEP; Beta LEP') },
    )!;
    expect(spec.filters).toEqual([
      ['Areas', 'Local authority districts'],
      ['Districts of', 'Alpha LEP (E37000001)'],
      ['Sector', 'Manufacturing'],
      ['Years', '2019 to 2022'],
      ['Shown on the map', 'Growth'],
    ]);
    expect(spec.subtitle).toBe('Growth, enterprises in Manufacturing, 2019 to 2022');
    const legend = JSON.stringify(spec.legend);
    expect(legend).toContain('No figure (not zero)');
    expect(legend).not.toContain('District in two LEPs');
    const csv = spec.viewCsv(header);
    const lep = csv.headers.indexOf('lep_name');
    expect(lep).toBe(2);
    // The table's order, not the map's.
    expect(csv.rows.map((r) => r[lep])).toEqual(['Alpha LEP; Beta LEP', 'Alpha LEP']);
    expect(csv.headers).toContain('change_pct');
  });

  it('adds the research notes and a true zero to the key for a research dataset, and the words for density', () => {
    const zero = row('E37000003', 'Gamma LEP', NaN, { value: 0, share: 0, zero: 'area' });
    const spec = mapShareSpec(view({ state: { dataset: 'ref2021-fte' }, rows: [...leps, zero] }), {
      ...extras,
      zeroWords: zeroWords('ref2021-fte'),
      next: { metric: 'density', about: 'About density.', caveat: 'Not a forecast.' },
    })!;
    expect(spec.notes?.slice(-2)).toEqual(['About density.', 'Not a forecast.']);
    expect(spec.notes?.[0]).toMatch(/head office/);
    expect(JSON.stringify(spec.legend)).toContain('No research submitted');
  });
});
