// "Share of England" on the research map: each area's share of England's 4* FTE (or FTE, or research
// power) in the chosen subject, worked by hand; offered only for the REF volumes, never for a GPA.
import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import type { AuditRow } from '../../src/lib/data/types';
import { allowedMetric, metricsFor } from '../../src/lib/metrics';
import { areaTableRows, rankable, ranks, unrankedCounts } from '../../src/lib/views/area-table';
import { shownZero, zeroWords, ZERO_COLOURS } from '../../src/lib/views/true-zero';
import { areaFills } from '../../src/lib/map/fills';
import { areaCsvColumns } from '../../src/lib/export/area-csv-columns';
import { mapCsvColumnIds } from '../../src/lib/views/map-csv';
import { formatEnglandShare, formatMetric, metricLabel, METRIC_NAMES } from '../../src/lib/format';
import { mapSubtitleLead, mapTitle, mapUsesBenchmark } from '../../src/lib/views/map-words';
import { isRefVolume } from '../../src/lib/research/notes';
import { areaTooltip } from '../../src/lib/views/tooltip';
import { parseUrlState, serialiseUrlState, DEFAULT_STATE } from '../../src/lib/state/app-state';

const row = (areaCode: string, sectorCode: string, value: number): AuditRow => ({
  areaCode,
  areaName: { E92000001: 'England', E37000001: 'Alpha', E37000002: 'Beta', E37000003: 'Gamma' }[areaCode] ?? areaCode,
  sectorCode,
  sectorName: `S${sectorCode}`,
  year: '2021',
  value,
  flag: null,
  ci95: null,
  row: 0,
});

// 4* FTE. England: UoA 12 = 400, UoA 11 = 100. Alpha 12 = 100 (share 100/400 = 25%), Beta 12 = 2
// (2/400 = 0.5%), Gamma 12 = 0 but 5 in UoA 11 (0 of England's 400: 0%).
const cube = buildCube([
  row('E92000001', '12', 400),
  row('E92000001', '11', 100),
  row('E37000001', '12', 100),
  row('E37000001', '11', 10),
  row('E37000002', '12', 2),
  row('E37000002', '11', 8),
  row('E37000003', '12', 0),
  row('E37000003', '11', 5),
]);
const s12 = cube.sectorIndex.get('12')!;
const eng = cube.areaIndex.get('E92000001')!;
const query = { level: 'lep' as const, sector: s12, year: 0, from: 0, benchmark: 'E92000001', england: eng };

describe('share of England', () => {
  const rows = areaTableRows(cube, query);
  const by = (code: string) => rows.find((r) => r.code === code)!;

  it("is the area's figure over England's in the subject", () => {
    expect(by('E37000001').englandShare).toBeCloseTo(0.25, 12);
    expect(by('E37000002').englandShare).toBeCloseTo(0.005, 12);
    expect(by('E37000003').englandShare).toBe(0);
  });
  it('is missing, never 0, without an England row, or when England has none in the subject', () => {
    expect(areaTableRows(cube, { ...query, england: undefined })[0].englandShare).toBeNaN();
    const none = buildCube([row('E92000001', '12', 0), row('E37000001', '12', 0)]);
    expect(areaTableRows(none, { ...query, sector: 0, england: 0 })[0].englandShare).toBeNaN();
  });
  it('ranks largest share first; a share of 0 (none in the subject) is a true zero, named, not ranked', () => {
    expect([...ranks(rows, 'englandShare')]).toEqual([
      ['E37000001', 1],
      ['E37000002', 2],
    ]);
    expect(by('E37000003').zero).toBe('sector');
    expect(shownZero(by('E37000003'), 'englandShare')).toBe('sector');
    expect(shownZero(by('E37000002'), 'englandShare')).toBeNull();
    expect(unrankedCounts(rows, 'englandShare')).toEqual({ zero: 1, none: 0 });
    // Drawn in the zero grey, not the palest class.
    const fills = areaFills(rows, 'englandShare', () => '#blue', zeroWords('ref2021-4star-fte'));
    expect(fills.get('E37000003')).toBe(ZERO_COLOURS.sector);
    expect(fills.get('E37000002')).toBe('#blue');
  });
  it('research LQ: an area with no research in the subject (LQ 0) takes no rank among those with some', () => {
    // LQ in UoA 12: Alpha (100/400)/(110/500) = 1.1364; Beta (2/400)/(10/500) = 0.25; Gamma 0 (none in 12, 5 in 11).
    const lq = areaTableRows(cube, query);
    expect(lq.find((r) => r.code === 'E37000003')!.lq).toBe(0);
    expect([...ranks(lq, 'lq')]).toEqual([
      ['E37000001', 1],
      ['E37000002', 2],
    ]);
    expect(
      rankable(
        lq.find((r) => r.code === 'E37000003')!,
        'lq',
      ),
    ).toBe(false);
    expect(unrankedCounts(lq, 'lq')).toEqual({ zero: 1, none: 0 });
    // A share of the area's own total of 0 is still a figure to rank (it is not a ratio to England's mix).
    expect(ranks(lq, 'share').get('E37000003')).toBe(3);
  });
  it('is offered for the REF volumes only: a GPA is an average, and business data keeps its own metrics', () => {
    expect(['ref2021-4star-fte', 'ref2021-fte', 'ref2021-research-power'].every(isRefVolume)).toBe(true);
    expect(isRefVolume('ref2021-gpa')).toBe(false);
    expect(isRefVolume('ubc-enterprises')).toBe(false);
    expect(metricsFor('count', true, true)).toContain('englandShare');
    expect(metricsFor('count', true, false)).not.toContain('englandShare');
    expect(metricsFor('indicator', true, true)).not.toContain('englandShare');
    // A link asking for it on a dataset that lacks it shows the dataset's first metric, the LQ.
    expect(allowedMetric('count', 'englandShare', true, false)).toBe('lq');
    expect(allowedMetric('count', 'englandShare', true, true)).toBe('englandShare');
  });
  it('is written in per cent: one decimal from 1%, two significant figures below, never "0.0%" for a share', () => {
    expect(formatEnglandShare(0.25)).toBe('25.0%');
    expect(formatEnglandShare(0.123)).toBe('12.3%');
    expect(formatEnglandShare(0.01)).toBe('1.0%');
    expect(formatEnglandShare(0.005)).toBe('0.50%');
    expect(formatEnglandShare(0.00043)).toBe('0.043%');
    expect(formatEnglandShare(0)).toBe('0%');
    expect(formatEnglandShare(NaN)).toBe('–');
    expect(formatMetric('englandShare', 0.0043)).toBe('0.43%');
  });
  it("names England's figure in words a policymaker reads", () => {
    const ctx = { measure: 'World-leading research volume (4* FTE)', from: '2021', benchmark: 'Black Country' };
    // England, whatever the benchmark chosen for the LQ.
    expect(metricLabel('englandShare', ctx)).toBe("Share of England's world-leading research volume (4* FTE)");
    expect(METRIC_NAMES.englandShare).toBe('Share of England');
    expect(mapSubtitleLead('englandShare', metricLabel('englandShare', ctx), ctx.measure, 'Engineering')).toBe(
      "Share of England's world-leading research volume (4* FTE) in Engineering",
    );
    expect(mapTitle({ level: 'lep', sector: 'Engineering', metric: 'englandShare', within: null })).toBe(
      'Engineering: share of England by LEP',
    );
    expect(mapUsesBenchmark('englandShare', false)).toBe(false);
  });
  it('says it in the tooltip, beside the figure and the LQ', () => {
    const t = areaTooltip(by('E37000002'), {
      metric: 'englandShare',
      measure: 'World-leading research volume (4* FTE)',
      year: '2021',
      from: '2021',
      benchmark: 'England',
      rank: 2,
      of: 3,
    });
    expect(t.lines.slice(0, 2)).toEqual([
      { label: "Share of England's world-leading research volume (4* FTE)", value: '0.50%' },
      { label: 'World-leading research volume (4* FTE), 2021', value: '2' },
    ]);
  });
  it("has its own CSV column in per cent, after the area's own share, only where the map offers it", () => {
    expect(mapCsvColumnIds(false, false, null, true).slice(4, 7)).toEqual([
      'share',
      'england_share',
      'location_quotient',
    ]);
    expect(mapCsvColumnIds(false, false, null, false)).not.toContain('england_share');
    const [col] = areaCsvColumns(['england_share'], { measure: 'Staff submitted (FTE)', unit: 'FTE' });
    expect(col.header).toBe('share_of_england_pct');
    expect(col.value(by('E37000001'))).toBeCloseTo(25, 12);
    expect(col.about).toContain("share of England's staff submitted (FTE)");
  });
  it('is a metric a link can name', () => {
    const s = { ...DEFAULT_STATE, dataset: 'ref2021-4star-fte', metric: 'englandShare' as const };
    const back = parseUrlState(serialiseUrlState(s));
    expect(back.metric).toBe('englandShare');
  });
});
