// Which code system each area code of an imported file belongs to, and whether the atlas can draw
// it. The atlas has boundaries for the May 2021 LEPs and the local authority districts of December
// 2021 (and of April 2023, for files with the 2023 unitaries). A person's file may use LEP codes of
// earlier years, district codes of other years, ITL or NUTS codes, small areas, wards, counties or
// regions: the import report names the system, how many codes of each, and what will not draw and why.
// Pure: the reference lists (LEPs, districts, LEP code history) come from the data build.

import { groupText, monthYear } from './code-system-words';

export { mapSentence } from './code-system-words';

/** One LEP code in ONS's history (from lep-code-history.csv, carried in the lookup file). */
export interface LepHistoryEntry {
  code: string;
  name: string;
  /** ISO dates, null when in use since the first LEP codes (2011) or still in use. */
  from: string | null;
  to: string | null;
  live: boolean;
}

/** What the atlas has boundaries for, as the recogniser needs it (serialisable: it goes to the worker). */
export interface CodeReference {
  /** The May 2021 LEPs: code → name. */
  leps: Record<string, string>;
  /** The English districts of December 2021. */
  lads: readonly string[];
  /** April 2023: each new unitary → the 2021 districts it replaced, and the new names. */
  lad23?: { replaces: Record<string, string[]>; names: Record<string, string> } | null;
  /** Every LEP code since 2011 (may be absent when the data build had no history file). */
  lepHistory?: readonly LepHistoryEntry[];
}

export type CodeSystem =
  | 'national'
  | 'lep-2021'
  | 'lep-earlier'
  | 'lad-2021'
  | 'lad-2023'
  | 'lad-merged-2023'
  | 'lad-other-year'
  | 'lad-outside-england'
  | 'itl1'
  | 'itl2'
  | 'itl3'
  | 'nuts1'
  | 'nuts2'
  | 'nuts3'
  | 'msoa'
  | 'lsoa'
  | 'oa'
  | 'ward'
  | 'county'
  | 'region'
  | 'country'
  | 'ons-other'
  | 'unrecognised';

export interface CodeGroup {
  system: CodeSystem;
  /** The system in words, e.g. "ITL3 areas (International Territorial Levels)". */
  label: string;
  count: number;
  /** True when every code of the group draws on the map. */
  draws: boolean;
  /** What happens to these codes on the map, and why, as one sentence. */
  sentence: string;
  /** The first few codes (every one for LEP codes of earlier years), with a note where one helps. */
  examples: { code: string; name: string; note?: string }[];
}

export interface CodeRecognition {
  /** Groups in a fixed order (drawn first), only those the file has. */
  groups: CodeGroup[];
  /** 'lad23' when the file has codes of the April 2023 unitaries: it draws on the 2023 districts. */
  districts: 'lad21' | 'lad23';
  /** Codes that draw on the map, and the national rows (benchmarks). */
  drawn: Set<string>;
  /** Areas that are neither drawn nor a national row. */
  notDrawn: number;
}

/** National rows: a benchmark, not an area on the map. */
export const NATIONAL_CODES: Readonly<Record<string, string>> = {
  E92000001: 'England',
  K02000001: 'United Kingdom',
  K03000001: 'Great Britain',
};

const GSS = /^[EWSNK]\d{8}$/;
const ITL = /^TL[C-N](\d(\d|[A-Z])?)?$/;
const NUTS = /^UK[C-N](\d(\d|[A-Z])?)?$/;

/** GSS entity codes the atlas has no boundaries for, by system. */
const GSS_SYSTEMS: Readonly<Record<string, CodeSystem>> = {
  E00: 'oa',
  W00: 'oa',
  E01: 'lsoa',
  W01: 'lsoa',
  E02: 'msoa',
  W02: 'msoa',
  E05: 'ward',
  W05: 'ward',
  S13: 'ward',
  N08: 'ward',
  E10: 'county',
  E11: 'county',
  E13: 'county',
  E12: 'region',
  E92: 'country',
  W92: 'country',
  S92: 'country',
  N92: 'country',
  K02: 'country',
  K03: 'country',
  K04: 'country',
  W06: 'lad-outside-england',
  S12: 'lad-outside-england',
  N09: 'lad-outside-england',
};

const ORDER: CodeSystem[] = [
  'lep-2021',
  'lad-2021',
  'lad-2023',
  'national',
  'lep-earlier',
  'lad-merged-2023',
  'lad-other-year',
  'lad-outside-england',
  'itl1',
  'itl2',
  'itl3',
  'nuts1',
  'nuts2',
  'nuts3',
  'region',
  'county',
  'ward',
  'msoa',
  'lsoa',
  'oa',
  'country',
  'ons-other',
  'unrecognised',
];

/** The code system of one (normalised, upper-case) code, with the district set the file draws on. */
export function codeSystemOf(
  code: string,
  ref: CodeReference,
  districts: 'lad21' | 'lad23' = 'lad21',
  lads21?: ReadonlySet<string>,
): CodeSystem {
  if (code in NATIONAL_CODES) return 'national';
  if (ITL.test(code)) return (['itl1', 'itl2', 'itl3'] as const)[code.length - 3];
  if (NUTS.test(code)) return (['nuts1', 'nuts2', 'nuts3'] as const)[code.length - 3];
  if (!GSS.test(code)) return 'unrecognised';
  const prefix = code.slice(0, 3);
  if (prefix === 'E37') return code in ref.leps ? 'lep-2021' : 'lep-earlier';
  if (prefix === 'E06' || prefix === 'E07' || prefix === 'E08' || prefix === 'E09') {
    const replaces = ref.lad23?.replaces ?? {};
    if (code in replaces) return 'lad-2023';
    const inLad21 = lads21 ? lads21.has(code) : ref.lads.includes(code);
    if (!inLad21) return 'lad-other-year';
    if (districts === 'lad23' && Object.values(replaces).some((parts) => parts.includes(code)))
      return 'lad-merged-2023';
    return 'lad-2021';
  }
  return GSS_SYSTEMS[prefix] ?? 'ons-other';
}

/**
 * Group a file's areas by code system. `maxExamples` (default 12) caps each group's examples,
 * except LEP codes of earlier years, which are few and each named with when it changed.
 */
export function recogniseCodes(
  areas: readonly { code: string; name: string }[],
  ref: CodeReference,
  options: { maxExamples?: number } = {},
): CodeRecognition {
  const max = options.maxExamples ?? 12;
  const replaces = ref.lad23?.replaces ?? {};
  const districts: 'lad21' | 'lad23' = areas.some((a) => a.code in replaces) ? 'lad23' : 'lad21';
  const lads21 = new Set(ref.lads);
  const groups = new Map<string, CodeGroup & { prefix: string }>();
  const drawn = new Set<string>();
  let notDrawn = 0;
  let hasEarlierLeps = false;
  const systems = areas.map((a) => {
    const s = codeSystemOf(a.code, ref, districts, lads21);
    if (s === 'lep-earlier') hasEarlierLeps = true;
    return s;
  });

  // The LEP history: the entry for a retired code, and the live code of the same name.
  const history = ref.lepHistory ?? [];
  const retired = new Map<string, LepHistoryEntry>();
  for (const h of history) if (!h.live && !(h.code in ref.leps)) retired.set(h.code, h);
  const liveByName = new Map<string, string>();
  for (const [code, name] of Object.entries(ref.leps)) liveByName.set(name.toLowerCase(), code);
  const mergedInto = new Map<string, string>();
  for (const [code, parts] of Object.entries(replaces)) for (const p of parts) mergedInto.set(p, code);

  areas.forEach((a, i) => {
    const system = systems[i];
    const prefix = system === 'ons-other' ? a.code.slice(0, 3) : '';
    const key = system + prefix;
    let g = groups.get(key);
    if (!g) {
      const t = groupText(system, districts, hasEarlierLeps, prefix);
      const draws = system === 'lep-2021' || system === 'lad-2021' || system === 'lad-2023';
      groups.set(key, (g = { system, label: t.label, count: 0, draws, sentence: '', examples: [], prefix }));
    }
    g.count++;
    if (g.draws || system === 'national') drawn.add(a.code);
    else notDrawn++;
    if (system === 'lep-earlier') {
      const h = retired.get(a.code);
      let note: string;
      if (!h) note = 'not a LEP code in ONS’s history of LEP codes';
      else {
        const successor = liveByName.get(h.name.toLowerCase());
        note =
          (h.name.toLowerCase() !== a.name.trim().toLowerCase() ? `ONS name ${h.name}; ` : '') +
          (h.to ? `code retired ${monthYear(h.to)}` : 'code since retired') +
          (successor ? `; the May 2021 LEP of that name is ${successor}` : '');
      }
      g.examples.push({ code: a.code, name: a.name, note });
    } else if (g.examples.length < max) {
      const into = system === 'lad-merged-2023' ? mergedInto.get(a.code) : undefined;
      g.examples.push(
        into
          ? { code: a.code, name: a.name, note: `now part of ${ref.lad23?.names[into] ?? into} (${into})` }
          : { code: a.code, name: a.name },
      );
    }
  });

  const out: CodeGroup[] = [];
  for (const g of groups.values()) {
    const { prefix, ...rest } = g;
    rest.sentence = groupText(g.system, districts, hasEarlierLeps, prefix).sentence(g.count);
    out.push(rest);
  }
  out.sort((x, y) => ORDER.indexOf(x.system) - ORDER.indexOf(y.system) || x.label.localeCompare(y.label));
  return { groups: out, districts, drawn, notDrawn };
}

/** The reference lists from the lookup file the data build writes (lad-lep-lookup.json). */
export function referenceFromLookup(lookup: {
  ladToLep: Record<string, string[]>;
  lepToLads: Record<string, string[]>;
  names?: Record<string, string>;
  lad23?: CodeReference['lad23'];
  lepHistory?: readonly LepHistoryEntry[];
}): CodeReference {
  const leps: Record<string, string> = {};
  for (const code of Object.keys(lookup.lepToLads)) leps[code] = lookup.names?.[code] ?? code;
  return {
    leps,
    lads: Object.keys(lookup.ladToLep),
    lad23: lookup.lad23 ?? null,
    lepHistory: lookup.lepHistory ?? [],
  };
}
