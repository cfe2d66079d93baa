// The research datasets' attribution lines and caveats, with the figures the build measured.

import type { AuditRow } from '../../../src/lib/data/types.ts';
import {
  HEAD_OFFICE_NOTE,
  NO_RESEARCH_NOTE,
  REF_ATTRIBUTION_LINE,
  REF_SNAPSHOT_NOTE,
  UKRI_ATTRIBUTION_LINE,
  UKRI_NOMINAL_NOTE,
} from '../../../src/lib/research/notes.ts';
import { ENGLAND_CODE, LEP_CODE } from '../geo.ts';

export { HEAD_OFFICE_NOTE };

const BOUNDARIES = [
  'Boundaries: Source: Office for National Statistics licensed under the Open Government Licence v.3.0',
  'Contains OS data © Crown copyright and database right 2021',
];
export const REF_ATTRIBUTION = [REF_ATTRIBUTION_LINE, ...BOUNDARIES];
export const UKRI_ATTRIBUTION = [UKRI_ATTRIBUTION_LINE, ...BOUNDARIES];

export interface ResearchFacts {
  institutions: number;
  outside: number;
  ukFte: number;
  englandFte: number;
  noResearchLeps: string[];
  noResearchLads: number;
  lepCount: number;
  ladCount: number;
  sharedDistricts: string[];
}

/** (Σ LEP rows − England) / England over all rows given (one year). */
function lepExcess(rows: AuditRow[]): number {
  let lep = 0;
  let england = 0;
  for (const r of rows) {
    if (r.value === null) continue;
    if (r.areaCode === ENGLAND_CODE) england += r.value;
    else if (LEP_CODE.test(r.areaCode)) lep += r.value;
  }
  return england > 0 ? lep / england - 1 : NaN;
}

function overlapNote(f: ResearchFacts, rows: AuditRow[], what: string): string {
  const excess = lepExcess(rows);
  const head =
    `LEPs overlap: ${f.sharedDistricts.length} districts belong to two LEPs (${f.sharedDistricts.join(', ')}), and an ` +
    'institution there would count in both, as ONS counts those districts in both. ';
  // Below 0.05% the sum matches England to the precision shown: say so rather than print "0.0% more".
  return Math.abs(excess) < 0.0005
    ? head +
        `No institution has its head office in those districts, so here the LEP rows add up to England${what}. The benchmark is still the England row.`
    : head +
        `LEP figures therefore do not add up to England (the LEP rows sum to ${(100 * excess).toFixed(1)}% more than England${what}). The benchmark is the England row.`;
}

export function refCaveats(f: ResearchFacts, rows: AuditRow[]): string[] {
  return [
    HEAD_OFFICE_NOTE,
    REF_SNAPSHOT_NOTE,
    `${NO_RESEARCH_NOTE} ${f.noResearchLeps.length} of ${f.lepCount} LEPs (${f.noResearchLeps.join(', ')}) and ` +
      `${f.noResearchLads} of ${f.ladCount} districts have none.`,
    `England is the sum of the ${f.institutions} institutions whose head office is in England (FTE ${Math.round(f.englandFte).toLocaleString('en-GB')} ` +
      `of the UK's ${Math.round(f.ukFte).toLocaleString('en-GB')}); ${f.outside} Scottish, Welsh and Northern Irish institutions are left out.`,
    'Joint submissions are split between their member institutions as published.',
    overlapNote(f, rows, ''),
  ];
}

/** Caveats of a REF ratio (GPA): no sums, so no true-zero count or LEP-sum note of the volumes. */
export function refRatioCaveats(f: ResearchFacts): string[] {
  return [
    HEAD_OFFICE_NOTE,
    REF_SNAPSHOT_NOTE,
    `${f.noResearchLeps.length} of ${f.lepCount} LEPs (${f.noResearchLeps.join(', ')}) and ${f.noResearchLads} of ${f.ladCount} ` +
      'districts have no institution submitting to REF 2021, so no GPA in any subject: "No research submitted", not missing data.',
    `England is the ${f.institutions} institutions whose head office is in England; ${f.outside} Scottish, Welsh and Northern Irish institutions are left out.`,
    'Joint submissions are split between their member institutions as published.',
    `LEPs overlap: ${f.sharedDistricts.length} districts belong to two LEPs (${f.sharedDistricts.join(', ')}); an institution there ` +
      "would count in both LEPs' GPA. A GPA is an average, so LEP figures are never added up.",
  ];
}

export function ukriCaveats(
  f: ResearchFacts,
  rows: AuditRow[],
  u: { orgs: number; orgsEngland: number; share: number },
): string[] {
  const latest = rows.reduce((m, r) => (r.year > m ? r.year : m), '');
  return [
    UKRI_NOMINAL_NOTE,
    'Competitive research and innovation grants and fellowships decided by the seven research councils and cross-council funds, ' +
      'counted at the organisation that holds the award; other UKRI spending (Innovate UK, Research England block grants) is not included.',
    `${HEAD_OFFICE_NOTE} An organisation that also appears in REF is placed at the same register point as there; others at the point UKRI gives.`,
    `England is the sum of the ${u.orgsEngland} of ${u.orgs} organisations with a point in England (${(100 * u.share).toFixed(1)}% of the £ awarded in the file); ` +
      'the rest went to Scottish, Welsh and Northern Irish organisations.',
    'An area where no organisation won an award shows 0: a true zero, not missing data.',
    overlapNote(
      f,
      rows.filter((r) => r.year === latest),
      ` in ${latest}`,
    ),
  ];
}
