// parseAuditCsv on random messy input: never throws, accounts for every row, ignores chunking.
import { describe, expect, it } from 'vitest';
import { parseAuditCsv } from '../../src/lib/data/parse';
import type { ParseResult } from '../../src/lib/data/types';
import { mulberry32 as rng } from '../../bench/generate';
import { HEADER, errors } from './parse-helpers';

describe('parseAuditCsv on random messy input', () => {
  const MESSY = [
    '',
    ' ',
    '"',
    'a"b',
    '"open',
    '"Quoted ""q"""',
    '"multi\nline"',
    'Beta, North',
    'abc',
    '1e400',
    'NaN',
    'Q5 2022',
    '\u00A0pad\u00A0',
    'Ω',
    '\uFFFD',
    '-3',
    '1,23',
    'odd',
    '"1,234"',
  ];
  const KINDS: Record<string, readonly string[]> = {
    code: ['E1', 'E2', 'E3', 'E4'],
    name: ['Alpha', 'Beta', '"Gamma, North"', '"Delta\nSouth"', '"Eps ""E"""'],
    sector: ['A', 'B', 'C'],
    sectorName: ['Agri', 'Mining', '"Manuf, other"'],
    year: ['2022', '2021/22', '2020', 'Jan 2018-Dec 2018'],
    value: ['12', '0', '"1,234"', '', '!', '~', '-', '..', 'x', '0.5', '-3'],
    flag: ['', '', 'suppressed', 'missing', 'rounded', 'unreliable', 'odd'],
    status: ['', 'A', 'Q', 'M', '~', 'P'],
    ci: ['', '', '1.5', '0', '-1', 'wide'],
    other: ['x', 'Value', ''],
  };
  const HEADERS: readonly (readonly [string, string])[] = [
    [HEADER, 'code name sector sectorName year value flag ci'],
    ['area_code,area_name,sector_code,sector_name,year,value', 'code name sector sectorName year value'],
    [
      'DATE,GEOGRAPHY_CODE,GEOGRAPHY_NAME,INDUSTRY_CODE,INDUSTRY_NAME,OBS_VALUE,OBS_STATUS,MEASURES_NAME',
      'year code name sector sectorName value status other',
    ],
    ['area_code,area_name,sector_code,year,value', 'code name sector year value'],
    ['a,b,c', 'other other other'],
    ['single', 'other'],
    ['', 'other'],
  ];

  function messyInput(rand: () => number): string {
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
    const delim = pick([',', ',', ',', ';', '\t', '|']);
    const eol = pick(['\n', '\r\n']);
    // Skewed towards the first (readable) headers so many rows get past the header.
    const [header, kindList] = HEADERS[Math.floor(rand() * rand() * HEADERS.length)];
    const kinds = kindList.split(' ');
    const lines = [header.split(',').join(delim)];
    const n = Math.floor(rand() * 14);
    for (let i = 0; i < n; i++) {
      let cells = kinds.map((k) => (rand() < 0.08 ? pick(MESSY) : pick(KINDS[k])));
      if (rand() < 0.08) cells = cells.slice(0, Math.floor(rand() * cells.length));
      if (rand() < 0.05) cells.push(pick(MESSY));
      if (rand() < 0.05) cells = [];
      lines.push(cells.join(delim));
    }
    let text = lines.join(eol) + (rand() < 0.5 ? eol : '');
    if (rand() < 0.1) text = '\uFEFF' + text;
    if (rand() < 0.05) text = text.slice(0, Math.floor(rand() * text.length));
    return text;
  }

  it('never throws, accounts for every row, names every rejected row in an error, and ignores chunking', () => {
    const rand = rng(20240601);
    let accepted = 0;
    let rejected = 0;
    for (let k = 0; k < 400; k++) {
      const text = messyInput(rand);
      let r!: ParseResult;
      expect(() => (r = parseAuditCsv(text)), JSON.stringify(text)).not.toThrow();
      const { read } = r.stats;
      expect(read, JSON.stringify(text)).toBe(r.stats.accepted + r.stats.rejected);
      expect(r.rows.length).toBe(r.stats.accepted);
      const errorRows = new Set(r.problems.filter((p) => p.severity === 'error' && p.row !== null).map((p) => p.row));
      // A header that cannot be read is the one row-numbered error of a file with nothing read.
      if (read > 0) expect(errorRows.size, JSON.stringify(text)).toBe(r.stats.rejected);
      for (const row of r.rows) {
        expect(errorRows.has(row.row), JSON.stringify(text)).toBe(false);
        expect(row.value === null || Number.isFinite(row.value)).toBe(true);
      }
      for (const p of r.problems) {
        expect(p.message.length).toBeGreaterThan(10);
        if (p.row !== null) expect(p.message, p.message).toContain(`Row ${p.row}`);
      }
      if (read === 0) expect(errors(r).length, JSON.stringify(text)).toBeGreaterThan(0);
      expect(parseAuditCsv(text, { chunkSize: 5 + (k % 40) }), JSON.stringify(text)).toEqual(r);
      accepted += r.stats.accepted;
      rejected += r.stats.rejected;
    }
    // The generator must exercise both outcomes, or this test proves little.
    expect(accepted).toBeGreaterThan(100);
    expect(rejected).toBeGreaterThan(100);
    // Hundreds of random files: about 1 s alone, several on a loaded 2-core machine.
  }, 30_000);
});
