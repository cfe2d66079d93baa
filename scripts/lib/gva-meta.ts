// datasets.json entries for GVA: current prices without and with owner-occupiers' imputed rent (one
// file, two readings), and chained volume for districts.
import type { DatasetMeta } from '../../src/lib/data/types.ts';
import { ATTRIBUTION, LICENCE } from './manifest.ts';
import { ENGLAND_CODE } from './geo.ts';
import { GVA_PARENT, IMPUTED_RENT, type GvaRead } from './gva.ts';

export const GVA_GROUP = 'Output (GVA) by industry';
const SOURCE = 'Office for National Statistics, Regional gross value added (balanced) by industry: local authorities';
const SOURCE_URL =
  'https://www.ons.gov.uk/economy/grossvalueaddedgva/datasets/regionalgrossvalueaddedbalancedbyindustrylocalauthoritiesbyitl1region';
const RELEASE = 'April 2025 release (1998–2023), via the economic-analytics/edd repository';

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-GB');
}

export function gvaMetas(g: GvaRead, lepCount: number, sharedDistricts: string[]): DatasetMeta[] {
  const years = [...new Set(g.current.map((r) => r.year))].sort();
  const last = years[years.length - 1];
  // Industries grouped by the districts suppressed in them: each set of names once, not once per industry.
  const byNames = new Map<string, string[]>();
  for (const [code, names] of g.suppressedDistricts) {
    const key = [...names].sort().join(', ');
    byNames.set(key, [...(byNames.get(key) ?? []), code]);
  }
  const suppressedList = [...byNames].map(([names, codes]) => `${codes.join(', ')} leave out ${names}`);
  const cornwall = [...new Set([...g.suppressedDistricts.values()].flatMap((s) => [...s]))].sort().join(', ');
  const common = [
    'Industries nest: all industries, three broad sectors, sections and, inside some of them, 2-digit divisions. ' +
      'Figures are compared within one level; a parent is never added to its children.',
    `Districts are the April 2023 set (296): Cumberland, Westmorland and Furness, North Yorkshire and Somerset replaced ` +
      '17 districts on 1 April 2023, and ONS gives their figures back to 1998 on the new boundaries.',
    `ONS suppresses some district figures to protect confidentiality (${g.suppressed.current} cells at current prices, ` +
      `districts ${cornwall}); they are empty here, never zero. A parent industry's figure is still published.`,
  ];
  const sums = [
    `England is the sum of the 296 districts (${last}: £${fmt(g.englandTotal.get(last)!)}m); the source has no England row. ` +
      `Where a district's figure is suppressed the England sum leaves it out and is marked unreliable (slightly low; ` +
      `${g.sums.partialEngland} England cells: ${suppressedList.join('; ')}).`,
    `Each of the ${lepCount} LEPs is the sum of its districts; a LEP missing a district's figure has none (` +
      `${g.sums.suppressedLep} LEP cells). ${sharedDistricts.length} districts belong to two LEPs and count in both, so LEPs do not add up to England.`,
    "Current prices: values in each year's money. Use them for shares, location quotients and sums; for real growth over time use the chained-volume dataset.",
  ];
  // ONS marks these cells [c] (confidential: the figure would disclose a business); the atlas's
  // LEP and England figures are sums of districts, so a suppressed district leaves them short.
  const suppressedWord = {
    short: 'suppressed (disclosive)',
    long: 'suppressed by ONS as disclosive ([c], confidential: it could reveal one business); a LEP with a suppressed district has no figure',
  };
  const flagWords: DatasetMeta['flagWords'] = {
    suppressed: suppressedWord,
    unreliable: {
      short: 'partial sum',
      long: 'a sum of districts that leaves out those ONS suppresses as disclosive, so slightly low',
    },
  };
  const base = {
    flagWords,
    measure: 'Gross value added at current prices',
    unit: '£m',
    file: 'gva-current.csv',
    cube: 'gva-current.cube.json',
    years,
    levels: ['country', 'lep', 'lad'] as DatasetMeta['levels'],
    sectorCount: g.sectors.length,
    benchmark: ENGLAND_CODE,
    source: SOURCE,
    sourceUrl: SOURCE_URL,
    release: RELEASE,
    licence: LICENCE,
    attribution: ATTRIBUTION,
    hasCi: false,
    geography: 'lad23' as const,
    sectorParent: { ...GVA_PARENT },
    group: GVA_GROUP,
  };
  const rent =
    "Owner-occupiers' imputed rent (68IMP) is the rent home owners would pay themselves: ONS counts it in GVA, but it is not " +
    'market output and follows housing, not business.';
  return [
    {
      ...base,
      id: 'gva-current',
      title: "Output (GVA) by industry, current prices, excluding owner-occupiers' imputed rent",
      totals:
        "An area's total is ONS's all-industries figure less owner-occupiers' imputed rent; real estate counts market " +
        'real estate only (68). Shares and location quotients use this total.',
      sectorExclude: [IMPUTED_RENT],
      caveats: [
        `${rent} It is left out here, as most analyses of specialisation do; the dataset "including imputed rent" keeps it.`,
        ...common,
        ...sums,
      ],
    },
    {
      ...base,
      id: 'gva-current-with-rent',
      title: "Output (GVA) by industry, current prices, including owner-occupiers' imputed rent",
      totals: "An area's total is ONS's all-industries figure, imputed rent included.",
      caveats: [
        `${rent} It is kept here, so places with many home owners look more specialised in real estate.`,
        ...common,
        ...sums,
      ],
    },
    {
      ...base,
      id: 'gva-volume',
      title: 'Output (GVA) by industry, chained volume (real terms)',
      measure: 'Gross value added, chained volume measure (2022 money)',
      file: 'gva-volume.csv',
      cube: 'gva-volume.cube.json',
      levels: ['lad'],
      measureKind: 'indicator',
      flagWords: {
        suppressed: {
          short: 'suppressed (disclosive)',
          long: 'suppressed by ONS as disclosive ([c], confidential: it could reveal one business)',
        },
      },
      totals: 'Chained-volume figures do not add up across industries or areas, so there are no totals, shares or LQs.',
      caveats: [
        "Chained volume measures remove price changes, so growth is real growth. They are not additive: an industry's " +
          "figure is not the sum of its divisions', and districts do not add up to LEPs or England. Use them for the growth of " +
          'one district and industry over time.',
        ...common,
        `ONS suppresses ${g.suppressed.volume} chained-volume district cells; they are empty here, never zero.`,
      ],
    },
  ];
}
