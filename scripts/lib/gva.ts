// ONS regional GVA (balanced) by industry for the 296 April-2023 districts, 1998–2023
// (gva/rgva-lad23-by-industry-1998-2023.csv). The 49 industry codes nest (GVA_PARENT); ONS gives
// districts only, so England and LEPs are sums of districts at current prices (a district in two
// LEPs counts in both). Chained-volume figures do not add up: districts only.

import type { AuditRow } from '../../src/lib/data/types.ts';
import { sectorTree, childCodes } from '../../src/lib/data/sector-tree.ts';
import { SourceError } from './errors.ts';
import { readSourceCsv } from './csv.ts';
import { ENGLAND_CODE, ENGLAND_NAME, type Lookup } from './geo.ts';

export const GVA_YEARS = Array.from({ length: 26 }, (_, i) => String(1998 + i));
export const GVA_COLUMNS = ['lad23cd', 'lad23nm', 'industry_code', 'industry_name', 'measure', ...GVA_YEARS];
export const CURRENT = 'GVA Current Prices £m';
export const VOLUME = 'GVA Constant Prices £m';
export const IMPUTED_RENT = '68IMP';

/**
 * The industry tree as ONS publishes it (child → parent), from gva/README.md: Total ⊃ three broad
 * sectors ⊃ sections ⊃ divisions. The build checks that every code is in the file and that children
 * add up to their parent within rounding.
 */
export const GVA_PARENT: Record<string, string> = {
  'A-E': 'Total',
  'F (41-43)': 'Total',
  'G-T': 'Total',
  'AB (1-9)': 'A-E',
  'C (10-33)': 'A-E',
  'DE (35-39)': 'A-E',
  'CA-CB (10-15)': 'C (10-33)',
  'CC (16-18)': 'C (10-33)',
  'CD-CG (19-23)': 'C (10-33)',
  'CH (24-25)': 'C (10-33)',
  'CI-CL (26-30)': 'C (10-33)',
  'CM (31-33)': 'C (10-33)',
  '41': 'F (41-43)',
  '42': 'F (41-43)',
  '43': 'F (41-43)',
  'G (45-47)': 'G-T',
  'H (49-53)': 'G-T',
  'I (55-56)': 'G-T',
  'J (58-63)': 'G-T',
  'K (64-66)': 'G-T',
  'L (68)': 'G-T',
  'M (69-75)': 'G-T',
  'N (77-82)': 'G-T',
  'O (84)': 'G-T',
  'P (85)': 'G-T',
  'Q (86-88)': 'G-T',
  'R (90-93)': 'G-T',
  'S (94-96)': 'G-T',
  'T (97-98)': 'G-T',
  '45': 'G (45-47)',
  '46': 'G (45-47)',
  '47': 'G (45-47)',
  '49-51': 'H (49-53)',
  '52-53': 'H (49-53)',
  '58-60': 'J (58-63)',
  '61-63': 'J (58-63)',
  '68IMP': 'L (68)',
  '68': 'L (68)',
  '69': 'M (69-75)',
  '70': 'M (69-75)',
  '71': 'M (69-75)',
  '72-75': 'M (69-75)',
  '77': 'N (77-82)',
  '78-80': 'N (77-82)',
  '81': 'N (77-82)',
  '82': 'N (77-82)',
  '94-95': 'S (94-96)',
  '96': 'S (94-96)',
};

export interface GvaRead {
  sectors: { code: string; name: string }[];
  /** District rows at current prices, then the sums (England, LEPs). */
  current: AuditRow[];
  /** District rows in chained volume (2022 money). */
  volume: AuditRow[];
  sourceRows: number;
  /** Empty source cells (suppressed by ONS) per measure. */
  suppressed: { current: number; volume: number };
  /** Sums that leave out a suppressed district (England) or cannot be made (a LEP). */
  sums: { partialEngland: number; suppressedLep: number };
  /** Largest gap between a parent and the sum of its children, England current prices, as a share of the parent. */
  worstGap: { parent: string; year: string; gap: number };
  /** England total GVA by year (current prices, £m). */
  englandTotal: Map<string, number>;
  /** Districts whose cells ONS suppresses, by name, for the caveats. */
  suppressedDistricts: Map<string, Set<string>>;
}

function emptyRow(area: string, areaName: string, sector: { code: string; name: string }, year: string): AuditRow {
  return {
    areaCode: area,
    areaName,
    sectorCode: sector.code,
    sectorName: sector.name,
    year,
    value: null,
    flag: null,
    ci95: null,
    row: 0,
  };
}

/**
 * Reads the GVA file. Districts must be exactly `districts` (the 2023 set), each with every industry
 * and both measures once. Empty cells are ONS suppressions ('suppressed'), never zero.
 */
export function readGva(
  text: string,
  file: string,
  districts: Map<string, string>,
  lookup: Lookup,
  lepNames: Map<string, string>,
): GvaRead {
  const table = readSourceCsv(text, file, GVA_COLUMNS);
  const sectors: { code: string; name: string }[] = [];
  const sectorSeen = new Map<string, string>();
  // cells[measure][district|sector] → 26 values (NaN = suppressed)
  const cells = { [CURRENT]: new Map<string, Float64Array>(), [VOLUME]: new Map<string, Float64Array>() } as Record<
    string,
    Map<string, Float64Array>
  >;
  const suppressed = { current: 0, volume: 0 };
  const suppressedDistricts = new Map<string, Set<string>>();
  for (const r of table.rows) {
    const lad = r.get('lad23cd');
    const measure = r.get('measure');
    const code = r.get('industry_code');
    const name = r.get('industry_name').trim();
    if (!districts.has(lad))
      throw new SourceError(
        file,
        `"${lad}" is not one of the ${districts.size} April-2023 English districts.`,
        r.row,
        'lad23cd',
      );
    if (!(measure in cells))
      throw new SourceError(
        file,
        `unknown measure "${measure}" (expected "${CURRENT}" or "${VOLUME}").`,
        r.row,
        'measure',
      );
    if (code === '') throw new SourceError(file, 'empty industry code.', r.row, 'industry_code');
    if (!sectorSeen.has(code)) {
      sectorSeen.set(code, name);
      sectors.push({ code, name });
    }
    const key = `${lad}|${code}`;
    if (cells[measure].has(key)) throw new SourceError(file, `${lad} ${code} "${measure}" appears twice.`, r.row);
    const v = new Float64Array(GVA_YEARS.length);
    GVA_YEARS.forEach((y, i) => {
      const t = r.get(y).trim();
      if (t === '') {
        v[i] = NaN;
        if (measure === CURRENT) suppressed.current++;
        else suppressed.volume++;
        if (measure === CURRENT) {
          let set = suppressedDistricts.get(code);
          if (!set) suppressedDistricts.set(code, (set = new Set()));
          set.add(districts.get(lad)!);
        }
        return;
      }
      const n = Number(t);
      if (!Number.isFinite(n)) throw new SourceError(file, `"${t}" is not a number.`, r.row, y);
      v[i] = n;
    });
    cells[measure].set(key, v);
  }
  // The tree must match the file: every code known, every parent present.
  const codes = sectors.map((s) => s.code);
  for (const c of codes)
    if (c !== 'Total' && !(c in GVA_PARENT))
      throw new SourceError(file, `industry "${c}" is not in the atlas's GVA industry tree.`);
  for (const c of Object.keys(GVA_PARENT))
    if (!sectorSeen.has(c)) throw new SourceError(file, `industry "${c}" of the GVA industry tree is not in the file.`);
  for (const m of [CURRENT, VOLUME]) {
    const want = districts.size * sectors.length;
    if (cells[m].size !== want)
      throw new SourceError(file, `"${m}": ${cells[m].size} district × industry rows where ${want} were expected.`);
  }

  const rowsOf = (m: string): AuditRow[] => {
    const out: AuditRow[] = [];
    for (const [lad, ladName] of districts) {
      for (const s of sectors) {
        const v = cells[m].get(`${lad}|${s.code}`)!;
        GVA_YEARS.forEach((y, i) => {
          const row = emptyRow(lad, ladName, s, y);
          if (v[i] === v[i]) row.value = v[i];
          else row.flag = 'suppressed';
          out.push(row);
        });
      }
    }
    return out;
  };
  const current = rowsOf(CURRENT);
  const volume = rowsOf(VOLUME);

  // Sums at current prices. A LEP lacking a district's figure has no figure (suppressed); England
  // is the sum of the districts that publish one, marked unreliable when any is left out.
  const sums = { partialEngland: 0, suppressedLep: 0 };
  const englandTotal = new Map<string, number>();
  const sumOf = (lads: string[], s: string, i: number) => {
    let sum = 0;
    let gaps = 0;
    for (const lad of lads) {
      const v = cells[CURRENT].get(`${lad}|${s}`)![i];
      if (v === v) sum += v;
      else gaps++;
    }
    return { sum, gaps };
  };
  const allLads = [...districts.keys()];
  const englandCells = new Map<string, Float64Array>();
  for (const s of sectors) {
    const e = new Float64Array(GVA_YEARS.length);
    GVA_YEARS.forEach((y, i) => {
      const { sum, gaps } = sumOf(allLads, s.code, i);
      const row = emptyRow(ENGLAND_CODE, ENGLAND_NAME, s, y);
      row.value = round(sum);
      e[i] = row.value;
      if (gaps > 0) {
        row.flag = 'unreliable';
        sums.partialEngland++;
      }
      if (s.code === 'Total') englandTotal.set(y, row.value);
      current.push(row);
    });
    englandCells.set(s.code, e);
  }
  for (const [lep, lads] of Object.entries(lookup.lepToLads)) {
    for (const s of sectors) {
      GVA_YEARS.forEach((y, i) => {
        const { sum, gaps } = sumOf(lads, s.code, i);
        const row = emptyRow(lep, lepNames.get(lep)!, s, y);
        if (gaps > 0) {
          row.flag = 'suppressed';
          sums.suppressedLep++;
        } else row.value = round(sum);
        current.push(row);
      });
    }
  }

  // Children add up to their parent (England, every year): the tree is right.
  const tree = sectorTree(codes, GVA_PARENT);
  let worstGap = { parent: '', year: '', gap: 0 };
  for (const parent of codes) {
    const kids = childCodes(tree, parent);
    if (kids.length === 0) continue;
    GVA_YEARS.forEach((y, i) => {
      const p = englandCells.get(parent)![i];
      let sum = 0;
      for (const k of kids) sum += englandCells.get(k)![i];
      const gap = Math.abs(sum - p) / p;
      if (gap > worstGap.gap) worstGap = { parent, year: y, gap };
    });
  }
  // Partial England sums (Cornwall and the Isles of Scilly suppressed) are a little low; anything
  // beyond 2% means the tree is wrong.
  if (worstGap.gap > 0.02) {
    throw new SourceError(
      file,
      `the children of "${worstGap.parent}" add up to ${(worstGap.gap * 100).toFixed(1)}% away from it in ${worstGap.year}: the industry tree does not match the file.`,
    );
  }
  return {
    sectors,
    current,
    volume,
    sourceRows: table.rows.length,
    suppressed,
    sums,
    worstGap,
    englandTotal,
    suppressedDistricts,
  };
}

/** Sums of whole £m stay whole; guard against float dust from adding. */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
