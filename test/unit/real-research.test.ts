// The research datasets against the REF 2021 workbook itself: England's total 4* FTE and the five
// LEPs with the most 4* FTE in UoA 12 Engineering, recomputed from the workbook's cells, must match
// the cube the app loads. Which institutions are English is decided here by postcode area, not by the
// build's point-in-polygon placement.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { cubeFromJson } from '../../src/lib/data/cube-json';
import { valueAt } from '../../src/lib/data/cube';
import type { Cube, DatasetsManifest } from '../../src/lib/data/types';
import { locationQuotient } from '../../src/lib/metrics';
import { RESEARCH_FILES } from '../../scripts/lib/research/research-build';
import { outDir, sourceDir } from '../../scripts/lib/sources';

const OUT = outDir();
const SRC = sourceDir();
const have = [path.join(OUT, 'ref2021-4star-fte.cube.json'), path.join(SRC, RESEARCH_FILES.ref2021)].every((f) =>
  fs.existsSync(f),
);
if (!have) console.warn('real research tests skipped: run `npm run data` (needs ../shared/data/research).');

const ENGLAND = 'E92000001';
/** Postcode areas outside England (Scotland, Wales, Northern Ireland). */
const NOT_ENGLAND = new Set([
  'AB',
  'DD',
  'DG',
  'EH',
  'FK',
  'G',
  'HS',
  'IV',
  'KA',
  'KW',
  'KY',
  'ML',
  'PA',
  'PH',
  'TD',
  'ZE',
  'CF',
  'LD',
  'LL',
  'NP',
  'SA',
  'SY',
  'BT',
]);
const postcodeArea = (pc: string) =>
  pc
    .trim()
    .toUpperCase()
    .match(/^[A-Z]+/)?.[0] ?? '';

describe.skipIf(!have)('real data: REF 2021 workbook against the app cube', () => {
  let cube: Cube;
  /** Overall profiles: UKPRN, UoA, 4* FTE straight from the cells. */
  let overall: { ukprn: string; uoa: number; four: number; fte: number; gp: number }[];
  let gpa: Cube;
  let postcode: Map<string, string>;
  let institutions: { ukprn: string; name: string; leps: string[] }[];
  let lepName: Record<string, string>;

  beforeAll(async () => {
    const manifest: DatasetsManifest = JSON.parse(fs.readFileSync(path.join(OUT, 'datasets.json'), 'utf8'));
    const meta = manifest.datasets.find((d) => d.id === 'ref2021-4star-fte')!;
    cube = cubeFromJson(JSON.parse(fs.readFileSync(path.join(OUT, meta.cube!), 'utf8')));
    const sheets = (await readXlsxFile(path.join(SRC, RESEARCH_FILES.ref2021))) as unknown as { data: unknown[][] }[];
    const rows = sheets[0].data;
    expect(rows[6][9]).toBe('Profile');
    overall = rows
      .slice(7)
      .filter((r) => r[9] === 'Overall')
      .map((r) => ({
        ukprn: String(r[0]),
        uoa: Number(r[4]),
        four: (Number(r[10]) * Number(r[13])) / 100,
        fte: Number(r[10]),
        // (4·%4* + 3·%3* + 2·%2* + 1·%1*) / 100, columns 13–16
        gp: (4 * Number(r[13]) + 3 * Number(r[14]) + 2 * Number(r[15]) + Number(r[16])) / 100,
      }));
    const gpaMeta = manifest.datasets.find((d) => d.id === 'ref2021-gpa')!;
    gpa = cubeFromJson(JSON.parse(fs.readFileSync(path.join(OUT, gpaMeta.cube!), 'utf8')));
    postcode = new Map();
    for (const f of [RESEARCH_FILES.register, RESEARCH_FILES.supplement]) {
      const recs = Papa.parse<Record<string, string>>(fs.readFileSync(path.join(SRC, f), 'utf8'), {
        header: true,
        skipEmptyLines: true,
      }).data;
      for (const r of recs) postcode.set(r.UKPRN, r.POSTCODE ?? r.postcode);
    }
    const inst = JSON.parse(fs.readFileSync(path.join(OUT, 'research-institutions.json'), 'utf8'));
    institutions = inst.institutions;
    lepName = JSON.parse(fs.readFileSync(path.join(OUT, 'lad-lep-lookup.json'), 'utf8')).names;
  });

  it('England total 4* FTE: sum over institutions with an English postcode', () => {
    expect(overall).toHaveLength(1888);
    const missingPostcode = [...new Set(overall.map((o) => o.ukprn))].filter((u) => !postcode.has(u));
    expect(missingPostcode).toEqual([]);
    const english = overall.filter((o) => !NOT_ENGLAND.has(postcodeArea(postcode.get(o.ukprn)!)));
    const total = english.reduce((t, o) => t + o.four, 0);
    const e = cube.areaIndex.get(ENGLAND)!;
    const appTotal = cube.totals[e]; // year 0 (2021)
    console.log(
      `England 4* FTE: workbook ${total.toFixed(2)}, app ${appTotal.toFixed(2)} (${new Set(english.map((o) => o.ukprn)).size} institutions)`,
    );
    expect(appTotal).toBeCloseTo(total, 2);
    // The institutions file lists the same English institutions.
    expect(institutions.map((i) => i.ukprn).sort()).toEqual([...new Set(english.map((o) => o.ukprn))].sort());
  });

  it('the five LEPs with the most 4* FTE in UoA 12 Engineering', () => {
    const lepsOf = new Map(institutions.map((i) => [i.ukprn, i.leps]));
    const byLep = new Map<string, number>();
    for (const o of overall.filter((x) => x.uoa === 12)) {
      for (const lep of lepsOf.get(o.ukprn) ?? []) byLep.set(lep, (byLep.get(lep) ?? 0) + o.four);
    }
    const top = [...byLep].sort((a, b) => b[1] - a[1]).slice(0, 5);
    const s = cube.sectorIndex.get('12')!;
    const appTop = cube.areas
      .map((a, i) => ({ a, v: cube.values[s * cube.areas.length + i] }))
      .filter((x) => x.a.level === 'lep')
      .sort((x, y) => y.v - x.v)
      .slice(0, 5);
    console.log(`Top LEPs, Engineering 4* FTE: ${top.map(([c, v]) => `${lepName[c]} ${v.toFixed(1)}`).join('; ')}`);
    expect(appTop.map((x) => x.a.code)).toEqual(top.map(([c]) => c));
    appTop.forEach((x, i) => expect(x.v).toBeCloseTo(top[i][1], 3));
  });

  it('Swindon and Wiltshire has no research submitted: a true 0 in every UoA, not missing', () => {
    const a = cube.areas.findIndex((x) => x.name === 'Swindon and Wiltshire');
    expect(cube.areas[a].level).toBe('lep');
    for (let s = 0; s < cube.sectors.length; s++) expect(cube.values[s * cube.areas.length + a]).toBe(0);
    expect(cube.totals[a]).toBe(0);
    expect(Number.isNaN(locationQuotient(cube, a, 0, 0))).toBe(true);
  });

  it('Oxfordshire: Clinical Medicine 4* FTE equals its institutions summed from the workbook', () => {
    const inOx = new Set(institutions.filter((i) => i.leps.includes('E37000053')).map((i) => i.ukprn));
    const expected = overall.filter((o) => o.uoa === 1 && inOx.has(o.ukprn)).reduce((t, o) => t + o.four, 0);
    expect(valueAt(cube, 'E37000053', '1', '2021')).toBeCloseTo(expected, 3);
  });

  it("Oxfordshire's GPA in Clinical Medicine is its submissions' FTE-weighted GPA; no GPA where it has no staff", () => {
    const inOx = new Set(institutions.filter((i) => i.leps.includes('E37000053')).map((i) => i.ukprn));
    const subs = overall.filter((o) => o.uoa === 1 && inOx.has(o.ukprn));
    const fte = subs.reduce((t, o) => t + o.fte, 0);
    const expected = subs.reduce((t, o) => t + o.fte * o.gp, 0) / fte;
    console.log(`Oxfordshire Clinical Medicine GPA: workbook ${expected.toFixed(3)} over ${fte.toFixed(1)} FTE`);
    expect(valueAt(gpa, 'E37000053', '1', '2021')).toBeCloseTo(expected, 3);
    // Swindon and Wiltshire: no staff in any subject, so no GPA (empty, not 0).
    expect(Number.isNaN(valueAt(gpa, 'E37000033', '1', '2021'))).toBe(true);
  });
});
