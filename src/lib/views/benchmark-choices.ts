// The benchmarks a person may choose ("Compare with"): the country row(s) first, then every LEP in
// alphabetical order, so a name is found where it is expected; and, for a user's file or data
// without a country row, the sum of the loaded areas.
import type { Area } from '../data/types';

/** The benchmark choice that means "add up the areas shown" rather than one area. */
export const SUM_BENCHMARK = 'sum';
const SUM_CHOICE = { code: SUM_BENCHMARK, name: 'Sum of the loaded areas' };

export function benchmarkChoices(
  areas: readonly Area[],
  ownFile: boolean,
  hasCountryRow: boolean,
): { code: string; name: string }[] {
  const places = areas
    .filter((a) => a.level === 'country' || a.level === 'lep')
    .sort((a, b) => (a.level === b.level ? a.name.localeCompare(b.name, 'en-GB') : a.level === 'country' ? -1 : 1))
    .map((a) => ({ code: a.code, name: a.name }));
  return ownFile || !hasCountryRow ? [...places, SUM_CHOICE] : places;
}
