// The data behind the pack: one spreadsheet sheet per section, holding its sentences and its tables
// with numbers as numbers (missing left empty, never 0), ready for write-excel-file.
import type { Block, Cell, Pack, PackTable } from './types';
import { excelFormat } from './cells';

/** A number with the places its table shows it to, as an Excel number format. */
export interface FormattedNumber {
  value: number;
  format: string;
}
export type SheetCell = Cell | FormattedNumber;

export interface PackSheet {
  /** Sheet name: at most 31 characters, none of : \ / ? * [ ] (Excel's rules). */
  name: string;
  rows: SheetCell[][];
}

export function sheetName(title: string): string {
  return title
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 31)
    .trim();
}

/** A table's rows: each number keeps its full value and shows its column's places, as on screen. */
function tableRows(t: PackTable): SheetCell[][] {
  return t.rows.map((r) =>
    r.map((v, i) => {
      const d = t.digits[i];
      return typeof v === 'number' && Number.isFinite(v) && d != null ? { value: v, format: excelFormat(d) } : v;
    }),
  );
}

function blockRows(b: Block): SheetCell[][] {
  switch (b.kind) {
    case 'heading':
      return [[], [b.text]];
    case 'claim':
      return [[b.claim.text, b.claim.figure]];
    case 'text':
    case 'empty':
      return [[b.text]];
    case 'list':
      return b.items.map((i) => [i]);
    case 'chart':
      return [[`Chart: ${b.title} (its figures are in the table below)`]];
    case 'table':
      return [[], [b.table.caption], b.table.columns, ...tableRows(b.table)];
  }
}

export function packSheets(pack: Pack): PackSheet[] {
  return pack.sections.map((s) => ({
    name: sheetName(s.title),
    rows: [
      [`${pack.title}: ${s.title}`],
      [`${pack.area.name} (${pack.area.code}), made ${pack.date}`],
      [],
      ...s.blocks.flatMap(blockRows),
    ],
  }));
}
