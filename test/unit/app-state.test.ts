import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseUrlState, serialiseUrlState, type AppState } from '../../src/lib/state/app-state';

const choices = {
  datasets: ['ubc-enterprises', 'aps-employment'],
  sectors: ['3', 'C', 'K-N'],
  years: ['2018', '2022'],
  areas: ['E06000001', 'E06000002', 'E37000001', 'E92000001'],
};

describe('URL state', () => {
  it('round-trips every field', () => {
    const state: AppState = {
      view: 'profile',
      dataset: 'aps-employment',
      geography: 'lad',
      metric: 'growth',
      sector: 'K-N',
      year: '2022',
      from: '2018',
      classes: 'manual',
      breaks: '-10, 0, 10',
      lep: 'E37000001',
      area: 'E06000001',
      compare: ['E37000001', 'E06000002'],
      open: ['K-N'],
      benchmark: 'E37000001',
      embed: true,
      embedStatic: true,
      chart: 'profile-bubble',
      sort: 'name',
      descending: false,
      placesSort: 'researchLq',
      placesDescending: true,
      institutions: false,
    };
    expect(parseUrlState(serialiseUrlState(state), choices)).toEqual(state);
  });

  it("reads `sort` as the shown view's table's: the map's areas, or the places strong in both", () => {
    const both = parseUrlState('?view=both&sort=-enterpriseLq');
    expect([both.placesSort, both.placesDescending]).toEqual(['enterpriseLq', true]);
    expect([both.sort, both.descending]).toEqual(['lq', true]); // the map's own sort is untouched
    // A map column means nothing to the places table, and the other way round: each falls back.
    expect(parseUrlState('?view=both&sort=growth').placesSort).toBe('researchLq');
    expect(parseUrlState('?sort=enterpriseLq').sort).toBe('lq');
    const state: AppState = {
      ...DEFAULT_STATE,
      view: 'both',
      sector: '12',
      placesSort: 'area',
      placesDescending: false,
    };
    expect(serialiseUrlState(state)).toBe('?view=both&sector=12&sort=area');
    expect(parseUrlState(serialiseUrlState(state))).toEqual({ ...state, compare: [], open: [] });
    // The default sort, research LQ largest first, is left out of the link.
    expect(serialiseUrlState({ ...DEFAULT_STATE, view: 'both' })).toBe('?view=both');
  });

  it('reads the opened sectors of a nested profile, dropping unknown and repeated ones', () => {
    const s = parseUrlState('?open=' + encodeURIComponent('K-N,nope,K-N'), choices);
    expect(s.open).toEqual(['K-N']);
    expect(serialiseUrlState({ ...DEFAULT_STATE, open: ['C (10-33)', 'G'] })).toBe('?open=C+%2810-33%29%2CG');
    expect(parseUrlState('?open=C+%2810-33%29%2CG').open).toEqual(['C (10-33)', 'G']);
  });

  it('writes nothing for the defaults', () => {
    expect(serialiseUrlState(DEFAULT_STATE)).toBe('');
  });

  it('hides the institutions on a REF map only when the link says inst=hide', () => {
    expect(parseUrlState('').institutions).toBe(true);
    expect(parseUrlState('?inst=hide').institutions).toBe(false);
    expect(parseUrlState('?inst=banana').institutions).toBe(true);
    expect(serialiseUrlState({ ...DEFAULT_STATE, institutions: false })).toBe('?inst=hide');
    expect(serialiseUrlState(DEFAULT_STATE)).toBe('');
  });

  it('encodes characters that are special in a URL', () => {
    const s = serialiseUrlState({ ...DEFAULT_STATE, sector: 'B,D & E' });
    expect(s).toBe('?sector=B%2CD+%26+E');
    expect(parseUrlState(s).sector).toBe('B,D & E');
  });

  it.each([
    ['?dataset=nope', { dataset: DEFAULT_STATE.dataset }],
    ['?sector=ZZ', { sector: null }],
    ['?year=1066', { year: null }],
    ['?sort=colour', { sort: 'lq', descending: true }],
    ['?sort=-', { sort: 'lq', descending: true }],
    ['?year=', { year: null }],
    ['?sector=' + 'x'.repeat(500), { sector: null }],
    ['?%%%', {}],
    ['?dataset=aps-employment&sector=ZZ', { dataset: 'aps-employment', sector: null }],
    ['?geo=county', { geography: 'lep' }],
    ['?metric=<script>', { metric: 'lq' }],
    ['?classes=jenks&metric=share', { classes: null, metric: 'share' }],
    ['?breaks=1;DROP TABLE', { breaks: null }],
    ['?area=E99999999&geo=lad', { area: null, geography: 'lad' }],
    ['?from=2019x', { from: null }],
    ['?geo=lad&geo=lep', { geography: 'lad' }],
    ['?view=chart', { view: 'map' }],
    [
      '?area=E06000001&compare=E06000001,E37000001,E99,E06000002,E92000001',
      { area: 'E06000001', compare: ['E37000001', 'E06000002'] },
    ],
    ['?benchmark=nowhere', { benchmark: null }],
    ['?compare=' + encodeURIComponent('<b>,E37000001'), { compare: ['E37000001'] }],
  ])('falls back on %s while keeping the rest', (search, expected) => {
    expect(parseUrlState(search, choices)).toEqual({ ...DEFAULT_STATE, ...expected });
  });

  it('reads embed and embed=static', () => {
    expect(parseUrlState('?embed', choices)).toMatchObject({ embed: true, embedStatic: false });
    expect(parseUrlState('?embed=static', choices)).toMatchObject({ embed: true, embedStatic: true });
    expect(serialiseUrlState({ ...DEFAULT_STATE, embed: true })).toBe('?embed=');
  });

  it('reads ascending and descending sort', () => {
    expect(parseUrlState('?sort=value', choices)).toMatchObject({ sort: 'value', descending: false });
    expect(parseUrlState('?sort=-share', choices)).toMatchObject({ sort: 'share', descending: true });
  });
});
