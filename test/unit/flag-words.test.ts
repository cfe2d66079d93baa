// A dataset words its flags as its source does (GVA: ONS's [c] is "suppressed (disclosive)"; England's
// sum of districts with a suppressed one left out is a "partial sum", not a survey's "unreliable").
import { describe, expect, it } from 'vitest';
import { flagLabel, flagNote, flagShort, noFigureLegend, type FlagWords } from '../../src/lib/data/flag-words';
import { areaAccessibleName, areaTooltip } from '../../src/lib/views/tooltip';
import { FLAG_LABEL } from '../../src/lib/format';
import type { AreaTableRow } from '../../src/lib/views/area-table';
import { areaRow } from './fixtures-area-row';

const GVA: FlagWords = {
  suppressed: { short: 'suppressed (disclosive)', long: 'suppressed by ONS as disclosive' },
  unreliable: { short: 'partial sum', long: 'a sum of districts that leaves some out' },
};

// Cornwall with its figure suppressed: nothing known.
const row = (r: Partial<AreaTableRow>) =>
  areaRow({
    code: 'E06000052',
    name: 'Cornwall',
    value: NaN,
    flag: 'suppressed',
    share: NaN,
    lq: NaN,
    growth: NaN,
    lqChange: NaN,
    ...r,
  });

describe('flag words', () => {
  it('uses the dataset’s words, and the general ones where it has none', () => {
    expect(flagLabel('suppressed', GVA)).toBe('suppressed by ONS as disclosive');
    expect(flagShort('unreliable', GVA)).toBe('partial sum');
    expect(flagLabel('rounded', GVA)).toBe(FLAG_LABEL.rounded);
    expect(flagShort('missing', GVA)).toBe('not available');
    expect(flagLabel('unreliable', undefined)).toBe(FLAG_LABEL.unreliable);
    expect(flagShort('suppressed', null)).toBe('suppressed');
  });

  it('names the dataset’s empty cells in the legend, the general words otherwise', () => {
    expect(noFigureLegend(GVA)).toBe('No figure: suppressed (disclosive); not zero');
    expect(noFigureLegend({ missing: { short: 'not published (starts 2004)', long: 'x' } })).toBe(
      'No figure: not published (starts 2004); not zero',
    );
    expect(noFigureLegend(undefined)).toBe('No figure (suppressed or not available; not zero)');
  });

  it('explains each flag in a download’s notes, nothing when the dataset keeps the general words', () => {
    expect(flagNote(GVA)).toBe(
      'In the flag column, "suppressed" means suppressed by ONS as disclosive; "unreliable" means a sum of districts that leaves some out.',
    );
    expect(flagNote(undefined)).toBe('');
  });

  it('says in the tooltip and accessible name why a GVA cell is empty, never a bare dash', () => {
    const ctx = {
      metric: 'lq' as const,
      measure: 'GVA',
      year: '2022',
      from: '2012',
      benchmark: 'England',
      of: 295,
      rank: undefined,
      flagWords: GVA,
    };
    const t = areaTooltip(row({}), ctx);
    expect(t.lines[0]).toEqual({ label: 'Location quotient (England = 1)', value: '– suppressed (disclosive)' });
    expect(t.lines[1]).toEqual({ label: 'GVA, 2022', value: '– suppressed (disclosive)' });
    expect(t.notes).toContain('2022 figure suppressed by ONS as disclosive.');
    expect(areaAccessibleName(row({}), ctx)).toBe('Cornwall: no figure, suppressed (disclosive)');
    // England's partial sum has a figure: it is noted as a partial sum, and its figure shown.
    const england = areaTooltip(row({ name: 'England', value: 1200, flag: 'unreliable', share: 1, lq: 1 }), ctx);
    expect(england.lines[1]).toEqual({ label: 'GVA, 2022', value: '1,200' });
    expect(england.notes).toContain('2022 figure a sum of districts that leaves some out.');
    // A dataset without its own words keeps the general ones.
    expect(areaTooltip(row({}), { ...ctx, flagWords: undefined }).notes).toContain(
      `2022 figure ${FLAG_LABEL.suppressed}.`,
    );
  });
});
