// The pack's productivity sentences and table, on a result worked by hand:
// England, all industries: £40,000 per worker. Groups: Manufacturing £60,000, Finance £50,000 (both
// above England), Construction £30,000 (below). The area's industries: Manufacturing A LQ 2.5,
// B 0.8, C suppressed (no LQ); Finance D 1.2, E 0.5; Construction F 3.0.
// High-value groups hold A, B, C, D, E: 4 with a figure (C has none), 2 specialised (A, D); F is
// specialised but its group is below England's figure, so it does not count.
import { describe, expect, it } from 'vitest';
import type { SpecialisationProductivity, IndustryPoint } from '../../src/lib/metrics/specialisation-productivity';
import { highValueClaim, mixClaim, productivityFacts, productivityTable } from '../../src/lib/pack/productivity';

const group = (name: string, perWorker: number, approximate = false) => ({
  name,
  gva: 0,
  workers: 0,
  perWorker,
  approximate,
});
const point = (code: string, group: string, lq: number): IndustryPoint => ({
  code,
  name: `Industry ${code}`,
  group,
  lq,
  value: Number.isFinite(lq) ? 10 : NaN,
  flag: Number.isFinite(lq) ? null : 'suppressed',
  perWorker: 0,
});
const r: SpecialisationProductivity = {
  year: '2023',
  nationalYear: '2022',
  surveyYears: { first: '2018', last: '2022' },
  groups: [group('Manufacturing', 60_000), group('Finance', 50_000), group('Construction', 30_000)],
  england: group('All industries', 40_000),
  points: [
    point('A', 'Manufacturing', 2.5),
    point('B', 'Manufacturing', 0.8),
    point('C', 'Manufacturing', NaN),
    point('D', 'Finance', 1.2),
    point('E', 'Finance', 0.5),
    point('F', 'Construction', 3.0),
  ],
  mixPerWorker: 45_000,
  mixIndex: 112.5,
};

describe('pack: productivity sentences', () => {
  it('the mix: its index as the figure, and the survey year when it differs from the GVA year', () => {
    const c = mixClaim(r, 'Xshire');
    expect(c.claimed).toBe(true);
    expect(c.figure).toBe('index 113');
    expect(c.text).toBe(
      'If each of its industry groups produced England’s GVA per worker, Xshire’s mix of industries in 2023 would produce £45k per worker, 113 where England’s £40k is 100: it leans towards industries where a worker produces more. GVA per worker is for 2022, the employment survey’s year nearest 2023.',
    );
  });

  it('the mix: says when a group figure is approximate, and claims nothing without a figure', () => {
    const approx = {
      ...r,
      nationalYear: '2023',
      groups: [...r.groups.slice(0, 2), group('Construction', 30_000, true)],
    };
    expect(mixClaim(approx, 'Xshire').text).toMatch(
      /is 100: it leans .* more\. Some of England’s group figures .* approximate\.$/,
    );
    const none = mixClaim({ ...r, mixIndex: NaN, mixPerWorker: NaN }, 'Xshire');
    expect(none.claimed).toBe(false);
    expect(none.figure).toBeNull();
    expect(none.text).toContain('cannot be valued');
  });

  it('high-value industries: 2 of the 4 with a figure, highest LQ first, the one without a figure said, not counted', () => {
    const c = highValueClaim(r, 'Xshire');
    expect(c.figure).toBe('2 of 4');
    expect(c.text).toBe(
      'Of the 4 industries with a figure in the groups where a worker in England produces more than the £40k of all industries, Xshire is specialised (location quotient above 1) in 2: Industry A (LQ 2.50); Industry D (LQ 1.20). 1 more has no figure (not counted as zero).',
    );
  });

  it('high-value industries: none specialised is said as none; no figure at all is refused', () => {
    const low = { ...r, points: r.points.map((p) => (p.group === 'Construction' ? p : { ...p, lq: p.lq / 4 })) };
    expect(highValueClaim(low, 'Xshire').text).toMatch(
      /is specialised \(location quotient above 1\) in 0\. 1 more has no figure/,
    );
    const blank = { ...r, points: r.points.map((p) => (p.group === 'Construction' ? p : { ...p, lq: NaN })) };
    const c = highValueClaim(blank, 'Xshire');
    expect(c.claimed).toBe(false);
    expect(c.text).toContain('no claim is made');
  });

  it('the table: a row per group, England’s £ per worker as a number, counts, and the highest LQ (missing left empty)', () => {
    const t = productivityTable(r, 'Xshire');
    expect(t.rows).toEqual([
      ['Manufacturing', 60_000, 2, 1, 'Industry A', 2.5],
      ['Finance', 50_000, 2, 1, 'Industry D', 1.2],
      ['Construction', 30_000, 1, 1, 'Industry F', 3],
    ]);
    expect(t.columns[1]).toBe('England’s GVA per person in employment (£, 2022)');
    const empty = productivityTable({ ...r, points: [point('C', 'Manufacturing', NaN)] }, 'Xshire');
    expect(empty.rows[0]).toEqual(['Manufacturing', 60_000, 0, 0, null, null]);
  });

  it('says what is missing rather than vanish: no GVA, no employment survey', () => {
    const noGva = productivityFacts(undefined, undefined, -1, 'Xshire');
    expect(noGva.mix.claimed).toBe(false);
    expect(noGva.blocks).toEqual([{ kind: 'empty', text: expect.stringContaining('gross value added') }]);
    const gvaOnly = productivityFacts({} as never, undefined, 0, 'Xshire');
    expect(gvaOnly.blocks).toEqual([{ kind: 'empty', text: expect.stringContaining('Annual Population Survey') }]);
  });
});
