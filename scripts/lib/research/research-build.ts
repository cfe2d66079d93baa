// The research part of the data build: REF 2021 (and 2014, for change), institution points placed in
// districts and LEPs, and UKRI awards → canonical datasets the app already reads, plus the
// institutions file (map symbols, profile lists) and a small file of extras for the profile.

import path from 'node:path';
import type { AuditRow, DatasetMeta } from '../../../src/lib/data/types.ts';
import { fourStarFte, researchPower } from '../../../src/lib/metrics/research.ts';
import { crosswalkGroups, uoa2014To2021 } from '../../../src/lib/research/crosswalk.ts';
import { panelOfUoa, uoaPanelParents } from '../../../src/lib/research/uoa.ts';
import { SourceError } from '../errors.ts';
import { ENGLAND_CODE, readBoundaries, type AreaFeature, type Lookup } from '../geo.ts';
import type { Scope } from '../scope.ts';
import { readSource } from '../sources.ts';
import { PolygonIndex, placePoint, readInstitutionPoints, type Placement } from './places.ts';
import { readRef2014, readRef2021Rows, readWorkbookRows, type Submission } from './ref.ts';
import { readUkri } from './ukri.ts';
import { buildUkri } from './ukri-build.ts';
import { AreaSums, round } from './area-sums.ts';
import { HEAD_OFFICE_NOTE, REF_ATTRIBUTION, refCaveats, refRatioCaveats, type ResearchFacts } from './research-meta.ts';

export const RESEARCH_FILES = {
  ref2021: 'research/ref2021-results-all-2022-05-06.xlsx',
  ref2014: 'research/ref2014-results.csv',
  register: 'research/learning-providers-plus.csv',
  supplement: 'research/institution-locations-supplement.csv',
  ukri: 'research/ukri-council-awards-2015-2020.csv',
} as const;

export const INSTITUTIONS_FILE = 'research-institutions.json';
export const EXTRAS_FILE = 'research-extras.json';

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

interface Placed extends Placement {
  ukprn: string;
  name: string;
  lon: number;
  lat: number;
  from: 'register' | 'supplement' | 'ukri';
}

export async function buildResearch(inp: ResearchInput): Promise<ResearchOutput> {
  const { sourceDir, scope, lookup, log } = inp;
  const ukLads = readBoundaries(
    readSource(sourceDir, 'geo/lad-2021-12-uk-buc.geojson'),
    'geo/lad-2021-12-uk-buc.geojson',
    'LAD21CD',
    'LAD21NM',
    () => true,
  );
  const districts = new PolygonIndex(ukLads);
  const lepIndex = new PolygonIndex(inp.leps);
  const { points, postcodes: registerPostcodes } = readInstitutionPoints(
    { text: readSource(sourceDir, RESEARCH_FILES.register), file: RESEARCH_FILES.register },
    { text: readSource(sourceDir, RESEARCH_FILES.supplement), file: RESEARCH_FILES.supplement },
  );
  const areaCodes = [...scope.areas.keys()];
  const nameOf = (code: string) => scope.areas.get(code)!.name;

  /** Places one institution by UKPRN, or says why it is outside England; throws when it cannot. */
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

  // REF 2021 ---------------------------------------------------------------------------------------
  const sheet = await readWorkbookRows(path.join(sourceDir, RESEARCH_FILES.ref2021), RESEARCH_FILES.ref2021);
  const subs = readRef2021Rows(sheet, RESEARCH_FILES.ref2021);
  const uoaNames = new Map<number, string>();
  for (const s of subs) {
    const known = uoaNames.get(s.uoa);
    if (known && known !== s.uoaName)
      throw new SourceError(
        RESEARCH_FILES.ref2021,
        `UoA ${s.uoa} is named "${s.uoaName}" here but "${known}" earlier.`,
        s.row,
      );
    uoaNames.set(s.uoa, s.uoaName);
    if (s.panel !== panelOfUoa(s.uoa)) {
      throw new SourceError(
        RESEARCH_FILES.ref2021,
        `UoA ${s.uoa} is in main panel ${s.panel}; the atlas expects ${panelOfUoa(s.uoa)}.`,
        s.row,
        'Main panel',
      );
    }
  }
  if (uoaNames.size !== 34)
    throw new SourceError(RESEARCH_FILES.ref2021, `has ${uoaNames.size} units of assessment; REF 2021 has 34.`);
  const uoas = [...uoaNames.keys()].sort((a, b) => a - b);

  const institutions = new Map<string, { placed: Placed; subs: Submission[] }>();
  const outside = new Map<string, string>();
  const sums21 = { four: new AreaSums(35), fte: new AreaSums(35), power: new AreaSums(35) };
  let ukFte = 0;
  for (const s of subs) {
    ukFte += s.fte;
    const p = place(s.ukprn, s.institution, RESEARCH_FILES.ref2021);
    if (typeof p === 'string') {
      outside.set(s.institution, p);
      continue;
    }
    let inst = institutions.get(s.ukprn);
    if (!inst) institutions.set(s.ukprn, (inst = { placed: p, subs: [] }));
    inst.subs.push(s);
    sums21.four.add(p, s.uoa, fourStarFte(s));
    sums21.fte.add(p, s.uoa, s.fte);
    sums21.power.add(p, s.uoa, researchPower(s));
  }
  const englandFte = uoas.reduce((t, u) => t + sums21.fte.get(ENGLAND_CODE, u), 0);
  const englandFour = uoas.reduce((t, u) => t + sums21.four.get(ENGLAND_CODE, u), 0);
  log(
    `REF 2021: ${subs.length} submissions (Overall profiles), ${new Set(subs.map((s) => s.ukprn)).size} institutions, UK FTE ${ukFte.toFixed(2)}; ` +
      `${institutions.size} English institutions placed (FTE ${englandFte.toFixed(2)}, 4* FTE ${englandFour.toFixed(2)}); ` +
      `${outside.size} outside England`,
  );
  const fromSupplement = [...institutions.values()]
    .filter((i) => i.placed.from === 'supplement')
    .map((i) => i.placed.name);
  log(`  placed from the supplement: ${fromSupplement.join('; ')}`);

  const noResearch = areaCodes.filter((c) => uoas.every((u) => sums21.fte.get(c, u) === 0));
  const noResearchLeps = noResearch.filter((c) => scope.areas.get(c)!.level === 'lep');
  const noResearchLads = noResearch.filter((c) => scope.areas.get(c)!.level === 'lad');
  log(
    `  no research submitted: ${noResearchLeps.length} LEPs (${noResearchLeps.map(nameOf).join(', ')}), ${noResearchLads.length} districts`,
  );

  const refRows = (sums: AreaSums, digits: number): AuditRow[] => {
    const rows: AuditRow[] = [];
    for (const code of areaCodes)
      for (const u of uoas)
        rows.push({
          areaCode: code,
          areaName: nameOf(code),
          sectorCode: String(u),
          sectorName: uoaNames.get(u)!,
          year: '2021',
          value: round(sums.get(code, u), digits),
          flag: null,
          ci95: null,
          row: 0,
        });
    return rows;
  };
  const facts: ResearchFacts = {
    institutions: institutions.size,
    outside: outside.size,
    ukFte,
    englandFte,
    noResearchLeps: noResearchLeps.map(nameOf),
    noResearchLads: noResearchLads.length,
    lepCount: scope.areas.size - 1 - [...scope.areas.values()].filter((a) => a.level === 'lad').length,
    ladCount: [...scope.areas.values()].filter((a) => a.level === 'lad').length,
    sharedDistricts: inp.sharedDistricts,
  };
  const csvs: ResearchOutput['csvs'] = [];
  const refDataset = (
    id: string,
    title: string,
    measure: string,
    unit: string,
    rows: AuditRow[],
    what: string[],
    extra: Partial<DatasetMeta> = {},
  ) => {
    csvs.push({
      meta: {
        id,
        title,
        measure,
        unit,
        file: `${id}.csv`,
        years: ['2021'],
        levels: ['country', 'lep', 'lad'],
        sectorCount: uoas.length,
        benchmark: ENGLAND_CODE,
        totals: `Area totals are the sum of the ${uoas.length} units of assessment; England is the sum of the ${institutions.size} English institutions.`,
        source: 'REF 2021, UK higher education funding bodies: results export (Overall quality profiles)',
        sourceUrl: 'https://results2021.ref.ac.uk/',
        release: 'Published 12 May 2022 (export dated 6 May 2022); census date 31 July 2020.',
        licence: 'REF results are published public sector information; boundaries: Open Government Licence v3.0',
        attribution: REF_ATTRIBUTION,
        caveats: [...what, ...(extra.measureKind === 'indicator' ? refRatioCaveats(facts) : refCaveats(facts, rows))],
        hasCi: false,
        group: 'Research (REF 2021)',
        sectorParent: uoaPanelParents(uoas),
        ...extra,
      },
      rows,
    });
  };
  refDataset(
    'ref2021-4star-fte',
    'World-leading (4*) research by subject (REF 2021)',
    'World-leading research volume (4* FTE)',
    '4* FTE',
    refRows(sums21.four, 4),
    [
      '4* FTE = FTE of staff submitted × % of the submission rated 4* (world-leading) ÷ 100: the volume of world-leading research, ' +
        "the basis of research funding. Its location quotient is the research LQ: the area's share of England's 4* FTE in the " +
        "subject over its share of England's 4* FTE in all subjects.",
    ],
  );
  refDataset(
    'ref2021-fte',
    'Research staff submitted by subject (REF 2021)',
    'Staff submitted (FTE)',
    'FTE',
    refRows(sums21.fte, 2),
    [
      'FTE of staff submitted: full-time equivalent research staff with significant responsibility for research, as returned to REF 2021.',
    ],
  );
  refDataset(
    'ref2021-research-power',
    'Research power by subject (REF 2021)',
    'Research power (GPA × FTE)',
    'GPA × FTE',
    refRows(sums21.power, 4),
    [
      'Research power = grade point average × FTE, where GPA = (4 × %4* + 3 × %3* + 2 × %2* + 1 × %1*) ÷ 100 (0 to 4). ' +
        "An area's GPA in a subject is its research power divided by its FTE.",
    ],
  );

  // GPA is a ratio (power / FTE), so it is an indicator: it does not add up across subjects, and an
  // area with no staff in a subject has no GPA there (an empty cell meaning "none", not missing).
  const gpaRows: AuditRow[] = refRows(sums21.power, 4).map((r) => {
    const fte = sums21.fte.get(r.areaCode, Number(r.sectorCode));
    return { ...r, value: fte > 0 ? round(sums21.power.get(r.areaCode, Number(r.sectorCode)) / fte, 3) : null };
  });
  refDataset(
    'ref2021-gpa',
    'Research quality: grade point average by subject (REF 2021)',
    'Grade point average (GPA, 0 to 4)',
    'GPA',
    gpaRows,
    [
      'Grade point average = (4 × %4* + 3 × %3* + 2 × %2* + 1 × %1*) ÷ 100, from 0 (all unclassified) to 4 (all world-leading): ' +
        "the quality of an area's research in a subject, whatever its size. An area's GPA is the FTE-weighted mean of its " +
        'submissions (research power ÷ FTE). Compare it with England, shown as the benchmark.',
      'An area with no staff submitted in a subject has no GPA there: it is shown as "None in this subject" (or "No research ' +
        'submitted" where the area has none at all), never as 0. A small submission can have a high or low GPA: read it beside the FTE.',
    ],
    {
      measureKind: 'indicator',
      emptyMeans: 'none',
      totals: `A GPA is an average, so it has no area total; England is the ${institutions.size} English institutions together.`,
    },
  );

  // Institutions file ------------------------------------------------------------------------------
  const instList = [...institutions.values()]
    .map(({ placed, subs: list }) => {
      const byUoa = new Map<number, Submission[]>();
      for (const s of list) byUoa.set(s.uoa, [...(byUoa.get(s.uoa) ?? []), s]);
      const uoaRows = [...byUoa]
        .sort((a, b) => a[0] - b[0])
        .map(([uoa, ss]) => {
          const fte = ss.reduce((t, s) => t + s.fte, 0);
          const four = ss.reduce((t, s) => t + fourStarFte(s), 0);
          const power = ss.reduce((t, s) => t + researchPower(s), 0);
          return {
            uoa,
            fte: round(fte, 2),
            fourStarFte: round(four),
            pct4: round((100 * four) / fte, 2),
            gpa: round(power / fte, 3),
            submissions: ss.length,
          };
        });
      const fte = uoaRows.reduce((t, r) => t + r.fte, 0);
      const four = list.reduce((t, s) => t + fourStarFte(s), 0);
      const power = list.reduce((t, s) => t + researchPower(s), 0);
      return {
        ukprn: placed.ukprn,
        name: placed.name,
        lon: round(placed.lon, 5),
        lat: round(placed.lat, 5),
        district: placed.district,
        leps: placed.leps,
        point: placed.from,
        fte: round(fte, 2),
        fourStarFte: round(four),
        pct4: round((100 * four) / fte, 2),
        gpa: round(power / fte, 3),
        uoas: uoaRows,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  // Sanity: GPA of a single profile as published (never above 4).
  for (const i of instList) if (!(i.gpa >= 0 && i.gpa <= 4)) throw new Error(`internal: GPA ${i.gpa} for ${i.name}`);

  // REF 2014 on comparable groups -------------------------------------------------------------------
  const subs14 = readRef2014(readSource(sourceDir, RESEARCH_FILES.ref2014), RESEARCH_FILES.ref2014);
  const groups = crosswalkGroups();
  const groupIndex = new Map<number, number>();
  groups.forEach((g, i) => g.uoa2014.forEach((u) => groupIndex.set(u, i)));
  const sums14 = { four: new AreaSums(groups.length), fte: new AreaSums(groups.length) };
  const outside14 = new Map<string, string>();
  let placed14 = 0;
  for (const s of subs14) {
    const special = REF2014_SPECIAL[s.ukprn];
    if (special?.outside) {
      outside14.set(s.institution, special.outside);
      continue;
    }
    const p = place(special?.ukprn ?? s.ukprn, s.institution, RESEARCH_FILES.ref2014);
    if (typeof p === 'string') {
      outside14.set(s.institution, p);
      continue;
    }
    placed14++;
    uoa2014To2021(s.uoa); // throws on a unit outside 1–36
    const gi = groupIndex.get(s.uoa)!;
    sums14.four.add(p, gi, fourStarFte(s));
    sums14.fte.add(p, gi, s.fte);
  }
  log(
    `REF 2014: ${subs14.length} submissions, ${placed14} in England on ${groups.length} comparable groups; ${outside14.size} institutions outside England`,
  );

  // UKRI ----------------------------------------------------------------------------------------------
  const ukri = buildUkri({
    records: readUkri(readSource(sourceDir, RESEARCH_FILES.ukri), RESEARCH_FILES.ukri),
    file: RESEARCH_FILES.ukri,
    refNames: [...subs, ...subs14],
    placeInstitution: (ukprn, name) => place(REF2014_SPECIAL[ukprn]?.ukprn ?? ukprn, name, RESEARCH_FILES.ukri),
    placeOwnPoint: (name, lon, lat) =>
      placePoint(name, lon, lat, districts, lepIndex, lookup.ladToLep, RESEARCH_FILES.ukri),
    areaCodes,
    nameOf,
    facts,
    log,
  });
  csvs.push(ukri.dataset);

  // Extras for the science-base profile ------------------------------------------------------------------
  const extras = {
    areas: areaCodes,
    ref2014: {
      groups: groups.map((g) => ({ key: g.key, uoa2021: g.uoa2021, uoa2014: g.uoa2014, note: g.note })),
      fourStarFte: areaCodes.map((c) => groups.map((_, i) => round(sums14.four.get(c, i)))),
      fte: areaCodes.map((c) => groups.map((_, i) => round(sums14.fte.get(c, i), 2))),
    },
    ukri: ukri.extras,
  };
  const institutionsJson = {
    caveat: HEAD_OFFICE_NOTE,
    attribution: REF_ATTRIBUTION,
    uoas: uoas.map((u) => ({ uoa: u, name: uoaNames.get(u), panel: panelOfUoa(u) })),
    outsideEngland: [...outside]
      .map(([name, where]) => ({ name, where }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en')),
    institutions: instList,
  };
  return {
    csvs,
    json: [
      { file: INSTITUTIONS_FILE, text: JSON.stringify(institutionsJson) + '\n' },
      { file: EXTRAS_FILE, text: JSON.stringify(extras) + '\n' },
    ],
  };
}
