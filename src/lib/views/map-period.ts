// The period a map shows, in words: light enough for the first map (the share spec loads later).
import type { MetricKey } from '../format';

/** Growth and LQ change are over two years; every other metric is of one year. */
export const isChangeMetric = (metric: MetricKey): boolean => metric === 'growth' || metric === 'lqChange';

/** "2019 to 2022" for a change metric, else the year shown. */
export function mapPeriod(metric: MetricKey, from: string, year: string): string {
  return isChangeMetric(metric) ? `${from} to ${year}` : year;
}
