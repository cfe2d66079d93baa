// The words of the import report's code-system groups: each group's label and sentence, and the
// sentence that says what draws on the map and what does not. Kept apart from the recogniser so
// the rules (which code is which system) and the wording can change separately.

import type { CodeRecognition, CodeSystem } from './code-systems';
import { MONTHS } from '../long-date';
import { wholeNumber } from '../whole-number';

/** Names of other common GSS entity types, for the "other ONS codes" groups. */
const GSS_OTHER: Readonly<Record<string, string>> = {
  E04: 'civil parishes',
  E14: 'Westminster parliamentary constituencies',
  E15: 'European electoral regions',
  E22: 'Community Safety Partnerships',
  E23: 'police force areas',
  E30: 'travel to work areas',
  E31: 'fire and rescue authorities',
  E34: 'built-up areas',
  E38: 'clinical commissioning groups or sub-ICB locations',
  E39: 'NHS England regions',
  E40: 'NHS England regions',
  E41: 'workplace zones',
  E47: 'combined authorities',
  E54: 'integrated care boards',
  E63: 'built-up areas',
};

const NO_BOUNDARIES = 'the atlas has boundaries only for LEPs (May 2021) and local authority districts';

const plural = (n: number, one: string, many = one + 's') => `${wholeNumber(n)} ${n === 1 ? one : many}`;

/** "2017-04-01" → "April 2017". */
export function monthYear(iso: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${MONTHS[+m[2] - 1] ?? ''} ${m[1]}`.trim();
}

interface GroupText {
  label: string;
  sentence: (n: number) => string;
}

export function groupText(
  system: CodeSystem,
  districts: 'lad21' | 'lad23',
  hasEarlierLeps: boolean,
  prefix = '',
): GroupText {
  switch (system) {
    case 'national':
      return {
        label: 'National rows (England, UK or Great Britain)',
        sentence: () => 'Not areas on the map: a national row can be the benchmark.',
      };
    case 'lep-2021':
      return hasEarlierLeps
        ? {
            label: 'LEP codes unchanged since before 2021',
            sentence: () => 'Drawn on the map as the May 2021 LEPs with these codes.',
          }
        : { label: 'LEPs (May 2021)', sentence: () => 'Drawn on the map.' };
    case 'lep-earlier':
      return {
        label: 'LEP codes of earlier years',
        sentence: (n) =>
          `Not drawn: ONS gives a LEP a new code when its boundary changes, and the atlas has only the May 2021 LEP boundaries, so ${n === 1 ? 'this code' : 'these codes'} cannot be placed on the map. ${n === 1 ? 'It still appears' : 'They still appear'} in charts and tables.`,
      };
    case 'lad-2021':
      return districts === 'lad23'
        ? {
            label: 'Local authority districts (April 2023)',
            sentence: () => 'Drawn on the map (April 2023 boundaries).',
          }
        : { label: 'Local authority districts (December 2021)', sentence: () => 'Drawn on the map.' };
    case 'lad-2023':
      return {
        label: 'Unitary authorities created in April 2023',
        sentence: () =>
          'Drawn on the map: because the file has these codes, its districts are drawn on the April 2023 boundaries.',
      };
    case 'lad-merged-2023':
      return {
        label: 'Districts merged in April 2023',
        sentence: (n) =>
          `Not drawn: the file also has codes of the April 2023 unitaries, so the map shows the April 2023 districts, in which ${n === 1 ? 'this district is' : 'these districts are'} part of a new unitary. A file should use one year's codes.`,
      };
    case 'lad-other-year':
      return {
        label: 'District codes of other years',
        sentence: (n) =>
          `Not drawn: ${n === 1 ? 'this code is' : 'these codes are'} not among the districts of December 2021 or April 2023 (districts merged or re-coded in another year), and those are the only district boundaries the atlas has.`,
      };
    case 'lad-outside-england':
      return {
        label: 'Council areas in Wales, Scotland or Northern Ireland',
        sentence: () => 'Not drawn: the atlas’s boundaries cover England only.',
      };
    case 'itl1':
    case 'itl2':
    case 'itl3':
      return {
        label: `${system.toUpperCase()} areas (International Territorial Levels, codes like TLC${system === 'itl1' ? '' : system === 'itl2' ? '1' : '11'})`,
        sentence: () => `Not drawn: ${NO_BOUNDARIES}, not for ITL areas.`,
      };
    case 'nuts1':
    case 'nuts2':
    case 'nuts3':
      return {
        label: `${system.toUpperCase()} areas (the EU’s NUTS codes, used in the UK until ITL replaced them in 2021; codes like UKC${system === 'nuts1' ? '' : system === 'nuts2' ? '1' : '11'})`,
        sentence: () => `Not drawn: ${NO_BOUNDARIES}, not for NUTS areas.`,
      };
    case 'msoa':
    case 'lsoa':
    case 'oa': {
      const name = {
        msoa: 'Middle layer Super Output Areas (MSOA, E02…)',
        lsoa: 'Lower layer Super Output Areas (LSOA, E01…)',
        oa: 'Output Areas (OA, E00…)',
      }[system];
      return {
        label: name,
        sentence: () => `Not drawn: ${NO_BOUNDARIES}; these small areas would need adding up to districts first.`,
      };
    }
    case 'ward':
      return { label: 'Electoral wards (E05…)', sentence: () => `Not drawn: ${NO_BOUNDARIES}, not for wards.` };
    case 'county':
      return {
        label: 'Counties (E10…, metropolitan counties E11…, Inner and Outer London E13…)',
        sentence: () => `Not drawn: ${NO_BOUNDARIES}, not for counties.`,
      };
    case 'region':
      return { label: 'Regions of England (E12…)', sentence: () => `Not drawn: ${NO_BOUNDARIES}, not for regions.` };
    case 'country':
      return {
        label: 'Countries (Wales, Scotland, Northern Ireland, England and Wales)',
        sentence: () => 'Not drawn: the map shows areas within England.',
      };
    case 'ons-other':
      return {
        label: `Other ONS codes: ${GSS_OTHER[prefix] ?? `code type ${prefix}`} (${prefix}…)`,
        sentence: () => `Not drawn: ${NO_BOUNDARIES}.`,
      };
    case 'unrecognised':
      return {
        label: 'Codes the atlas does not recognise',
        sentence: (n) =>
          `Not drawn: ${n === 1 ? 'this is not an' : 'these are not'} ONS, ITL or NUTS code${n === 1 ? '' : 's'}, so the map cannot place ${n === 1 ? 'it' : 'them'}.`,
      };
  }
}

/** Each system's noun, singular and plural, for the map sentence. */
const NOUNS: Record<CodeSystem, [string, string]> = {
  national: ['national row', 'national rows'],
  'lep-2021': ['LEP', 'LEPs'],
  'lep-earlier': ['LEP code of an earlier year', 'LEP codes of earlier years'],
  'lad-2021': ['district', 'districts'],
  'lad-2023': ['April 2023 unitary', 'April 2023 unitaries'],
  'lad-merged-2023': ['district merged in April 2023', 'districts merged in April 2023'],
  'lad-other-year': ['district code of another year', 'district codes of other years'],
  'lad-outside-england': ['council area outside England', 'council areas outside England'],
  itl1: ['ITL1 area', 'ITL1 areas'],
  itl2: ['ITL2 area', 'ITL2 areas'],
  itl3: ['ITL3 area', 'ITL3 areas'],
  nuts1: ['NUTS1 area', 'NUTS1 areas'],
  nuts2: ['NUTS2 area', 'NUTS2 areas'],
  nuts3: ['NUTS3 area', 'NUTS3 areas'],
  msoa: ['MSOA', 'MSOAs'],
  lsoa: ['LSOA', 'LSOAs'],
  oa: ['output area', 'output areas'],
  ward: ['ward', 'wards'],
  county: ['county', 'counties'],
  region: ['region', 'regions'],
  country: ['country', 'countries'],
  'ons-other': ['other ONS code', 'other ONS codes'],
  unrecognised: ['code the atlas does not recognise', 'codes the atlas does not recognise'],
};

/** What draws and what does not, by system (national rows aside), e.g. "None of the 3 areas … : 3 ITL3 areas." */
export function mapSentence(r: CodeRecognition): string {
  if (r.notDrawn === 0) return 'Every area in this file has a boundary on the map.';
  const n = r.groups.reduce((s, g) => s + (g.system === 'national' ? 0 : g.count), 0);
  const national = r.groups.some((g) => g.system === 'national') ? ' (besides the national row)' : '';
  const bySystem = new Map<CodeSystem, number>(); // other ONS codes come in one group per type: one count here
  for (const g of r.groups)
    if (!g.draws && g.system !== 'national') bySystem.set(g.system, (bySystem.get(g.system) ?? 0) + g.count);
  const missing = [...bySystem].map(([system, count]) => plural(count, ...NOUNS[system]));
  const list =
    missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
  const drawn = n - r.notDrawn;
  const start =
    drawn === 0
      ? n === 1
        ? `The area in this file${national} cannot be drawn on the map`
        : `None of the ${wholeNumber(n)} areas in this file${national} can be drawn on the map`
      : `${wholeNumber(drawn)} of the ${wholeNumber(n)} areas in this file${national} ${drawn === 1 ? 'draws' : 'draw'} on the map; ` +
        `${wholeNumber(r.notDrawn)} ${r.notDrawn === 1 ? 'does' : 'do'} not`;
  return `${start}: ${list}. ${r.notDrawn === 1 ? 'It still appears' : 'They still appear'} in charts and tables.`;
}
