// Property-based tests of reading a user's file: on any generated file, nothing throws and every row
// is used or reported.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAuditCsv } from '../../src/lib/data/parse';
import { collectRecords, rejectedRowNumbers } from '../../src/lib/import/convert';
import type { ParseResult } from '../../src/lib/data/types';
import { importText } from './import-helpers';

/** Cells that exercise the reader: codes, numbers, markers, quotes, delimiters, line breaks. */
const cellArb = fc.oneof(
  fc.constantFrom(
    'E06000001',
    'E92000001',
    'C',
    'Manufacturing',
    '2021',
    '2021/22',
    '1,234',
    '12%',
    '..',
    'x',
    '-',
    '',
    ' 7 ',
    'abc',
    '"',
    '""',
    'a"b',
    '\n',
    ';',
    '\t',
  ),
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -10, max: 100000 }).map(String),
);
const quoteCell = (c: string) => (/[",\n;\t]/.test(c) && Math.random() < 0.7 ? '"' + c.replace(/"/g, '""') + '"' : c);
const headers = [
  'area_code,area_name,sector_code,sector_name,year,value,flag,ci95',
  'DATE,GEOGRAPHY_CODE,GEOGRAPHY_NAME,INDUSTRY_CODE,INDUSTRY_NAME,MEASURES_NAME,OBS_VALUE,OBS_STATUS',
  'Area code,Area name,SIC,Industry,Year,Jobs,Note,CI',
  'area_code,area_name,sector,2018,2019,2020,2021,x',
];
const csvArb = fc
  .tuple(
    fc.constantFrom(...headers),
    fc.array(fc.array(cellArb, { minLength: 6, maxLength: 9 }), { maxLength: 25 }),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
  )
  .map(
    ([header, records, eol, bom]) =>
      (bom ? '\uFEFF' : '') + [header, ...records.map((r) => r.map(quoteCell).join(','))].join(eol),
  );

/**
 * Every non-blank data record is used, rejected (an error naming its row) or set aside (counted):
 * read = accepted + rejected, each accepted row's number is a real data row, and the rows with an
 * error are exactly `rejected` when no value of a wide row was accepted.
 */
function checkAccounting(text: string, r: ParseResult & { valuesPerRecord?: number }, chunkSize?: number) {
  expect(r.stats.read).toBe(r.stats.accepted + r.stats.rejected);
  expect(r.rows).toHaveLength(r.stats.accepted);
  const fileError = r.problems.some((p) => p.row === null && p.severity === 'error');
  if (fileError) {
    expect(r.rows).toEqual([]);
    return;
  }
  // Count non-blank data records independently with collectRecords.
  const all = collectRecords(
    text,
    Array.from({ length: text.length + 2 }, (_, i) => i + 1),
    chunkSize,
  );
  const headerRowIdx = Math.min(...[...all.records.keys(), Infinity]);
  const dataRows = [...all.records.entries()]
    .filter(([row, rec]) => row >= headerRowIdx && rec.some((c) => c.trim() !== ''))
    .map(([row]) => row);
  const used = new Set(r.rows.map((x) => x.row));
  const rejected = new Set(rejectedRowNumbers(r.problems));
  const setAside = r.stats.setAside ?? 0;
  const k = r.valuesPerRecord ?? 1;
  // Rows neither used nor rejected must be set aside, and there are exactly setAside of them.
  const unaccounted = dataRows.filter((row) => !used.has(row) && !rejected.has(row));
  expect(unaccounted.length).toBe(setAside);
  expect(r.stats.read).toBe((dataRows.length - setAside) * k);
  for (const row of used) expect(dataRows).toContain(row);
}

// 300 generated files per property: well under 5 s alone, past it on a loaded 2-core machine.
describe('property: never throws, every row used or reported', { timeout: 30_000 }, () => {
  it('parseAuditCsv never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = parseAuditCsv(s);
        expect(r.stats.read).toBe(r.stats.accepted + r.stats.rejected);
      }),
      { numRuns: 300 },
    );
  });

  it('detect + convert never throw on any string, including binary-like ones', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 })), (s) => {
        const r = importText(s);
        expect(r.stats.read).toBe(r.stats.accepted + r.stats.rejected);
      }),
      { numRuns: 300 },
    );
  });

  it(
    'on CSV-ish records every data row is used, rejected with its row number, or set aside',
    { timeout: 30_000 },
    () => {
      fc.assert(
        fc.property(csvArb, fc.constantFrom(undefined, 7, 64), (text, chunkSize) => {
          const p = parseAuditCsv(text, chunkSize ? { chunkSize } : {});
          checkAccounting(text, p, chunkSize);
          const r = importText(text, {}, chunkSize);
          checkAccounting(text, r, chunkSize);
          // Results do not depend on the chunk size.
          expect(parseAuditCsv(text).problems).toEqual(p.problems);
        }),
        { numRuns: 300 },
      );
    },
  );
});
