// A small reader of the GVA industry leaves for the relatedness backtest (issue 12), until the GVA
// dataset of issue 11 lands in the data build; then this file goes and the backtest reads that.
//
// The 49 industry codes form a tree (gva/README.md): never sum every row. The leaves are the codes
// with no children, listed below from the README's tree. Owner-occupiers' imputed rent (68IMP) is
// left out: it is not market output, it follows housing tenure rather than any business, and it
// would make most districts "specialised" in something no policy can grow. Current prices only
// (chained-volume figures do not add across areas or industries).
import type { AuditRow } from '../../src/lib/data/types.ts';
import { readSourceCsv } from './csv.ts';
import { SourceError } from './errors.ts';

export const GVA_FILE = 'gva/rgva-lad23-by-industry-1998-2023.csv';
export const GVA_MEASURE = 'GVA Current Prices £m';
export const IMPUTED_RENT = '68IMP';

/** Industry codes with no children in the ONS tree (2-digit divisions or sections that are not split). */
export const GVA_LEAVES = [
  'AB (1-9)', 'CA-CB (10-15)', 'CC (16-18)', 'CD-CG (19-23)', 'CH (24-25)', 'CI-CL (26-30)', 'CM (31-33)',
  'DE (35-39)', '41', '42', '43', '45', '46', '47', '49-51', '52-53', 'I (55-56)', '58-60', '61-63',
  'K (64-66)', '68IMP', '68', '69', '70', '71', '72-75', '77', '78-80', '81', '82', 'O (84)', 'P (85)',
  'Q (86-88)', 'R (90-93)', '94-95', '96', 'T (97-98)',
] as const;

/** Canonical rows (value £m, empty = suppressed) of every district × leaf × year, 68IMP left out. */
export function readGvaLeaves(text: string, file = GVA_FILE): { rows: AuditRow[]; years: string[] } {
  const table = readSourceCsv(text, file, ['lad23cd', 'lad23nm', 'industry_code', 'industry_name', 'measure']);
  const years = table.columns.filter((c) => /^\d{4}$/.test(c));
  if (years.length === 0) throw new SourceError(file, 'has no year columns (1998, 1999 …).', 1);
  const leaves = new Set<string>(GVA_LEAVES.filter((c) => c !== IMPUTED_RENT));
  const seen = new Set<string>();
  const rows: AuditRow[] = [];
  for (const r of table.rows) {
    const code = r.get('industry_code');
    if (r.get('measure') !== GVA_MEASURE || !leaves.has(code)) continue;
    seen.add(code);
    for (const year of years) {
      const text = r.get(year);
      const value = text === '' ? null : Number(text);
      // GVA can be negative (one cell: Southampton, agriculture and mining, 2022, −£1m): kept, it is
      // a published figure, and an LQ below 0 is simply "no specialisation".
      if (value !== null && !Number.isFinite(value)) {
        throw new SourceError(file, `"${text}" is not a GVA figure.`, r.row, year);
      }
      rows.push({
        areaCode: r.get('lad23cd'),
        areaName: r.get('lad23nm'),
        sectorCode: code,
        sectorName: r.get('industry_name'),
        year,
        value,
        flag: value === null ? 'suppressed' : null,
        ci95: null,
        row: r.row,
      });
    }
  }
  const absent = [...leaves].filter((c) => !seen.has(c));
  if (absent.length) throw new SourceError(file, `has no "${GVA_MEASURE}" rows for ${absent.join(', ')}.`);
  return { rows, years };
}

/** GVA per job (£) by district code, one year, from the productivity file. */
export function readGvaPerJob(text: string, year: string, file = 'gva/productivity-lad23-2002-2022.csv'): Map<string, number> {
  const table = readSourceCsv(text, file, ['lad23cd', 'lad23nm', 'measure', year]);
  const out = new Map<string, number>();
  for (const r of table.rows) {
    if (r.get('measure') !== 'GVA per job (£)') continue;
    const v = r.get(year);
    if (v !== '' && Number.isFinite(Number(v))) out.set(r.get('lad23cd'), Number(v));
  }
  return out;
}
