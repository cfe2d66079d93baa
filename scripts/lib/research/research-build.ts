// The research part of the data build: REF 2021 (and 2014, for change), institution points placed in
// districts and LEPs, and UKRI awards → canonical datasets the app already reads, plus the
// institutions file (map symbols, profile lists) and a small file of extras for the profile.
// Each job is a module of its own: placing institutions (research-place), summing REF 2021
// (ref2021-sums) into its datasets (ref2021-datasets) and the institutions file (institutions-file),
// REF 2014 on comparable groups (ref2014-sums) and UKRI (ukri-build); this file runs them in order.
import path from 'node:path';
import type { AuditRow, DatasetMeta } from '../../../src/lib/data/types.ts';
import type { AreaFeature, Lookup } from '../geo.ts';
import type { Scope } from '../scope.ts';
import { readSource } from '../sources.ts';
import { round } from './area-sums.ts';
import { INSTITUTIONS_FILE, institutionsJson } from './institutions-file.ts';
import { readRef2014, readRef2021Rows, readWorkbookRows } from './ref.ts';
import { sumRef2014 } from './ref2014-sums.ts';
import { ref2021Datasets } from './ref2021-datasets.ts';
import { sumRef2021 } from './ref2021-sums.ts';
import { makePlacer, REF2014_SPECIAL, RESEARCH_FILES } from './research-place.ts';
import { readUkri } from './ukri.ts';
import { buildUkri } from './ukri-build.ts';

export { INSTITUTIONS_FILE, REF2014_SPECIAL, RESEARCH_FILES };
export const EXTRAS_FILE = 'research-extras.json';

export interface ResearchInput {
  sourceDir: string;
  scope: Scope;
  lookup: Lookup;
  leps: AreaFeature[];
  /** LEP rows of the overlap: "(Σ LEPs − England) / England" is computed here per dataset. */
  sharedDistricts: string[];
  log: (line: string) => void;
}

export interface ResearchOutput {
  csvs: { meta: DatasetMeta; rows: AuditRow[] }[];
  json: { file: string; text: string }[];
}

export async function buildResearch(inp: ResearchInput): Promise<ResearchOutput> {
  const { sourceDir, scope, log } = inp;
  const placer = makePlacer(sourceDir, inp.lookup, inp.leps);
  const areaCodes = [...scope.areas.keys()];
  const nameOf = (code: string) => scope.areas.get(code)!.name;

  const sheet = await readWorkbookRows(path.join(sourceDir, RESEARCH_FILES.ref2021), RESEARCH_FILES.ref2021);
  const subs = readRef2021Rows(sheet, RESEARCH_FILES.ref2021);
  const ref21 = sumRef2021(subs, placer, scope, inp.sharedDistricts, log);
  const csvs: ResearchOutput['csvs'] = ref2021Datasets(ref21, areaCodes, nameOf);
  const institutions = institutionsJson(ref21);

  const subs14 = readRef2014(readSource(sourceDir, RESEARCH_FILES.ref2014), RESEARCH_FILES.ref2014);
  const ref14 = sumRef2014(subs14, placer, log);

  const ukri = buildUkri({
    records: readUkri(readSource(sourceDir, RESEARCH_FILES.ukri), RESEARCH_FILES.ukri),
    file: RESEARCH_FILES.ukri,
    refNames: [...subs, ...subs14],
    placeInstitution: (ukprn, name) => placer.place(REF2014_SPECIAL[ukprn]?.ukprn ?? ukprn, name, RESEARCH_FILES.ukri),
    placeOwnPoint: (name, lon, lat) => placer.placeOwnPoint(name, lon, lat, RESEARCH_FILES.ukri),
    areaCodes,
    nameOf,
    facts: ref21.facts,
    log,
  });
  csvs.push(ukri.dataset);

  // Extras for the science-base profile: REF 2014 on the comparable groups, and UKRI's award rates.
  const extras = {
    areas: areaCodes,
    ref2014: {
      groups: ref14.groups.map((g) => ({ key: g.key, uoa2021: g.uoa2021, uoa2014: g.uoa2014, note: g.note })),
      fourStarFte: areaCodes.map((c) => ref14.groups.map((_, i) => round(ref14.sums.four.get(c, i)))),
      fte: areaCodes.map((c) => ref14.groups.map((_, i) => round(ref14.sums.fte.get(c, i), 2))),
    },
    ukri: ukri.extras,
  };
  return {
    csvs,
    json: [
      { file: INSTITUTIONS_FILE, text: JSON.stringify(institutions) + '\n' },
      { file: EXTRAS_FILE, text: JSON.stringify(extras) + '\n' },
    ],
  };
}
