// The map view's title and export file names, which name the level of the areas shown: LEPs,
// districts, or (a user's own file of ITL or other areas) "areas", never "districts".
import { METRIC_NAMES, inSentence, type MetricKey } from '../format';
import { levelWords } from '../words';

export interface MapWordsInput {
  /** The level of the areas on the map (atlas.levelInData). */
  level: string;
  sector: string;
  metric: MetricKey;
  /** The LEP whose districts alone are shown, if any. */
  within: string | null;
}

/** "Manufacturing: which LEPs are specialised?", or "Manufacturing: growth by district in Black Country". */
export function mapTitle({ level, sector, metric, within }: MapWordsInput): string {
  const w = levelWords(level);
  return metric === 'lq'
    ? `${sector}: which ${w.many}${within ? ` of ${within}` : ''} are specialised?`
    : `${sector}: ${METRIC_NAMES[metric].toLowerCase()} by ${w.one}${within ? ` in ${within}` : ''}`;
}

/** The parts of the map's export file names: measure, sector, period, metric, the areas' level, the LEP shown. */
export function mapFileParts(p: MapWordsInput & { measure: string; period: string }): string[] {
  return [
    p.measure,
    p.sector,
    p.period,
    METRIC_NAMES[p.metric],
    levelWords(p.level).many,
    ...(p.within ? [p.within] : []),
  ];
}

/**
 * "Location quotient (England = 1), enterprises in Manufacturing"; for the value itself the measure
 * alone ("Grade point average (GPA, 0 to 4) in Engineering"), not the measure twice.
 */
export function mapSubtitleLead(metric: MetricKey, metricText: string, measure: string, sector: string): string {
  return metric === 'value' ? `${measure} in ${sector}` : `${metricText}, ${inSentence(measure)} in ${sector}`;
}
