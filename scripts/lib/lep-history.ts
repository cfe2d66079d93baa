// Every LEP code since 2011 (lep-code-history.csv): the importer names LEP codes of earlier years
// (retired codes) and says they will not draw, since ONS re-codes a LEP when its boundary changes.

import { SourceError } from './errors.ts';
import { readSourceCsv } from './csv.ts';
import { LEP_CODE } from './geo.ts';
import type { LepHistoryEntry } from '../../src/lib/import/code-systems.ts';

export const LEP_HISTORY_COLUMNS = [
  'local_enterprise_partnership_code',
  'local_enterprise_partnership_name',
  'date_of_introduction',
  'date_of_termination',
  'status',
] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the history; checks codes, dates and status, and that every live code is a May 2021 LEP. */
export function readLepHistory(text: string, file: string, lepNames: Map<string, string>): LepHistoryEntry[] {
  const table = readSourceCsv(text, file, LEP_HISTORY_COLUMNS);
  const out: LepHistoryEntry[] = [];
  for (const r of table.rows) {
    const code = r.get('local_enterprise_partnership_code');
    const name = r.get('local_enterprise_partnership_name');
    const from = r.get('date_of_introduction');
    const to = r.get('date_of_termination');
    const status = r.get('status');
    if (!LEP_CODE.test(code))
      throw new SourceError(file, `"${code}" is not a LEP code (E37…).`, r.row, 'local_enterprise_partnership_code');
    if (name === '')
      throw new SourceError(file, `LEP ${code} has no name.`, r.row, 'local_enterprise_partnership_name');
    for (const [d, col] of [
      [from, 'date_of_introduction'],
      [to, 'date_of_termination'],
    ] as const) {
      if (d !== '' && !DATE.test(d)) throw new SourceError(file, `"${d}" is not a date (YYYY-MM-DD).`, r.row, col);
    }
    if (status !== 'live' && status !== 'terminated')
      throw new SourceError(file, `status "${status}" is neither live nor terminated.`, r.row, 'status');
    if (status === 'live' && !lepNames.has(code))
      throw new SourceError(
        file,
        `live LEP ${code} is not in the LEP boundary file.`,
        r.row,
        'local_enterprise_partnership_code',
      );
    out.push({ code, name, from: from || null, to: to || null, live: status === 'live' });
  }
  return out;
}
