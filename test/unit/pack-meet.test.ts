// The pack's "where research and business strengths meet" sentences, on pairs set by hand:
// Engineering (research LQ 2.5) with Manufacturing (enterprises LQ 1.5): both; Chemistry (1.2) with
// Chemicals (1.1): both; History (3.0) with Publishing (0.5): research only; Law (0.8) with Legal
// (1.4): business only; Physics with Electronics: no enterprise figure (unknown, not counted).
import { describe, expect, it } from 'vitest';
import type { StrengthPair, StrengthsMeet } from '../../src/lib/research/strengths-meet';
import { employmentWords, meetBlocks, meetClaim, meetFteWords, meetOrder, meetTable } from '../../src/lib/pack/meet';

const pair = (
  uoaName: string,
  researchLq: number,
  industryName: string,
  businessLq: number,
  kind: StrengthPair['kind'],
): StrengthPair => ({
  uoa: 1,
  uoaName,
  industry: '1',
  industryName,
  sic: '',
  reason: '',
  researchLq,
  fourStarFte: 10,
  staffFte: 40,
  researchTooSmall: false,
  businessLq,
  enterprises: 100,
  enterprisesRounded: false,
  employmentSector: null,
  employmentLq: NaN,
  employmentLower: NaN,
  employmentUpper: NaN,
  employmentSignificant: 'unknown',
  kind,
});
const engineering = {
  ...pair('Engineering', 2.5, 'Manufacturing', 1.5, 'both'),
  employmentSector: 'Manufacturing (C)',
  employmentLq: 1.8,
  employmentLower: 1.4,
  employmentUpper: 2.3,
  employmentSignificant: 'above' as const,
};
const m: StrengthsMeet = {
  areaCode: 'X',
  hasResearch: true,
  fteRule: true,
  enterprisesYear: '2023',
  employmentYear: '2022',
  pairs: [
    engineering,
    pair('Chemistry', 1.2, 'Chemicals', 1.1, 'both'),
    pair('History', 3.0, 'Publishing', 0.5, 'research'),
    pair('Law', 0.8, 'Legal', 1.4, 'business'),
    pair('Physics', 1.6, 'Electronics', NaN, 'unknown'),
  ],
  unlinked: [],
};

describe('pack: where research and business strengths meet', () => {
  it('counts pairs strong on both sides among those with both figures, names them, and confirms with employment only on an interval above 1', () => {
    const c = meetClaim(m, 'Xshire');
    expect(c.figure).toBe('2 of 4');
    expect(c.text).toBe(
      'In Xshire, research and business strengths meet (location quotient above 1 on both sides) in 2 of the 4 subject–industry pairs the atlas links that have both figures: Engineering (research LQ 2.50) with Manufacturing (enterprises LQ 1.50); Chemistry (research LQ 1.20) with Chemicals (enterprises LQ 1.10). Employment in Manufacturing (C): LQ 1.80, 95% interval 1.40 to 2.30: wholly above 1, so employment confirms the business strength.',
    );
  });

  it('an interval that reaches below 1 does not confirm', () => {
    expect(employmentWords({ ...engineering, employmentLower: 0.9, employmentSignificant: 'no' })).toBe(
      ' Employment in Manufacturing (C): LQ 1.80, 95% interval 0.90 to 2.30: not wholly above 1, so employment does not confirm it.',
    );
  });

  it('none strong on both sides is said; no research at all is refused', () => {
    const none = { ...m, pairs: m.pairs.filter((p) => p.kind !== 'both') };
    const c = meetClaim(none, 'Xshire');
    expect(c.figure).toBe('0 of 2');
    expect(c.text).toContain('meet in none of the 2 subject–industry pairs');
    const r = meetClaim({ ...m, hasResearch: false }, 'Xshire');
    expect(r.claimed).toBe(false);
    expect(r.text).toContain('No institution in Xshire submitted');
  });

  it('the table: both sides first, then research only; business-only and unknown pairs left out; missing empty, not 0', () => {
    const t = meetTable(m, 'Xshire');
    expect(t.rows.map((r) => [r[0], r[1], r[3], r[6]])).toEqual([
      ['Engineering', 2.5, 1.5, 'Both'],
      ['Chemistry', 1.2, 1.1, 'Both'],
      ['History', 3, 0.5, 'Research only'],
    ]);
    expect(t.rows[0][5]).toBe('1.40 to 2.30');
    expect(t.rows[1][4]).toBeNull();
    expect(t.rows[1][5]).toBeNull();
  });

  it('says what is missing when research or enterprises are not loaded', () => {
    const b = meetBlocks([], 'Xshire');
    expect(b[0]).toEqual({ kind: 'heading', text: 'Where research and business strengths meet' });
    expect(b[1]).toEqual({ kind: 'empty', text: expect.stringContaining('not loaded') });
  });

  it('orders pairs by kind, then research LQ highest first, ties by enterprises LQ, a missing figure last (the rule in meetOrder)', () => {
    // Given in the strengths-meet order (weaker side first): Chemistry–Chemicals (weaker 1.3) before
    // Biology–Food (weaker 1.2) before Engineering–Manufacturing (weaker 1.1). By research LQ the
    // order is Engineering 2.4, then Biology 1.8 with Food 1.2 before Biology 1.8 with Farming 1.1,
    // then Chemistry 1.3; research only: History 3.0 before Art 2.0; unknown last.
    const mixed: StrengthsMeet = {
      ...m,
      pairs: [
        pair('Chemistry', 1.3, 'Chemicals', 1.5, 'both'),
        pair('Biology', 1.8, 'Food', 1.2, 'both'),
        pair('Biology', 1.8, 'Farming', 1.1, 'both'),
        pair('Engineering', 2.4, 'Manufacturing', 1.1, 'both'),
        pair('Art', 2.0, 'Publishing', 0.5, 'research'),
        pair('History', 3.0, 'Publishing', 0.4, 'research'),
        pair('Physics', 1.6, 'Electronics', NaN, 'unknown'),
      ],
    };
    expect(meetOrder(mixed.pairs).map((p) => `${p.uoaName}/${p.industryName}`)).toEqual([
      'Engineering/Manufacturing',
      'Biology/Food',
      'Biology/Farming',
      'Chemistry/Chemicals',
      'History/Publishing',
      'Art/Publishing',
      'Physics/Electronics',
    ]);
    expect(meetTable(mixed, 'Xshire').rows.map((r) => r[1])).toEqual([2.4, 1.8, 1.8, 1.3, 3, 2]);
    expect(meetClaim(mixed, 'Xshire').text).toContain(
      ': Engineering (research LQ 2.40) with Manufacturing (enterprises LQ 1.10); Biology (research LQ 1.80) with Food (enterprises LQ 1.20); Biology (research LQ 1.80) with Farming (enterprises LQ 1.10), and 1 more.',
    );
  });

  it('says which research LQs above 1 rest on under 10 FTE and are not counted, each subject once, by UoA', () => {
    // Art (UoA 32, LQ 6.25 on 4.2 FTE) with two industries it is linked to, and Sport (UoA 24, LQ 3.1 on 9.95 FTE):
    // neither counts; Engineering on 40 FTE does.
    const small = (
      uoa: number,
      name: string,
      lq: number,
      fte: number,
      industry: string,
      kind: StrengthPair['kind'],
    ) => ({
      ...pair(name, lq, industry, 1.2, kind),
      uoa,
      staffFte: fte,
      researchTooSmall: true,
    });
    const withSmall: StrengthsMeet = {
      ...m,
      pairs: [
        engineering,
        small(32, 'Art', 6.25, 4.2, 'Publishing', 'business'),
        small(32, 'Art', 6.25, 4.2, 'Crafts', 'business'),
        small(24, 'Sport', 3.1, 9.95, 'Leisure', 'business'),
      ],
    };
    expect(meetFteWords(withSmall)).toBe(
      'A research location quotient counts as a strength only where at least 10 FTE of staff were submitted in the subject, as in the area profile: below that one small submission makes the whole figure. Not counted here: Sport (LQ 3.10 on 9.95 FTE), Art (LQ 6.25 on 4.2 FTE).',
    );
    expect(meetFteWords(m)).not.toContain('Not counted');
    expect(meetFteWords({ ...m, fteRule: false })).toContain('could not be loaded');
    // The claim counts only pairs strongsMeet calls both: Art's are business only.
    expect(meetClaim(withSmall, 'Xshire').figure).toBe('1 of 4');
  });
});
