// Words the importer shows: what each field of the column mapping is called and means when it is
// missing, what each detected layout is, and counts with their noun.

import { format } from 'd3-format';
import type { MappingField, ImportFormat } from './detect';
import { wholeNumber } from '../whole-number';

// Numbers by d3-format, not toLocaleString('en-GB') (the same text): the page's first Intl number
// formatter loads the locale's data, which made the first progress line, or the report, a long task.
export { wholeNumber };

/** Megabytes to one decimal, as en-GB writes them ("50.6", "1,000", "0"). */
export const megabytes: (bytes: number) => string = (() => {
  const f = format(',.1~f');
  return (bytes: number) => f(bytes / 1e6);
})();

export const FIELD_LABEL: Record<MappingField, string> = {
  areaCode: 'Area code',
  areaName: 'Area name',
  sectorCode: 'Sector code',
  sectorName: 'Sector name',
  year: 'Year or period',
  value: 'Value',
  flag: 'Flag (optional)',
  ci95: '95% confidence interval ± (optional)',
};

/** What each required field means when it is missing, for the "Continue" message. */
export const FIELD_NEED: Record<MappingField, string> = {
  areaCode: 'an area code or area name column',
  areaName: 'an area name column',
  sectorCode: 'a sector code or sector name column',
  sectorName: 'a sector name column',
  year: 'a year column (or, in a wide table, at least one year column)',
  value: 'a value column',
  flag: 'a flag column',
  ci95: 'a confidence interval column',
};

export const FORMAT_LABEL: Record<ImportFormat, string> = {
  canonical: 'the atlas’s own audit CSV layout (area_code, area_name, sector_code, sector_name, year, value)',
  nomis: 'a Nomis bulk download (GEOGRAPHY_CODE, INDUSTRY_CODE, DATE, OBS_VALUE …)',
  wide: 'a wide table, with one column per year',
  unknown: 'a table the atlas does not recognise: please say which column holds what',
};

export const plural = (n: number, one: string, many = one + 's') => `${wholeNumber(n)} ${n === 1 ? one : many}`;
