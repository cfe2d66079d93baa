// Every dataset's cube file holds exactly the figures of its canonical CSV, read by the app's parser,
// and so do a large cube's two parts by year put together.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAuditCsv } from '../../src/lib/data/parse';
import { buildCube } from '../../src/lib/data/cube';
import { cubeFromJson } from '../../src/lib/data/cube-json';
import { mergeCubeYears } from '../../src/lib/data/cube-years';
import type { DatasetsManifest } from '../../src/lib/data/types';

const dir = 'public/data';
const manifest: DatasetsManifest | null = existsSync(`${dir}/datasets.json`)
  ? JSON.parse(readFileSync(`${dir}/datasets.json`, 'utf8'))
  : null;

describe.skipIf(!manifest)('cube files (public/data, built by npm run data)', () => {
  // Datasets that read the same file (GVA with and without imputed rent) are checked once.
  const files = new Set<string>();
  for (const d of (manifest?.datasets ?? []).filter((x) => !files.has(x.file) && files.add(x.file))) {
    it(`${d.cube} equals ${d.file}`, () => {
      expect(d.cube).toBe(d.file.replace(/\.csv$/, '.cube.json'));
      const fromCsv = buildCube(parseAuditCsv(readFileSync(`${dir}/${d.file}`, 'utf8')).rows);
      const fromJson = cubeFromJson(JSON.parse(readFileSync(`${dir}/${d.cube}`, 'utf8')));
      expect(fromJson).toEqual(fromCsv);
      // A split cube (cube-years.ts): the first part holds the first and latest years, and the
      // employment survey's year GVA's productivity is valued at (for GVA, whose latest year the
      // survey does not have: its own latest, 2022); with the rest it is the same cube again.
      if (d.cubeSplit) {
        const part = (f: string) => cubeFromJson(JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')));
        const head = part(d.cubeSplit.head);
        const aps = manifest!.datasets.find((x) => x.id === 'aps-employment');
        const survey = aps && !aps.years.includes(d.years.at(-1)!) ? [aps.years.at(-1)] : [];
        expect(head.years).toEqual([d.years[0], ...survey, d.years.at(-1)]);
        expect(d.cubeSplit.headYears).toEqual(head.years);
        expect(mergeCubeYears(d.years, [head, part(d.cubeSplit.rest)])).toEqual(fromCsv);
      }
      // Whole real datasets: seconds each on a loaded 2-core machine (GVA's CSV has 427,000 rows).
    }, 120_000);
  }
});
