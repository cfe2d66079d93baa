// The APS employment reader, fed a small world and malformed inputs. Every malformed case checks that
// the message names the file, the row / column where it applies, and what is wrong.
import { describe, expect, it } from 'vitest';
import { readAps, splitApsIndustry } from '../../scripts/lib/aps';
import { scope, apsLines, text, sourceError, lineOf } from './data-build-fixtures';

describe('APS employment reader', () => {
  it('splits industry labels into SIC section codes and names, fixing the "Agricuture" typo', () => {
    expect(splitApsIndustry('C Manufacturing')).toEqual({ code: 'C', name: 'Manufacturing' });
    expect(splitApsIndustry('B,D,E Energy & water')).toEqual({ code: 'B,D,E', name: 'Energy & water' });
    expect(splitApsIndustry('K-N Banking finance & insurance etc.')).toEqual({
      code: 'K-N',
      name: 'Banking finance & insurance etc.',
    });
    expect(splitApsIndustry('A Agricuture & fishing')).toEqual({ code: 'A', name: 'Agriculture & fishing' });
    expect(splitApsIndustry('Manufacturing')).toBeNull();
  });

  it('turns markers into flags with empty values (never 0), and non-numeric ci95 into null', () => {
    const lines = apsLines();
    const marks: [string, string, string][] = [
      ['E06000001', '!', '!'],
      ['E07000001', '~', '*'],
      ['E08000001', '-', '-'],
    ];
    for (const [code, marker, ci] of marks) {
      const i = lineOf(lines, `2022,LAD,${code}`, 'Agricuture');
      lines[i] = lines[i].replace(/,\d+,,\d+$/, `,,${marker},${ci}`);
    }
    const noCi = lineOf(lines, '2022,LAD,E06000001', 'Banking');
    lines[noCi] = lines[noCi].replace(/,\d+$/, ',*');
    const r = readAps(text(lines), scope, 'aps.csv');
    const cell = (code: string, s: string) =>
      r.rows.find((x) => x.areaCode === code && x.sectorCode === s && x.year === '2022')!;
    expect(cell('E06000001', 'A')).toMatchObject({
      value: null,
      flag: 'suppressed',
      ci95: null,
      sectorName: 'Agriculture & fishing',
    });
    // "~" (estimate under 500) is withheld, not published: suppressed, not "unreliable".
    expect(cell('E07000001', 'A')).toMatchObject({ value: null, flag: 'suppressed', ci95: null });
    expect(cell('E08000001', 'A')).toMatchObject({ value: null, flag: 'missing', ci95: null });
    // "*" beside a published estimate: the estimate is kept but flagged unreliable (sample of 3–9).
    expect(cell('E06000001', 'K-N')).toMatchObject({ flag: 'unreliable', ci95: null });
    expect(cell('E06000001', 'K-N').value).toBeGreaterThan(0);
    expect(cell('E92000001', 'B,D,E')).toMatchObject({ flag: null });
    expect(cell('E92000001', 'B,D,E').ci95).toBeGreaterThan(0);
    expect(r.marked).toMatchObject({ suppressed: 2, underFiveHundred: 1, missing: 1 });
    expect(r.unreliable).toBe(1);
    expect(r.fixes.get('A Agricuture & fishing')).toBe('Agriculture & fishing');
    expect(r.rows.filter((x) => x.value === 0)).toHaveLength(0);
  });

  it('rejects an unknown marker', () => {
    const lines = apsLines();
    const i = lineOf(lines, 'E06000001', 'Banking');
    lines[i] = lines[i].replace(/,\d+,,(\d+)$/, ',,?,$1');
    const e = sourceError(() => readAps(text(lines), scope, 'aps.csv'));
    expect(e.message).toBe(
      `aps.csv, row ${i + 1}, column "marker": unknown marker "?" (expected "!", "~", "-" or empty).`,
    );
  });

  it('rejects a marked cell that carries an estimate', () => {
    const lines = apsLines();
    const i = lineOf(lines, 'E06000001', 'Banking');
    lines[i] = lines[i].replace(/,,(\d+)$/, ',!,$1');
    const e = sourceError(() => readAps(text(lines), scope, 'aps.csv'));
    expect(e.message).toMatch(
      new RegExp(
        `^aps\\.csv, row ${i + 1}, column "employed_16plus": a cell marked "!" \\(suppressed\\) has an estimate`,
      ),
    );
  });

  it('rejects an unmarked cell with no estimate', () => {
    const lines = apsLines();
    const i = lineOf(lines, 'E07000001', 'Energy');
    lines[i] = lines[i].replace(/,\d+,,(\d+)$/, ',,,$1');
    const e = sourceError(() => readAps(text(lines), scope, 'aps.csv'));
    expect(e.message).toBe(`aps.csv, row ${i + 1}, column "employed_16plus": is empty.`);
  });

  it('rejects an unknown ci95 placeholder', () => {
    const lines = apsLines();
    const i = lineOf(lines, 'E37000001', 'Energy');
    lines[i] = lines[i].replace(/,\d+$/, ',n/a');
    const e = sourceError(() => readAps(text(lines), scope, 'aps.csv'));
    expect(e.message).toBe(
      `aps.csv, row ${i + 1}, column "ci95": "n/a" is neither a number nor a known placeholder (*, !, -).`,
    );
  });

  it('rejects an industry label with no section code', () => {
    const lines = apsLines();
    const i = lineOf(lines, 'E37000001', 'Banking');
    lines[i] = lines[i].replace('K-N Banking', 'Banking');
    const e = sourceError(() => readAps(text(lines), scope, 'aps.csv'));
    expect(e.message).toMatch(
      new RegExp(`^aps\\.csv, row ${i + 1}, column "industry": industry "Banking finance & insurance etc." is not`),
    );
  });

  it('rejects a missing column', () => {
    const lines = apsLines().map((l) => l.replace(/,[^,]*$/, ''));
    const e = sourceError(() => readAps(text(lines), scope, 'aps.csv'));
    expect(e.message).toMatch(/^aps\.csv, row 1: missing column "ci95"/);
  });

  it('rejects an unclosed quote', () => {
    const lines = apsLines();
    const i = lineOf(lines, 'E06000001', 'Energy');
    lines[i] = lines[i].replace('water"', 'water');
    const e = sourceError(() => readAps(text(lines), scope, 'aps.csv'));
    expect(e.message).toMatch(new RegExp(`^aps\\.csv, row ${i + 1}: malformed quotes`));
  });
});
