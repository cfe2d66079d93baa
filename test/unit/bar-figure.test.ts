// A true zero is not a missing figure: LQ bars, their image notes and "In brief" say "none" for an
// area with none of a sector, and "no figure" only for what the source did not publish.
import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import { anyNoFigure, barFigure } from '../../src/lib/profile/bar-figure';
import { barImageNotes } from '../../src/lib/profile/chart-csv';
import { headlineFacts } from '../../src/lib/profile/facts';
import { profileBars } from '../../src/lib/profile/lq-bars';
import { ALPHA, auditRows, row } from './fixtures-audit';

const NOTE = '⊘ No figure: the source suppressed or did not publish this cell. Missing is not zero.';

describe('barFigure', () => {
  it('draws a positive LQ, says none for LQ 0 or a value of 0, no figure otherwise', () => {
    expect(barFigure({ lq: 1.2, value: 5 })).toBe('bar');
    expect(barFigure({ lq: 0, value: 0 })).toBe('none');
    // An area with nothing at all in the year: its value is 0 and its LQ 0/0.
    expect(barFigure({ lq: NaN, value: 0 })).toBe('none');
    expect(barFigure({ lq: NaN, value: NaN })).toBe('no-figure');
    expect(
      anyNoFigure([
        { lq: 0, value: 0 },
        { lq: NaN, value: 0 },
      ]),
    ).toBe(false);
    expect(
      anyNoFigure([
        { lq: 0, value: 0 },
        { lq: NaN, value: NaN },
      ]),
    ).toBe(true);
  });
});

describe('on the audit fixture', () => {
  // Alpha 2019: M 60, R 40, D 0 (none: LQ 0). Beta 2019: R suppressed (no figure).
  const cube = buildCube(auditRows());
  it('the image notes carry the ⊘ note for a suppressed cell, not for a sector the area has none of', () => {
    expect(barImageNotes(profileBars(cube, 1, 0, 0))).not.toContain(NOTE);
    expect(barImageNotes(profileBars(cube, 2, 0, 0))).toContain(NOTE);
  });
});

describe('an area with nothing at all in the year', () => {
  // England M 10, R 30; Gamma 0 and 0 in 2020: no total, so no LQ, and nothing is missing.
  const cube = buildCube([
    row('E92000001', 'M', '2020', 10),
    row('E92000001', 'R', '2020', 30),
    row('E37000009', 'M', '2020', 0),
    row('E37000009', 'R', '2020', 0),
    row(ALPHA, 'M', '2020', 5),
    row(ALPHA, 'R', '2020', 5),
  ]);
  const gamma = cube.areas.findIndex((a) => a.code === 'E37000009');
  it('says it has none, not that its sectors have no figure', () => {
    const f = headlineFacts(cube, gamma, { year: 0, benchmark: 0, unit: 'enterprises' });
    expect(f.missing).toBe(0);
    expect(f.topSpecialisms).toBe(
      'E37000009 has nothing in any sector in 2020 (a true zero, not missing): with no total there is no mix to compare, so no location quotients.',
    );
    expect(f.krugman.sentence).toBe(
      'Krugman index: does not apply, as E37000009 has nothing in any sector in 2020, so there is no mix to compare.',
    );
    expect(f.herfindahl.sentence).toBe(
      'Hirschman–Herfindahl index: does not apply, as E37000009 has nothing in any sector in 2020, so there is no mix to compare.',
    );
    expect(barImageNotes(profileBars(cube, gamma, 0, 0))).not.toContain(NOTE);
  });
});
