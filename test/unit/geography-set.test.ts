import { describe, expect, it } from 'vitest';
import { lookupFor2023 } from '../../src/lib/map/geography';
import { geographyOf, geographyOfCodes, LAD23_NEW_CODES } from '../../src/lib/data/geography-set';

describe('geography of a dataset', () => {
  it('defaults to the 2021 districts when a dataset names none', () => {
    expect(geographyOf({})).toBe('lad21');
    expect(geographyOf({ geography: 'lad23' })).toBe('lad23');
  });

  it('recognises 2023 district codes, and a file that mixes both vintages', () => {
    const merged = new Set(['E07000163', 'E07000164']); // Craven, Hambleton → North Yorkshire
    expect(geographyOfCodes(['E06000001', 'E37000001'], merged)).toEqual({ geography: undefined, mixed: false });
    expect(geographyOfCodes(['E06000001', 'E06000065'], merged)).toEqual({ geography: 'lad23', mixed: false });
    expect(geographyOfCodes(['E07000163', 'E06000065'], merged)).toEqual({ geography: 'lad23', mixed: true });
    expect(LAD23_NEW_CODES).toHaveLength(4);
  });
});

describe('lookupFor2023', () => {
  it('swaps merged districts for their unitary, which keeps its parts’ LEP', () => {
    const lookup = {
      ladToLep: { A: ['L1'], B: ['L1'], C: ['L1', 'L2'], D: ['L2'] },
      lepToLads: { L1: ['A', 'B', 'C'], L2: ['C', 'D'] },
      shared: ['C'],
    };
    const out = lookupFor2023(lookup, { replaces: { N: ['A', 'B'] }, names: { N: 'New' } });
    expect(out.ladToLep).toEqual({ C: ['L1', 'L2'], D: ['L2'], N: ['L1'] });
    expect(out.lepToLads).toEqual({ L1: ['C', 'N'], L2: ['C', 'D'] });
    expect(out.shared).toEqual(['C']);
  });

  it('keeps the LEPs’ names, so a 2023 district map (productivity) names its LEPs, not their codes', () => {
    const lookup = {
      ladToLep: { A: ['L1'], B: ['L1'] },
      lepToLads: { L1: ['A', 'B'] },
      shared: [],
      names: { L1: 'Black Country', E92000001: 'England' },
    };
    const out = lookupFor2023(lookup, { replaces: { N: ['A'] }, names: { N: 'New' } });
    expect(out.names).toEqual({ L1: 'Black Country', E92000001: 'England' });
  });
});
