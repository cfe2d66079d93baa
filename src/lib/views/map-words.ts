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
  /** An index or average (productivity, GPA): its value is not a "number" of anything. */
  indicator?: boolean;
}

/** "Manufacturing: which LEPs are specialised?", or "Manufacturing: growth by district in Black Country". */
export function mapTitle({ level, sector, metric, within, indicator }: MapWordsInput): string {
  const w = levelWords(level);
  const where = within ? ` in ${within}` : '';
  if (metric === 'density') return `${sector}: where could it grow next? Relatedness density by ${w.one}${where}`;
  if (metric === 'eci') return `Economic complexity (ECI) by ${w.one}${where}`;
  if (metric === 'englandShare') return `${sector}: share of England by ${w.one}${where}`;
  if (indicator && metric === 'value') return `${sector} by ${w.one}${where}`;
  return metric === 'lq'
    ? `${sector}: which ${w.many}${within ? ` of ${within}` : ''} are specialised?`
    : `${sector}: ${METRIC_NAMES[metric].toLowerCase()} by ${w.one}${where}`;
}

/** The words beside a map of relatedness density or ECI: what it is, why it may be empty, and the caveat. */
export function nextMapWords(
  metric: 'density' | 'eci',
  o: { sector: string; leaf: boolean; level: string; benchmark: string },
): { about: string; caveat: string; problem: string | null } {
  const w = levelWords(o.level);
  // Which benchmark the specialisations (LQ ≥ 1) behind both measures are taken against: the one chosen.
  const against = ` Specialisation (LQ ≥ 1) is measured against ${o.benchmark}, the benchmark chosen in “Compare with”.`;
  const caveat =
    'These are statistical associations, not forecasts: places tend to grow into activities related to what they already do, but many do not, and some grow into unrelated ones. The profile’s “What could come next” shows how well this would have pointed to past gains.';
  if (metric === 'density') {
    return {
      about: `Relatedness density: how much of what is related to ${o.sector} each ${w.one} already specialises in (LQ ≥ 1), from 0% (none of it) to 100% (all of it). Sectors count as related when districts across England specialise in both more often than chance would give. A high figure marks a place where ${o.sector} could grow next; it includes places already specialised in it.${against}`,
      caveat,
      problem: o.leaf
        ? null
        : `${o.sector} is made of smaller industries: relatedness is measured between the finest industries that do not overlap, so pick one of them to see where it could grow.`,
    };
  }
  return {
    about: `Economic complexity index (ECI): how diverse and how unusual each ${w.one}'s specialisations are, among the ${w.many} (the eigenvector method of Hidalgo and Hausmann), standardised so 0 is the average and 1 a standard deviation above, its sign set so that places specialised in more sectors score higher. It is about the whole economy of a place, not one sector: the sector picker does not change it.${against}`,
    caveat,
    problem: null,
  };
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
  // Value and share of England name the measure once ("Share of England's staff submitted (FTE) in Law").
  return metric === 'value'
    ? measureInSector(measure, sector)
    : metric === 'englandShare'
      ? `${metricText} in ${sector}`
      : `${metricText}, ${inSentence(measure)} in ${sector}`;
}

/**
 * "Enterprises in Manufacturing"; but where the sector is itself the measure and says so ("GVA per hour
 * worked (index, UK = 100)" of the "Labour productivity index (UK = 100)"), the sector alone, not the
 * brackets twice.
 */
export function measureInSector(measure: string, sector: string): string {
  const bracket = /\(([^()]+)\)\s*$/.exec(measure)?.[1];
  return bracket && sector.includes(bracket) ? sector : `${measure} in ${sector}`;
}

/**
 * Whether the map's figures are measured against the benchmark, so the subtitle should name it: not
 * for an indicator (an index such as productivity, UK = 100, is already its own comparison) nor for
 * the value or an area's own share, which no benchmark enters.
 */
export function mapUsesBenchmark(metric: MetricKey, indicator: boolean): boolean {
  return !indicator && metric !== 'value' && metric !== 'share' && metric !== 'englandShare';
}
