// REF 2014 summed over areas on the groups of units that compare with 2021 (the crosswalk), for the
// change in the science-base profile.
import { fourStarFte } from '../../../src/lib/metrics/research.ts';
import { crosswalkGroups, uoa2014To2021 } from '../../../src/lib/research/crosswalk.ts';
import { AreaSums } from './area-sums.ts';
import type { Submission } from './ref.ts';
import { REF2014_SPECIAL, RESEARCH_FILES, type Placer } from './research-place.ts';

export function sumRef2014(subs14: Submission[], placer: Placer, log: (line: string) => void) {
  const groups = crosswalkGroups();
  const groupIndex = new Map<number, number>();
  groups.forEach((g, i) => g.uoa2014.forEach((u) => groupIndex.set(u, i)));
  const sums = { four: new AreaSums(groups.length), fte: new AreaSums(groups.length) };
  const outside14 = new Map<string, string>();
  let placed14 = 0;
  for (const s of subs14) {
    const special = REF2014_SPECIAL[s.ukprn];
    if (special?.outside) {
      outside14.set(s.institution, special.outside);
      continue;
    }
    const p = placer.place(special?.ukprn ?? s.ukprn, s.institution, RESEARCH_FILES.ref2014);
    if (typeof p === 'string') {
      outside14.set(s.institution, p);
      continue;
    }
    placed14++;
    uoa2014To2021(s.uoa); // throws on a unit outside 1–36
    const gi = groupIndex.get(s.uoa)!;
    sums.four.add(p, gi, fourStarFte(s));
    sums.fte.add(p, gi, s.fte);
  }
  log(
    `REF 2014: ${subs14.length} submissions, ${placed14} in England on ${groups.length} comparable groups; ${outside14.size} institutions outside England`,
  );
  return { groups, sums };
}
