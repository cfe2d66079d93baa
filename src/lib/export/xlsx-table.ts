// Browser: a download as an .xlsx with two sheets, as ONS lays out its own: "Data" (the table, its
// column names on row 1, numbers as numbers, missing left empty) and "Notes" (what it is, where it
// came from, what each column holds). write-excel-file is loaded with this module, on demand.
import writeExcelFile from 'write-excel-file/browser';
import { notesPairs, type DataTable } from './csv-download';

export async function tableXlsx(t: DataTable): Promise<Blob> {
  const header = t.headers.map((h) => ({ value: h, fontWeight: 'bold' as const }));
  const data = t.rows.map((r) => r.map((v) => (v === null || v === undefined || v === '' ? null : v)));
  const notes = notesPairs(t).map(([k, v]) => [
    { value: k, fontWeight: 'bold' as const },
    { value: v, wrap: true },
  ]);
  return writeExcelFile([
    {
      sheet: 'Data',
      data: [header, ...data],
      columns: t.headers.map((h) => ({ width: Math.max(12, Math.min(40, h.length + 2)) })),
      stickyRowsCount: 1,
    },
    { sheet: 'Notes', data: notes, columns: [{ width: 28 }, { width: 100 }] },
  ]).toBlob();
}
