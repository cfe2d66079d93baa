// The UK Business Counts reader, fed a small world and malformed inputs. Every malformed case checks that
// the message names the file, the row / column where it applies, and what is wrong.
import { describe, expect, it } from 'vitest';
import { readUbc, SIZE_BANDS } from '../../scripts/lib/ubc';
import { scope, YEARS, ubcLines, text, sourceError, lineOf } from './data-build-fixtures';

describe('UK Business Counts reader', () => {
  it('keeps England, LEPs and English districts; drops Welsh and empty-code rows and counts them', () => {
    const r = readUbc(text(ubcLines()), scope, 'ubc.csv');
    const perBand = 6 * 2 * 2; // 6 areas × 2 sectors × 2 years
    for (const b of SIZE_BANDS) expect(r.bands[b.id]).toHaveLength(perBand);
    expect(r.dropped.total).toBe(2 * 2 * 2 * 5);
    expect(r.dropped.describe()).toContain('Welsh district (W06)');
    expect(r.years).toEqual(['2021', '2022']);
    expect(r.sectors.map((s) => s.code)).toEqual(['1', '3']);
    expect(r.renamed.get('E37000002')).toBe('Beta Nomis Name');
    // Names come from the boundary files, not Nomis.
    expect(r.bands.total.find((x) => x.areaCode === 'E37000002')!.areaName).toBe('Beta');
  });

  it('flags values under 50 as rounded and leaves larger values unflagged', () => {
    const r = readUbc(text(ubcLines()), scope, 'ubc.csv');
    const all = SIZE_BANDS.flatMap((b) => r.bands[b.id]);
    expect(all.some((x) => x.value === 0 && x.flag === 'rounded')).toBe(true);
    for (const x of all) expect(x.flag).toBe(x.value! < 50 ? 'rounded' : null);
  });

  it('rejects a renamed column, naming the missing one', () => {
    const lines = ubcLines();
    lines[0] = lines[0].replace('enterprises', 'enterprise_count');
    const e = sourceError(() => readUbc(text(lines), scope, 'ubc.csv'));
    expect(e.message).toMatch(/^ubc\.csv, row 1: missing column "enterprises"/);
    expect(e.message).toContain('unexpected "enterprise_count"');
  });

  it('rejects a non-numeric count with its row and column', () => {
    const lines = ubcLines();
    const i = lineOf(lines, 'E06000001', 'Manufacturing', 'Total');
    lines[i] = lines[i].replace(/,\d+$/, ',12a');
    const e = sourceError(() => readUbc(text(lines), scope, 'ubc.csv'));
    expect(e.message).toBe(`ubc.csv, row ${i + 1}, column "enterprises": "12a" is not a whole number.`);
  });

  it('rejects an empty count (missing is not zero, and UBC publishes no gaps)', () => {
    const lines = ubcLines();
    const i = lineOf(lines, 'E08000001', 'Large');
    lines[i] = lines[i].replace(/,\d+$/, ',');
    const e = sourceError(() => readUbc(text(lines), scope, 'ubc.csv'));
    expect(e.message).toBe(`ubc.csv, row ${i + 1}, column "enterprises": is empty.`);
  });

  it('rejects a LEP code that is not in the boundary file', () => {
    const lines = ubcLines();
    const i = lineOf(lines, 'E37000002');
    lines[i] = lines[i].replace('E37000002', 'E37000099');
    const e = sourceError(() => readUbc(text(lines), scope, 'ubc.csv'));
    expect(e.message).toBe(
      `ubc.csv, row ${i + 1}, column "geo_code": LEP code E37000099 is not in the LEP boundary file (May 2021).`,
    );
  });

  it('rejects an English district code that is not in the boundary file', () => {
    const lines = ubcLines();
    const i = lineOf(lines, 'E08000001');
    lines[i] = lines[i].replace('E08000001', 'E08000099');
    const e = sourceError(() => readUbc(text(lines), scope, 'ubc.csv'));
    expect(e.message).toContain(
      `row ${i + 1}, column "geo_code": district code E08000099 is not in the LAD boundary file`,
    );
  });

  it('rejects an English district whose code went missing', () => {
    const lines = ubcLines();
    const i = lineOf(lines, 'E06000001');
    lines[i] = lines[i].replace('E06000001', '');
    const e = sourceError(() => readUbc(text(lines), scope, 'ubc.csv'));
    expect(e.message).toBe(
      `ubc.csv, row ${i + 1}, column "geo_code": empty area code for "Aton", an English district (E06000001).`,
    );
  });

  it('rejects an unknown size band', () => {
    const lines = ubcLines();
    const i = lineOf(lines, 'Micro (0 to 9)');
    lines[i] = lines[i].replace('Micro (0 to 9)', 'Tiny');
    const e = sourceError(() => readUbc(text(lines), scope, 'ubc.csv'));
    expect(e.message).toMatch(new RegExp(`^ubc\\.csv, row ${i + 1}, column "sizeband": unknown size band "Tiny"`));
  });

  it('rejects a duplicated row', () => {
    const lines = ubcLines();
    const i = lineOf(lines, 'E07000001', 'Manufacturing', 'Total');
    lines.push(lines[i]);
    const e = sourceError(() => readUbc(text(lines), scope, 'ubc.csv'));
    expect(e.message).toBe(
      `ubc.csv, row ${lines.length}: a second row for area E07000001, industry group 3, year ${YEARS[0]}, size band "Total".`,
    );
  });

  it('rejects an incomplete grid, naming the first missing cell', () => {
    const lines = ubcLines();
    lines.splice(lineOf(lines, '2022,LAD,E07000001', 'Manufacturing', 'Total'), 1);
    const e = sourceError(() => readUbc(text(lines), scope, 'ubc.csv'));
    expect(e.message).toBe(
      'ubc.csv: size band "Total": no row for area E07000001 (Bton), sector 3, year 2022 (1 of 24 area × sector × year cells missing).',
    );
  });

  it('rejects a row with too many fields', () => {
    const lines = ubcLines();
    lines[5] += ',extra';
    const e = sourceError(() => readUbc(text(lines), scope, 'ubc.csv'));
    expect(e.message).toBe('ubc.csv, row 6: has 10 fields where the header has 9.');
  });

  it('rejects an empty file', () => {
    expect(sourceError(() => readUbc('', scope, 'ubc.csv')).message).toBe('ubc.csv: the file is empty.');
  });

  it('rejects a geo_level that does not match the code', () => {
    const lines = ubcLines();
    const i = lineOf(lines, 'LEP,E37000001');
    lines[i] = lines[i].replace('LEP,E37000001', 'LAD,E37000001');
    const e = sourceError(() => readUbc(text(lines), scope, 'ubc.csv'));
    expect(e.message).toBe(
      `ubc.csv, row ${i + 1}, column "geo_level": geo_level "LAD" does not match area E37000001 (expected LEP).`,
    );
  });
});
