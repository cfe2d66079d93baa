// Where each research institution is: its point from the learning-provider register or the
// supplement, placed in a district and its LEPs, or the reason it is outside England. One placer
// serves REF 2021, REF 2014 and UKRI, so an institution is placed once and the same way in all three.
import { SourceError } from '../errors.ts';
import { readBoundaries, type AreaFeature, type Lookup } from '../geo.ts';
import { readSource } from '../sources.ts';
import { PolygonIndex, placePoint, readInstitutionPoints, type Placement } from './places.ts';

export const RESEARCH_FILES = {
  ref2021: 'research/ref2021-results-all-2022-05-06.xlsx',
  ref2014: 'research/ref2014-results.csv',
  register: 'research/learning-providers-plus.csv',
  supplement: 'research/institution-locations-supplement.csv',
  ukri: 'research/ukri-council-awards-2015-2020.csv',
} as const;

/**
 * REF 2014 institutions the register cannot place, each with the reason. The Institute of Zoology has
 * no UKPRN in the 2014 file ("ZZZZZZZZ"); it is the institution the 2021 supplement places by its UKPRN.
 * The University of London Institute in Paris is in France.
 */
export const REF2014_SPECIAL: Record<string, { ukprn?: string; outside?: string }> = {
  ZZZZZZZZ: { ukprn: '10009315' },
  '10007812': { outside: 'in Paris, outside the UK' },
};

/** Northern Irish postcodes: the register has no point for Northern Irish providers. */
const NI_POSTCODE = /^BT\d/;

export interface Placed extends Placement {
  ukprn: string;
  name: string;
  lon: number;
  lat: number;
  from: 'register' | 'supplement' | 'ukri';
}

export interface Placer {
  /** Places one institution by UKPRN, or says why it is outside England; throws when it cannot. */
  place: (ukprn: string, name: string, file: string) => Placed | string;
  /** Places a point of its own (a UKRI organisation the register does not know). */
  placeOwnPoint: (name: string, lon: number, lat: number, file: string) => Placement;
}

export function makePlacer(sourceDir: string, lookup: Lookup, leps: AreaFeature[]): Placer {
  const ukLads = readBoundaries(
    readSource(sourceDir, 'geo/lad-2021-12-uk-buc.geojson'),
    'geo/lad-2021-12-uk-buc.geojson',
    'LAD21CD',
    'LAD21NM',
    () => true,
  );
  const districts = new PolygonIndex(ukLads);
  const lepIndex = new PolygonIndex(leps);
  const { points, postcodes: registerPostcodes } = readInstitutionPoints(
    { text: readSource(sourceDir, RESEARCH_FILES.register), file: RESEARCH_FILES.register },
    { text: readSource(sourceDir, RESEARCH_FILES.supplement), file: RESEARCH_FILES.supplement },
  );

  const placeCache = new Map<string, Placed | string>();
  const place = (ukprn: string, name: string, file: string): Placed | string => {
    const hit = placeCache.get(ukprn);
    if (hit !== undefined) return hit;
    let out: Placed | string;
    const pt = points.get(ukprn);
    if (pt) {
      const p = placePoint(`${name} (UKPRN ${ukprn})`, pt.lon, pt.lat, districts, lepIndex, lookup.ladToLep, file);
      out = p.english
        ? { ...p, ukprn, name, lon: pt.lon, lat: pt.lat, from: pt.from }
        : `in ${p.district} (outside England)`;
    } else if (NI_POSTCODE.test(registerPostcodes.get(ukprn) ?? '')) {
      out = `in Northern Ireland (postcode ${registerPostcodes.get(ukprn)})`;
    } else {
      throw new SourceError(
        file,
        `${name} (UKPRN ${ukprn}) cannot be placed: it is in neither ${RESEARCH_FILES.register} (with a point) nor ` +
          `${RESEARCH_FILES.supplement}. Add its head office to the supplement.`,
      );
    }
    placeCache.set(ukprn, out);
    return out;
  };
  const placeOwnPoint = (name: string, lon: number, lat: number, file: string) =>
    placePoint(name, lon, lat, districts, lepIndex, lookup.ladToLep, file);
  return { place, placeOwnPoint };
}
