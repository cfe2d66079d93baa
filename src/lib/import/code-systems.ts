// Which code system each area code of an imported file belongs to, and whether the atlas can draw
// it. The atlas has boundaries for the May 2021 LEPs and the local authority districts of December
// 2021 (and of April 2023, for files with the 2023 unitaries). A person's file may use LEP codes of
// earlier years, district codes of other years, ITL or NUTS codes, small areas, wards, counties or
// regions: the import report names the system, how many codes of each, and what will not draw and why.
// Pure: the reference lists (LEPs, districts, LEP code history) come from the data build.

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

const plural = (n: number, one: string, many = one + 's') => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** "2017-04-01" → "April 2017". */
function monthYear(iso: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `${months[+m[2] - 1] ?? ''} ${m[1]}`.trim();
}

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

interface GroupText {
  label: string;
  sentence: (n: number) => string;
}

function groupText(system: CodeSystem, districts: 'lad21' | 'lad23', hasEarlierLeps: boolean, prefix = ''): GroupText {
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
        : `None of the ${n.toLocaleString('en-GB')} areas in this file${national} can be drawn on the map`
      : `${drawn.toLocaleString('en-GB')} of the ${n.toLocaleString('en-GB')} areas in this file${national} ${drawn === 1 ? 'draws' : 'draw'} on the map; ` +
        `${r.notDrawn.toLocaleString('en-GB')} ${r.notDrawn === 1 ? 'does' : 'do'} not`;
  return `${start}: ${list}. ${r.notDrawn === 1 ? 'It still appears' : 'They still appear'} in charts and tables.`;
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
