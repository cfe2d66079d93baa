// parseAuditCsv on malformed files, 1–15: empty or not text, headers, row shapes and quoting.
// Cells and rows: parse-malformed-cells.test.ts.
import { describe, expect, it } from 'vitest';
import { parseAuditCsv } from '../../src/lib/data/parse';
import { HEADER, csv, expectOne, expectStats } from './parse-helpers';

describe('parseAuditCsv: malformed input (file, header, quoting)', () => {
  it.each([
    ['an empty string', ''],
    ['only spaces and newlines', '  \n\r\n \t \n'],
  ])('1. %s is an empty file', (_name, text) => {
    const r = parseAuditCsv(text);
    expect(r.format).toBeNull();
    expectOne(r, 'empty-file', { severity: 'error', row: null, column: null });
    expectStats(r, 0, 0, 0);
  });

  it('2. lines of empty cells only are an empty file', () => {
    const r = parseAuditCsv(',,,\n,,,\n');
    expectOne(r, 'empty-file', { severity: 'error', row: null, column: null });
  });

  it('3. a file with NUL bytes is not text', () => {
    const r = parseAuditCsv('PK\u0003\u0004\u0000\u0000binary' + 'x'.repeat(100));
    expect(r.format).toBeNull();
    expectOne(r, 'not-text', { severity: 'error', row: null, column: null });
    expectStats(r, 0, 0, 0);
  });

  it('4. a file full of replacement characters is not text', () => {
    const garbage = Array.from({ length: 400 }, (_, i) =>
      i % 3 === 0 ? '\uFFFD' : String.fromCharCode(65 + (i % 26)),
    ).join('');
    const r = parseAuditCsv(garbage);
    expectOne(r, 'not-text', { severity: 'error', row: null, column: null });
  });

  it('5. a header with no data rows', () => {
    const r = parseAuditCsv(HEADER + '\n\n');
    expect(r.format).toBe('canonical');
    expectOne(
      r,
      'no-data-rows',
      { severity: 'error', row: null, column: null },
      'The file has a header but no data rows.',
    );
    expectStats(r, 0, 0, 0);
  });

  it('6. a header that reads as one column shows the header text', () => {
    const r = parseAuditCsv('area_code:area_name:sector_code:sector_name:year:value\nE1:A:S:Sec:2022:1\n');
    expect(r.format).toBeNull();
    expectOne(
      r,
      'single-column',
      { severity: 'error', row: null, column: null },
      'The header (row 1) reads as a single column: "area_code:area_name:sector_code:sector_name:year:value". ' +
        'The columns must be separated by commas, semicolons, tabs or "|".',
    );
    expectStats(r, 0, 0, 0);
  });

  it('7. an unknown format names the missing columns', () => {
    const r = parseAuditCsv('area_code,area_name,sector_code,year,amount\nE1,A,S,2022,1\n');
    expect(r.format).toBeNull();
    const p = expectOne(r, 'unknown-format', { severity: 'error', row: null, column: null });
    expect(p.message).toContain('It has no sector_name and value columns.');
    expect(p.message).toContain('The header (row 1) is: area_code, area_name, sector_code, year, amount.');
    expect(r.problems).toHaveLength(1);
  });

  it('8. a near-Nomis header names the missing Nomis columns', () => {
    const r = parseAuditCsv('DATE,GEOGRAPHY_CODE,GEOGRAPHY_NAME,INDUSTRY_CODE,OBS_VALUE\n2022,E1,A,C,1\n');
    const p = expectOne(r, 'unknown-format', { severity: 'error', row: null, column: null });
    expect(p.message).toContain('It looks like a Nomis download but has no INDUSTRY_NAME column.');
  });

  it('9. a duplicated column that we read stops the file', () => {
    const r = parseAuditCsv('area_code,area_name,sector_code,sector_name,year,value,Value\nE1,A,S,Sec,2022,1,2\n');
    expect(r.format).toBe('canonical');
    expectOne(r, 'duplicate-column', { severity: 'error', row: null, column: 'Value' });
    expectStats(r, 0, 0, 0);
  });

  it('10. a duplicated column that we ignore is only a warning', () => {
    const r = parseAuditCsv(
      'area_code,area_name,sector_code,sector_name,year,value,note,note\nE1,A,S,Sec,2022,1,x,y\n',
    );
    expectOne(r, 'duplicate-column', { severity: 'warning', row: null, column: 'note' });
    expectStats(r, 1, 1, 0);
  });

  it('11. a row with too many cells', () => {
    const r = parseAuditCsv(csv('E1,Alpha,A,Agri,2022,1,,', 'E2,Beta,A,Agri,2022,1,234,,'));
    expectOne(
      r,
      'field-count',
      { severity: 'error', row: 3, column: null },
      'Row 3 has 9 cells but the header has 8 columns, so its values cannot be matched to the columns.',
    );
    expectStats(r, 2, 1, 1);
  });

  it('12. a row with too few cells', () => {
    const r = parseAuditCsv(csv('E1,Alpha,A,Agri,2022', 'E2,Beta,A,Agri,2022,1,,'));
    const p = expectOne(r, 'field-count', { severity: 'error', row: 2, column: null });
    expect(p.message).toBe(
      'Row 2 has 5 cells but the header has 8 columns, so its values cannot be matched to the columns.',
    );
    expectStats(r, 2, 1, 1);
    expect(r.rows[0].row).toBe(3);
  });

  it('13. a quote that is never closed', () => {
    const r = parseAuditCsv(csv('E1,Alpha,A,Agri,2022,1,,', 'E2,"Beta,A,Agri,2022,1,,', 'E3,Gamma,A,Agri,2022,1,,'));
    const p = expectOne(r, 'unclosed-quote', { severity: 'error', row: 3, column: 'area_name' });
    expect(p.message).toContain('Row 3, column "area_name": a quote mark (") opens a cell that is never closed');
    expectStats(r, 2, 1, 1);
  });

  it('13b. a stray quote early in a large file is reported quickly, without re-reading the rest per chunk', () => {
    const lines = Array.from({ length: 40000 }, (_, i) => `E${i},Area ${i},A,Agri,2022,${i},,`);
    lines.splice(1, 0, 'E-1,"Stray,A,Agri,2022,1,,');
    const t0 = performance.now();
    const r = parseAuditCsv(csv(...lines), { chunkSize: 4096 });
    expect(performance.now() - t0).toBeLessThan(2000);
    expectOne(r, 'unclosed-quote', { severity: 'error', row: 3, column: 'area_name' });
    expectStats(r, 2, 1, 1);
  });

  it('14. a quote that is never closed in the header', () => {
    const r = parseAuditCsv('area_code,"area_name,sector_code,sector_name,year,value\nE1,A,S,Sec,2022,1\n');
    expect(r.format).toBeNull();
    expectOne(r, 'unclosed-quote', { severity: 'error', row: 1, column: null });
    expectStats(r, 0, 0, 0);
  });

  it('15. text after a closing quote', () => {
    const r = parseAuditCsv(csv('E1,"Alpha"North,A,Agri,2022,1,,"x"', 'E2,Beta,A,Agri,2022,1,,'));
    expectOne(r, 'malformed-quote', { severity: 'error', row: 2, column: null });
    expect(r.stats.rejected).toBeGreaterThanOrEqual(1);
    expect(r.stats.read).toBe(r.stats.accepted + r.stats.rejected);
  });
});
