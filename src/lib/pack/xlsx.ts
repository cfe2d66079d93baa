// Browser: the pack's sheets as one .xlsx (write-excel-file, loaded on demand with this module).
import writeExcelFile from 'write-excel-file/browser';
import type { Pack } from './types';
import { packSheets } from './sheets';

export async function packXlsx(pack: Pack): Promise<Blob> {
  const sheets = packSheets(pack).map((s) => ({
    sheet: s.name,
    data: s.rows.map((r) =>
      r.map((v) => (v === null || v === '' || (typeof v === 'number' && !Number.isFinite(v)) ? null : v)),
    ),
    columns: [{ width: 60 }, ...Array.from({ length: 8 }, () => ({ width: 18 }))],
  }));
  return writeExcelFile(sheets).toBlob();
}
