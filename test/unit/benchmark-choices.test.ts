import { describe, expect, it } from 'vitest';
import { benchmarkChoices } from '../../src/lib/views/benchmark-choices';
import type { Area } from '../../src/lib/data/types';

const areas: Area[] = [
  { code: 'E37000002', name: 'Solent', level: 'lep' },
  { code: 'E07000001', name: 'Adur', level: 'lad' },
  { code: 'E92000001', name: 'England', level: 'country' },
  { code: 'E37000001', name: 'Black Country', level: 'lep' },
];

describe('benchmarkChoices: "Compare with"', () => {
  it('lists the country first, then the LEPs alphabetically, and no districts', () => {
    expect(benchmarkChoices(areas, false, true).map((c) => c.name)).toEqual(['England', 'Black Country', 'Solent']);
  });
  it('adds the sum of the loaded areas for a user’s own file, or data without a country row', () => {
    expect(benchmarkChoices(areas, true, true).at(-1)).toEqual({ code: 'sum', name: 'Sum of the loaded areas' });
    expect(benchmarkChoices(areas.slice(0, 2), false, false).map((c) => c.code)).toEqual(['E37000002', 'sum']);
  });
});
