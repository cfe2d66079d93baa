// Writing canonical rows, and checking them with the app's own parser.
// Uses src/lib/data/write-csv.ts and parse.ts when they exist (they are written alongside this build);
// until then a local writer of the same format is used and the re-read check is skipped with a note.

import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';
import { CANONICAL_COLUMNS, type AuditRow, type ParseResult } from '../../src/lib/data/types.ts';

const DATA_LIB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/lib/data');

type Writer = (rows: AuditRow[]) => string;
type Parser = (text: string) => ParseResult;

async function load<T>(file: string, name: string): Promise<T | null> {
  const full = path.join(DATA_LIB, file);
  if (!fs.existsSync(full)) return null;
  const mod = (await import(pathToFileURL(full).href)) as Record<string, unknown>;
  return typeof mod[name] === 'function' ? (mod[name] as T) : null;
}

export async function loadAppCsv(): Promise<{ write: Writer; writerName: string; parse: Parser | null }> {
  const write = await load<Writer>('write-csv.ts', 'writeCanonicalCsv');
  const parse = await load<Parser>('parse.ts', 'parseAuditCsv');
  return write
    ? { write, writerName: 'writeCanonicalCsv', parse }
    : { write: writeCsvLocal, writerName: 'local writer', parse };
}

function cell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Canonical CSV: CANONICAL_COLUMNS header, RFC 4180 quoting, `\n` line ends, empty cells for nulls. */
export function writeCsvLocal(rows: AuditRow[]): string {
  const out: string[] = [CANONICAL_COLUMNS.join(',')];
  for (const r of rows) {
    out.push(
      [
        cell(r.areaCode),
        cell(r.areaName),
        cell(r.sectorCode),
        cell(r.sectorName),
        cell(r.year),
        r.value === null ? '' : String(r.value),
        r.flag ?? '',
        r.ci95 === null ? '' : String(r.ci95),
      ].join(','),
    );
  }
  return out.join('\n') + '\n';
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
