// Writing canonical rows with the app's own writer, and checking them with the app's own parser:
// the build must produce files the browser accepts.

import { parseAuditCsv } from '../../src/lib/data/parse.ts';
import { writeCanonicalCsv } from '../../src/lib/data/write-csv.ts';
import type { AuditRow } from '../../src/lib/data/types.ts';

export { writeCanonicalCsv };

/**
 * Writes `rows` as a canonical CSV and re-reads it with parseAuditCsv. Throws if the parser reports any
 * error or accepts a different number of rows; returns the text and the parser's warnings.
 */
export function writeChecked(rows: AuditRow[], file: string): { text: string; warnings: string[]; parsed: AuditRow[] } {
  const text = writeCanonicalCsv(rows);
  const result = parseAuditCsv(text, { fileName: file });
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 || result.rows.length !== rows.length) {
    const first = errors.slice(0, 5).map((p) => `  ${p.message}`);
    throw new Error(
      `public/data/${file}: the app's parser rejects the file the build wrote ` +
        `(${errors.length} errors, ${result.rows.length} of ${rows.length} rows accepted)` +
        (first.length ? `:\n${first.join('\n')}` : '.'),
    );
  }
  return {
    text,
    warnings: result.problems.filter((p) => p.severity === 'warning').map((p) => p.message),
    parsed: result.rows,
  };
}

/** Orders rows by area (in `areaOrder`), then sector (in `sectorOrder`), then year. */
export function sortRows(rows: AuditRow[], areaOrder: string[], sectorOrder: string[]): AuditRow[] {
  const ai = new Map(areaOrder.map((c, i) => [c, i]));
  const si = new Map(sectorOrder.map((c, i) => [c, i]));
  return [...rows].sort(
    (a, b) =>
      ai.get(a.areaCode)! - ai.get(b.areaCode)! ||
      si.get(a.sectorCode)! - si.get(b.sectorCode)! ||
      (a.year < b.year ? -1 : a.year > b.year ? 1 : 0),
  );
}
