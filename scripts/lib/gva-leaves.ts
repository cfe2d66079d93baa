// The GVA industry leaves for the relatedness backtest and bench (issue 12), read from the GVA
// dataset the data build writes (issue 11): the ONS tree's leaves at current prices, with the
// dataset's own exclusion (owner-occupiers' imputed rent, not market output), England as published
// in it (the sum of its districts). Run `npm run data` first.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cubeFromJson } from '../../src/lib/data/cube-json';
import type { Cube, DatasetsManifest } from '../../src/lib/data/types';
import { leafCube } from '../../src/lib/next/leaf-cube';
import { readSourceCsv } from './csv.ts';
import { outDir } from './sources.ts';

export const GVA_DATASET = 'gva-current';

export function loadGvaLeaves(dir = outDir()): { cube: Cube; excluded: string[] } {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'datasets.json'), 'utf8')) as DatasetsManifest;
  const meta = manifest.datasets.find((d) => d.id === GVA_DATASET);
  if (!meta?.cube) throw new Error(`public/data has no "${GVA_DATASET}" cube: run npm run data`);
  const full = cubeFromJson(JSON.parse(readFileSync(path.join(dir, meta.cube), 'utf8')));
  return {
    cube: leafCube(
      full,
      meta,
      full.years.map((_, i) => i),
    ),
    excluded: meta.sectorExclude ?? [],
  };
}

/** GVA per job (£) by district code, one year, from the productivity source file. */
export function readGvaPerJob(
  text: string,
  year: string,
  file = 'gva/productivity-lad23-2002-2022.csv',
): Map<string, number> {
  const table = readSourceCsv(text, file, ['lad23cd', 'lad23nm', 'measure', year]);
  const out = new Map<string, number>();
  for (const r of table.rows) {
    if (r.get('measure') !== 'GVA per job (£)') continue;
    const v = r.get(year);
    if (v !== '' && Number.isFinite(Number(v))) out.set(r.get('lad23cd'), Number(v));
  }
  return out;
}
