// The institutions file the map's symbols and the profile's lists read: each English institution's
// point, district and LEPs with its REF 2021 figures overall and by unit of assessment.
import { fourStarFte, researchPower } from '../../../src/lib/metrics/research.ts';
import { panelOfUoa } from '../../../src/lib/research/uoa.ts';
import { round } from './area-sums.ts';
import type { Submission } from './ref.ts';
import type { Ref2021Sums } from './ref2021-sums.ts';
import { HEAD_OFFICE_NOTE, REF_ATTRIBUTION } from './research-meta.ts';

export const INSTITUTIONS_FILE = 'research-institutions.json';

/** FTE, 4* FTE, % 4* and GPA of a set of submissions. */
function figures(list: Submission[]) {
  const fte = list.reduce((t, s) => t + s.fte, 0);
  const four = list.reduce((t, s) => t + fourStarFte(s), 0);
  const power = list.reduce((t, s) => t + researchPower(s), 0);
  return { fte, four, power };
}

export function institutionsJson(ref: Ref2021Sums) {
  const instList = [...ref.institutions.values()]
    .map(({ placed, subs: list }) => {
      const byUoa = new Map<number, Submission[]>();
      for (const s of list) byUoa.set(s.uoa, [...(byUoa.get(s.uoa) ?? []), s]);
      const uoaRows = [...byUoa]
        .sort((a, b) => a[0] - b[0])
        .map(([uoa, ss]) => {
          const { fte, four, power } = figures(ss);
          return {
            uoa,
            fte: round(fte, 2),
            fourStarFte: round(four),
            pct4: round((100 * four) / fte, 2),
            gpa: round(power / fte, 3),
            submissions: ss.length,
          };
        });
      // The institution's FTE is the sum of its rounded unit rows.
      const fte = uoaRows.reduce((t, r) => t + r.fte, 0);
      const { four, power } = figures(list);
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
  return {
    caveat: HEAD_OFFICE_NOTE,
    attribution: REF_ATTRIBUTION,
    uoas: ref.uoas.map((u) => ({ uoa: u, name: ref.uoaNames.get(u), panel: panelOfUoa(u) })),
    outsideEngland: [...ref.outside]
      .map(([name, where]) => ({ name, where }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en')),
    institutions: instList,
  };
}
