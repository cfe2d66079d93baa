// REF 2021 summed over areas: each English submission's 4* FTE, FTE and research power added to its
// institution's district, LEPs and England, with the checks on the file's units of assessment and
// the figures the caveats quote (ResearchFacts).
import { fourStarFte, researchPower } from '../../../src/lib/metrics/research.ts';
import { panelOfUoa } from '../../../src/lib/research/uoa.ts';
import { SourceError } from '../errors.ts';
import { ENGLAND_CODE } from '../geo.ts';
import type { Scope } from '../scope.ts';
import { AreaSums } from './area-sums.ts';
import type { Submission } from './ref.ts';
import type { ResearchFacts } from './research-meta.ts';
import { RESEARCH_FILES, type Placer, type Placed } from './research-place.ts';

export interface Ref2021Sums {
  /** The 34 units of assessment in order, and their names. */
  uoas: number[];
  uoaNames: Map<number, string>;
  /** English institutions by UKPRN, with their submissions. */
  institutions: Map<string, { placed: Placed; subs: Submission[] }>;
  /** Institutions outside England, with where they are. */
  outside: Map<string, string>;
  sums: { four: AreaSums; fte: AreaSums; power: AreaSums };
  facts: ResearchFacts;
}

/** The units of assessment of the file by number, checked: one name each, the expected panel, 34 of them. */
function uoaNamesOf(subs: Submission[]): Map<number, string> {
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
  return uoaNames;
}

export function sumRef2021(
  subs: Submission[],
  placer: Placer,
  scope: Scope,
  sharedDistricts: string[],
  log: (line: string) => void,
): Ref2021Sums {
  const uoaNames = uoaNamesOf(subs);
  const uoas = [...uoaNames.keys()].sort((a, b) => a - b);
  const institutions = new Map<string, { placed: Placed; subs: Submission[] }>();
  const outside = new Map<string, string>();
  const sums = { four: new AreaSums(35), fte: new AreaSums(35), power: new AreaSums(35) };
  let ukFte = 0;
  for (const s of subs) {
    ukFte += s.fte;
    const p = placer.place(s.ukprn, s.institution, RESEARCH_FILES.ref2021);
    if (typeof p === 'string') {
      outside.set(s.institution, p);
      continue;
    }
    let inst = institutions.get(s.ukprn);
    if (!inst) institutions.set(s.ukprn, (inst = { placed: p, subs: [] }));
    inst.subs.push(s);
    sums.four.add(p, s.uoa, fourStarFte(s));
    sums.fte.add(p, s.uoa, s.fte);
    sums.power.add(p, s.uoa, researchPower(s));
  }
  const englandFte = uoas.reduce((t, u) => t + sums.fte.get(ENGLAND_CODE, u), 0);
  const englandFour = uoas.reduce((t, u) => t + sums.four.get(ENGLAND_CODE, u), 0);
  log(
    `REF 2021: ${subs.length} submissions (Overall profiles), ${new Set(subs.map((s) => s.ukprn)).size} institutions, UK FTE ${ukFte.toFixed(2)}; ` +
      `${institutions.size} English institutions placed (FTE ${englandFte.toFixed(2)}, 4* FTE ${englandFour.toFixed(2)}); ` +
      `${outside.size} outside England`,
  );
  const fromSupplement = [...institutions.values()]
    .filter((i) => i.placed.from === 'supplement')
    .map((i) => i.placed.name);
  log(`  placed from the supplement: ${fromSupplement.join('; ')}`);

  const nameOf = (code: string) => scope.areas.get(code)!.name;
  const noResearch = [...scope.areas.keys()].filter((c) => uoas.every((u) => sums.fte.get(c, u) === 0));
  const noResearchLeps = noResearch.filter((c) => scope.areas.get(c)!.level === 'lep');
  const noResearchLads = noResearch.filter((c) => scope.areas.get(c)!.level === 'lad');
  log(
    `  no research submitted: ${noResearchLeps.length} LEPs (${noResearchLeps.map(nameOf).join(', ')}), ${noResearchLads.length} districts`,
  );
  const ladCount = [...scope.areas.values()].filter((a) => a.level === 'lad').length;
  const facts: ResearchFacts = {
    institutions: institutions.size,
    outside: outside.size,
    ukFte,
    englandFte,
    noResearchLeps: noResearchLeps.map(nameOf),
    noResearchLads: noResearchLads.length,
    lepCount: scope.areas.size - 1 - ladCount,
    ladCount,
    sharedDistricts,
  };
  return { uoas, uoaNames, institutions, outside, sums, facts };
}
