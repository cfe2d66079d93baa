import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type AppState } from '../../src/lib/state/app-state';
import { applyChange, controlsTransition, type TransitionContext } from '../../src/lib/state/controls-transition';

// Two LEPs: E37000001 has two districts, E37000002 one.
const ctx: TransitionContext = {
  datasetBenchmark: 'E92000001',
  lepToLads: { E37000001: ['E07000001', 'E07000002'], E37000002: ['E07000003'] },
};
const state = (s: Partial<AppState>): AppState => ({ ...DEFAULT_STATE, ...s });

describe('controlsTransition: what a control change resets', () => {
  it('choosing the dataset’s own benchmark is the same as choosing none; another area is kept', () => {
    expect(controlsTransition(state({}), { benchmark: 'E92000001' }, ctx)).toEqual({ benchmark: null });
    expect(controlsTransition(state({}), { benchmark: 'E37000002' }, ctx)).toEqual({ benchmark: 'E37000002' });
  });

  it('a new dataset keeps the sector, year, area and everything else (only the dataset changes)', () => {
    const s = state({ sector: 'C', year: '2020', area: 'E37000001' });
    expect(controlsTransition(s, { dataset: 'gva-current' }, ctx)).toEqual({ dataset: 'gva-current' });
  });

  it('LEPs → districts: a selected LEP becomes the LEP whose districts are shown; selection and comparison clear', () => {
    const s = state({ geography: 'lep', area: 'E37000001', compare: ['E37000002'], lep: null });
    expect(controlsTransition(s, { geography: 'lad' }, ctx)).toEqual({
      geography: 'lad',
      area: null,
      compare: [],
      lep: 'E37000001',
    });
  });

  it('LEPs → districts with the country (not a LEP) selected keeps the LEP filter it had', () => {
    const s = state({ geography: 'lep', area: 'E92000001', lep: 'E37000002' });
    expect(controlsTransition(s, { geography: 'lad' }, ctx).lep).toBe('E37000002');
    // Before the lookup loads, no area can be known to be a LEP.
    expect(
      controlsTransition(state({ area: 'E37000001' }), { geography: 'lad' }, { ...ctx, lepToLads: null }).lep,
    ).toBeNull();
  });

  it('districts → LEPs: the LEP whose districts were shown becomes the selected area', () => {
    const s = state({ geography: 'lad', area: 'E07000003', compare: ['E07000001'], lep: 'E37000002' });
    expect(controlsTransition(s, { geography: 'lep' }, ctx)).toEqual({
      geography: 'lep',
      area: 'E37000002',
      compare: [],
      lep: null,
    });
  });

  it('choosing "all of England" in "Districts of" clears the filter and the selection', () => {
    expect(controlsTransition(state({ lep: 'E37000001', area: 'E07000001' }), { lep: '' }, ctx)).toEqual({
      lep: null,
      area: null,
    });
    expect(controlsTransition(state({}), { lep: 'E37000002' }, ctx)).toEqual({ lep: 'E37000002', area: null });
  });

  it('a new metric drops the classes and manual breaks, and sorts the table by it, largest first', () => {
    const s = state({ metric: 'lq', classes: 'manual', breaks: '0.8, 1.25', sort: 'name', descending: false });
    expect(controlsTransition(s, { metric: 'growth' }, ctx)).toEqual({
      metric: 'growth',
      classes: null,
      breaks: null,
      sort: 'growth',
      descending: true,
    });
  });

  it('sector, years, classes and breaks change alone', () => {
    const s = state({ area: 'E37000001' });
    expect(controlsTransition(s, { sector: 'F' }, ctx)).toEqual({ sector: 'F' });
    expect(controlsTransition(s, { year: '2019' }, ctx)).toEqual({ year: '2019' });
    expect(controlsTransition(s, { classes: 'manual', breaks: '1,2' }, ctx)).toEqual({
      classes: 'manual',
      breaks: '1,2',
    });
  });

  it('choosing relatedness density on a parent sector moves to its first part (a parent has no density)', () => {
    const leafOf = (c: string) => (c === 'C (10-33)' ? 'CA-CB (10-15)' : c);
    const c = { ...ctx, shownSector: 'C (10-33)', densitySector: leafOf };
    expect(controlsTransition(state({}), { metric: 'density' }, c)).toEqual({
      metric: 'density',
      classes: null,
      breaks: null,
      sort: 'density',
      descending: true,
      sector: 'CA-CB (10-15)',
    });
    // A leaf stays; another metric never moves the sector.
    expect(controlsTransition(state({}), { metric: 'density' }, { ...c, shownSector: '71' })).not.toHaveProperty(
      'sector',
    );
    expect(controlsTransition(state({}), { metric: 'lq' }, c)).not.toHaveProperty('sector');
  });
});

describe('applyChange: the rules of every state change', () => {
  it('a new dataset clears the profile’s opened sectors, and keeps the rest', () => {
    const s = state({
      dataset: 'gva-current',
      open: ['C (10-33)', 'G (45-47)'],
      sector: 'C (10-33)',
      area: 'E37000001',
    });
    expect(applyChange(s, { dataset: 'ubc-enterprises' })).toEqual({
      ...s,
      dataset: 'ubc-enterprises',
      open: [],
    });
  });

  it('keeps them when the dataset stays, or when the change opens sectors of its own', () => {
    const s = state({ dataset: 'gva-current', open: ['C (10-33)'] });
    expect(applyChange(s, { dataset: 'gva-current', sector: 'G (45-47)' }).open).toEqual(['C (10-33)']);
    expect(applyChange(s, { year: '2020' }).open).toEqual(['C (10-33)']);
    expect(applyChange(s, { dataset: 'gva-volume', open: ['G (45-47)'] }).open).toEqual(['G (45-47)']);
  });
});
