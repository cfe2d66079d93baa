// The years the pack reads from each dataset (which dataset answers which part is in roles.ts).
import type { DatasetMeta } from '../data/types';
import { productivitySurveyYear } from '../metrics/specialisation-productivity';
import { roleOf } from './roles';

// Re-exported: the roles are their own small module, so the page's footer can name the pack's sources
// without loading what the pack computes.
export { packDatasets, roleOf } from './roles';

/**
 * The years the pack reads from a dataset: its first (growth and shift-share start there) and its
 * latest; for GVA also the employment survey's year its productivity is valued at (productivity.ts);
 * for research income every year, as it is their sum.
 */
export function packYears(meta: DatasetMeta, datasets: readonly DatasetMeta[]): string[] {
  const { years } = meta;
  // Research income is summed over every year (pool-years.ts).
  if (roleOf(meta) === 'funding') return [...years];
  const survey =
    roleOf(meta) === 'gva'
      ? productivitySurveyYear(years, datasets.find((d) => roleOf(d) === 'employment')?.years ?? [])
      : null;
  return years.filter((y, i) => i === 0 || i === years.length - 1 || y === survey);
}
