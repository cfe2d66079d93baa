// Issue 14: a property test over generated imports. For any file of plausible and implausible rows,
// (1) every data row is used or reported (rejected with an error naming its row), and (2) no figure
// in the resulting cube (value, flag, area total, share, LQ) differs from an independent
// recomputation from the rows that were accepted, read back from the file by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/lib/import/pipeline';
import type { ImportPlan } from '../../src/lib/import/convert';
import { locationQuotient, share } from '../../src/lib/metrics';

const AREAS = ['E92000001', 'E06000001', 'e06000002', ' E06000003', 'X1'];
const SECTORS = ['A', 'B', 'C'];
const YEARS = ['2020', '2021', '20x'];
const VALUES = fc.oneof(
  fc.integer({ min: 0, max: 5000 }).map(String),
  fc.integer({ min: -50, max: -1 }).map(String),
  fc.constantFrom('', '..', '!', 'abc', '1,234', '12.5'),
);
const FLAGS = fc.constantFrom('', '', '', 'suppressed', 'unreliable', 'rounded', 'bogus');

const rowArb = fc.record({
  area: fc.constantFrom(...AREAS),
  sector: fc.constantFrom(...SECTORS),
  year: fc.constantFrom(...YEARS),
  value: VALUES,
  flag: FLAGS,
});

const PLAN: ImportPlan = {
  format: 'canonical',
  mapping: { areaCode: 0, areaName: 1, sectorCode: 2, sectorName: 3, year: 4, value: 5, flag: 6, ci95: null },
};

describe('property: generated imports', () => {
  it('every row is used or reported, and the cube equals an independent recomputation', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 40 }), (rows) => {
        const lines = ['area_code,area_name,sector_code,sector_name,year,value,flag'];
        for (const r of rows)
          lines.push(
            [
              r.area,
              `Area ${r.area.trim().toUpperCase()}`,
              r.sector,
              `Sector ${r.sector}`,
              r.year,
              `"${r.value}"`,
              r.flag,
            ].join(','),
          );
        const text = lines.join('\n') + '\n';
        const { cube, result } = runImport(text, PLAN);

        // (1) Accounting: rows 2…n+1 each accepted or named by an error.
        const accepted = new Set(Array.from(result.table!.rows));
        const errorRows = new Set(
          result.problems.filter((p) => p.severity === 'error' && p.row !== null).map((p) => p.row!),
        );
        expect(result.stats.read).toBe(rows.length);
        expect(result.stats.accepted + result.stats.rejected).toBe(rows.length);
        for (let i = 0; i < rows.length; i++) {
          const row = i + 2;
          expect(accepted.has(row) !== errorRows.has(row), `row ${row}`).toBe(true);
        }

        // (2) Independent recomputation from the accepted rows, read back from the generated records.
        const cell = new Map<string, number | null>();
        for (let i = 0; i < rows.length; i++) {
          if (!accepted.has(i + 2)) continue;
          const r = rows[i];
          const code = r.area.trim().toUpperCase();
          const raw = r.value.replace(/,/g, '');
          const v = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : null;
          // A count is never negative: such a row must have been rejected.
          expect(v === null || v >= 0).toBe(true);
          cell.set(`${code}|${r.sector}|${r.year}`, r.flag === 'suppressed' && v === null ? null : v);
        }
        const A = cube.areas.length;
        const S = cube.sectors.length;
        let seen = 0;
        cube.areas.forEach((area, a) => {
          cube.years.forEach((year, y) => {
            let total = 0;
            let any = false;
            cube.sectors.forEach((sector, s) => {
              const key = `${area.code}|${sector.code}|${year}`;
              const want = cell.has(key) ? cell.get(key)! : null;
              const got = cube.values[(y * S + s) * A + a];
              if (want === null) expect(got, key).toBeNaN();
              else {
                expect(got, key).toBe(want);
                total += want;
                any = true;
              }
              if (cell.has(key)) seen++;
            });
            const t = cube.totals[y * A + a];
            if (any) expect(t).toBe(total);
            else expect(t).toBeNaN();
            // Share and LQ (against England when the file has it) from the same hand totals.
            cube.sectors.forEach((sector, s) => {
              const v = cell.get(`${area.code}|${sector.code}|${year}`) ?? null;
              const sh = share(cube, a, s, y);
              if (v === null || !(total > 0)) expect(sh).toBeNaN();
              else expect(sh).toBeCloseTo(v / total, 12);
              const e = cube.areaIndex.get('E92000001');
              if (e === undefined || v === null || !(total > 0)) return;
              let eTotal = 0;
              for (const sec of cube.sectors) eTotal += cell.get(`E92000001|${sec.code}|${year}`) ?? 0;
              const eS = cell.get(`E92000001|${sector.code}|${year}`) ?? null;
              const lq = locationQuotient(cube, a, s, y, e);
              if (eS === null || !(eS > 0) || !(eTotal > 0)) expect(lq).toBeNaN();
              else expect(lq).toBeCloseTo(v / total / (eS / eTotal), 10);
            });
          });
        });
        expect(seen).toBe(cell.size);
      }),
      { numRuns: 200 },
    );
  });
});
