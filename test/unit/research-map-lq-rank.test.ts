import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import {
  fteBySubject,
  fteRuleApplies,
  fteRuleCsvColumns,
  fteText,
  NOT_RANKED_WORDS,
  notRankedRows,
  withFteRule,
} from '../../src/lib/research/map-lq-rank';
import { ranks } from '../../src/lib/views/area-table';
import { areaAccessibleName, areaTooltip } from '../../src/lib/views/tooltip';
import { row } from './fixtures-audit';
import { areaRow } from './fixtures-area-row';

// Three LEPs in UoA 24 (worked by hand): Alpha 40 FTE with LQ 1.2, Beta 8.6 FTE with LQ 61.7 (one
// small submission), Gamma exactly 10 FTE with LQ 0.8. The rule (10 FTE or more) ranks Alpha 1st and
// Gamma 2nd; Beta keeps its 61.7 but is not ranked.
const A = 'E37000001';
const B = 'E37000002';
const G = 'E37000003';
const fteCube = buildCube([
  row(A, '24', '2021', 40),
  row(B, '24', '2021', 8.6),
  row(G, '24', '2021', 10),
  row(A, '12', '2021', 5),
  row(B, '12', '2021', null),
  row(G, '12', '2021', 20),
]);
const rows = [
  areaRow({ code: A, name: 'Alpha', lq: 1.2 }),
  areaRow({ code: B, name: 'Beta', lq: 61.7 }),
  areaRow({ code: G, name: 'Gamma', lq: 0.8 }),
];

describe('the research LQ map ranks only areas with 10 FTE or more', () => {
  it('applies to the REF volumes\u2019 LQ only', () => {
    expect(fteRuleApplies('ref2021-4star-fte', 'lq')).toBe(true);
    expect(fteRuleApplies('ref2021-research-power', 'lq')).toBe(true);
    expect(fteRuleApplies('ref2021-4star-fte', 'value')).toBe(false);
    expect(fteRuleApplies('ref2021-gpa', 'lq')).toBe(false);
    expect(fteRuleApplies('ukri-awarded', 'lq')).toBe(false);
    expect(fteRuleApplies('bres-employment', 'lq')).toBe(false);
  });

  it('reads the FTE of one subject by area; an empty cell is 0; an unknown subject or year gives null', () => {
    const f24 = fteBySubject(fteCube, '24', '2021')!;
    expect([f24.get(A), f24.get(B), f24.get(G)]).toEqual([40, 8.6, 10]);
    expect(fteBySubject(fteCube, '12', '2021')!.get(B)).toBe(0);
    expect(fteBySubject(fteCube, '99', '2021')).toBeNull();
    expect(fteBySubject(fteCube, '24', '2014')).toBeNull();
  });

  const ruled = withFteRule(rows, fteBySubject(fteCube, '24', '2021')!);
  const [alpha, beta, gamma] = ruled;

  it('marks Beta (8.6 FTE) not ranked and keeps its figure; Gamma at exactly 10 FTE is ranked', () => {
    expect(NOT_RANKED_WORDS).toBe('under 10 FTE submitted: not ranked');
    expect(beta).toMatchObject({ lq: 61.7, fte: 8.6, notRanked: NOT_RANKED_WORDS });
    expect(alpha).toMatchObject({ fte: 40, notRanked: null });
    expect(gamma).toMatchObject({ fte: 10, notRanked: null });
    expect([...ranks(ruled, 'lq')]).toEqual([
      [A, 1],
      [G, 2],
    ]);
    expect(notRankedRows(ruled).map((r) => r.name)).toEqual(['Beta']);
  });

  it('leaves an area the FTE cube lacks as it was', () => {
    const other = areaRow({ code: 'E37000099', lq: 3 });
    expect(withFteRule([other], new Map())[0]).toBe(other);
  });

  it('says so in the tooltip, the accessible name and the CSV', () => {
    const ctx = { metric: 'lq' as const, measure: '4* FTE', year: '2021', from: '2021', benchmark: 'England', of: 2 };
    const tip = areaTooltip(beta, { ...ctx, rank: undefined });
    expect(tip.lines).toContainEqual({ label: 'Staff submitted in the subject', value: '8.6 FTE' });
    expect(tip.lines).toContainEqual({ label: 'Rank', value: 'under 10 FTE submitted: not ranked' });
    expect(areaAccessibleName(beta, { ...ctx, rank: undefined })).toBe(
      'Beta: Location quotient (England = 1) 61.70, under 10 FTE submitted: not ranked',
    );
    expect(areaTooltip(alpha, { ...ctx, rank: 1 }).lines).toContainEqual({ label: 'Rank', value: '1 of 2' });
    const [fte, notRanked] = fteRuleCsvColumns();
    expect([fte.header, notRanked.header]).toEqual(['staff_submitted_fte', 'not_ranked']);
    expect(ruled.map((r) => [fte.value(r), notRanked.value(r)])).toEqual([
      [40, null],
      [8.6, 'under 10 FTE submitted: not ranked'],
      [10, null],
    ]);
    expect(fteText(10)).toBe('10.0 FTE');
    // Just under 10: never rounded up to "10.0" beside "under 10 FTE".
    expect(fteText(9.96)).toBe('9.96 FTE');
    expect(fteText(9.999)).toBe('9.99 FTE');
    expect(fteText(9.94)).toBe('9.9 FTE');
  });
});
