// The data build: official source files → public/data (topology, lookup, canonical CSVs, manifest).

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { buildCube } from '../../src/lib/data/cube.ts';
import { cubeToJson } from '../../src/lib/data/cube-json.ts';
import type { AuditRow, DatasetMeta } from '../../src/lib/data/types.ts';
import { ENGLAND_CODE, ENGLISH_LAD_CODE, LEP_CODE, buildTopology, readBoundaries, readLookup } from './geo.ts';
import { SourceError } from './errors.ts';
import { makeScope, type Scope } from './scope.ts';
import { readUbc, SIZE_BANDS } from './ubc.ts';
import { readAps } from './aps.ts';
import { sortRows, writeChecked } from './canonical.ts';
import { apsMeta, lepExcess, makeManifest, ubcDatasetId, ubcMeta, type OverlapFacts } from './manifest.ts';
import { readSource, SOURCE_FILES } from './sources.ts';
import { buildResearch } from './research/research-build.ts';
import { addLad23Layer, lookup23, readLad23 } from './lad23.ts';
import { readLepHistory } from './lep-history.ts';
import { LEP_PATHS_FILE, lepPathsFile } from './lep-paths.ts';
import { readGva } from './gva.ts';
import { gvaMetas } from './gva-meta.ts';
import { productivityMeta, readProductivity } from './productivity.ts';
import { cubeWithSectorTree } from '../../src/lib/data/cube-tree.ts';
import { cubeOfYears, headYears } from '../../src/lib/data/cube-years.ts';
import type { Cube } from '../../src/lib/data/types.ts';
import { productivitySurveyYear } from '../../src/lib/metrics/specialisation-productivity.ts';

export const TOPOLOGY_FILE = 'boundaries.topo.json';
export const LOOKUP_FILE = 'lad-lep-lookup.json';
export const MANIFEST_FILE = 'datasets.json';

export interface BuildOptions {
  sourceDir: string;
  outDir: string;
  log?: (line: string) => void;
  /** How many LEPs and English districts the boundary files must hold (38 and 309; tests use small fixtures). */
  expect?: { leps: number; lads: number };
  /** Build the research datasets from research/ (default true; the small fixtures have none). */
  research?: boolean;
}

export interface BuiltFile {
  file: string;
  bytes: number;
  gzipBytes: number;
  rows?: number;
}

/** Cube files larger than this (characters of JSON) are also written in two parts by year. */
const SPLIT_CUBE_CHARS = 1_000_000;

/**
 * A cube's two parts by year: the first views' years (`.head.json`; `also` adds some) and the others
 * (`.rest.json`).
 */
function splitCube(cube: Cube, cubeFile: string, also: string[]) {
  const head = headYears(cube.years, also);
  const rest = cube.years.filter((y) => !head.includes(y));
  const name = (part: string) => cubeFile.replace(/\.cube\.json$/, `.cube.${part}.json`);
  return {
    files: [
      { file: name('head'), text: JSON.stringify(cubeToJson(cubeOfYears(cube, head))) },
      { file: name('rest'), text: JSON.stringify(cubeToJson(cubeOfYears(cube, rest))) },
    ],
    meta: { head: name('head'), headYears: head, rest: name('rest') },
  };
}

function kb(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(2)} MB` : `${(n / 1e3).toFixed(1)} kB`;
}

export async function buildData(opts: BuildOptions): Promise<{ files: BuiltFile[]; ms: number }> {
  const t0 = performance.now();
  const log = opts.log ?? (() => {});
  const { sourceDir, outDir } = opts;
  const files: BuiltFile[] = [];
  const pending: { file: string; text: string; rows?: number }[] = [];

  log(`Source: ${sourceDir}`);

  // Geography ----------------------------------------------------------------------------------
  const leps = readBoundaries(
    readSource(sourceDir, SOURCE_FILES.lepBoundaries),
    SOURCE_FILES.lepBoundaries,
    'LEP21CD',
    'LEP21NM',
    (c) => LEP_CODE.test(c),
  );
  const lads = readBoundaries(
    readSource(sourceDir, SOURCE_FILES.ladBoundaries),
    SOURCE_FILES.ladBoundaries,
    'LAD21CD',
    'LAD21NM',
    (c) => ENGLISH_LAD_CODE.test(c),
  );
  const expect = opts.expect ?? { leps: 38, lads: 309 };
  if (leps.length !== expect.leps)
    throw new SourceError(SOURCE_FILES.lepBoundaries, `has ${leps.length} LEPs; expected ${expect.leps}.`);
  if (lads.length !== expect.lads) {
    throw new SourceError(SOURCE_FILES.ladBoundaries, `has ${lads.length} English districts; expected ${expect.lads}.`);
  }
  const lepNames = new Map(leps.map((f) => [f.properties.code, f.properties.name]));
  const ladNames = new Map(lads.map((f) => [f.properties.code, f.properties.name]));
  const lookup = readLookup(readSource(sourceDir, SOURCE_FILES.lookup), SOURCE_FILES.lookup, lepNames, ladNames);
  const scope: Scope = makeScope(lepNames, ladNames);
  const names = new Map([...scope.areas.values()].map((a) => [a.code, a.name]));
  const levelOf = (code: string) => scope.areas.get(code)?.level ?? 'other';

  const topo = buildTopology(leps, lads);
  // The April 2023 districts (GVA): only when the source folder has the 2021 → 2023 lookup.
  const hasGva = fs.existsSync(path.join(sourceDir, SOURCE_FILES.gva));
  const lad23 = hasGva ? readLad23(readSource(sourceDir, SOURCE_FILES.lad23), SOURCE_FILES.lad23, ladNames) : null;
  if (lad23) {
    addLad23Layer(topo, lad23);
    log(
      `Districts April 2023: ${lad23.names.size}, of which ${lad23.merged.size} merged from ${[...lad23.merged.values()].flat().length} 2021 districts`,
    );
  }
  const topoText = JSON.stringify(topo);
  pending.push({ file: TOPOLOGY_FILE, text: topoText });
  const arcs = topo.arcs.length;
  log(`Boundaries: ${leps.length} LEPs, ${lads.length} English districts → ${arcs} shared arcs`);

  const lookup2023 = lad23 ? lookup23(lad23, lookup, SOURCE_FILES.lad23) : null;
  // LEP codes since 2011, for the importer to name codes of earlier years (optional: small fixtures have none).
  const lepHistory = fs.existsSync(path.join(sourceDir, SOURCE_FILES.lepHistory))
    ? readLepHistory(readSource(sourceDir, SOURCE_FILES.lepHistory), SOURCE_FILES.lepHistory, lepNames)
    : null;
  if (lepHistory) log(`LEP code history: ${lepHistory.length} codes, ${lepHistory.filter((h) => h.live).length} live`);
  const lookupJson = {
    ladToLep: lookup.ladToLep,
    lepToLads: lookup.lepToLads,
    shared: lookup.shared,
    names: Object.fromEntries(names),
    ...(lookup2023 && lad23
      ? {
          lad23: {
            replaces: Object.fromEntries(lad23.merged),
            names: Object.fromEntries([...lad23.merged.keys()].map((c) => [c, lad23.names.get(c)!])),
          },
        }
      : {}),
    ...(lepHistory ? { lepHistory } : {}),
  };
  pending.push({ file: LOOKUP_FILE, text: JSON.stringify(lookupJson) + '\n' });
  // The first map's LEP paths, so the browser draws them without projecting the arcs.
  pending.push({ file: LEP_PATHS_FILE, text: JSON.stringify(lepPathsFile(topo, lookupJson)) });
  log(
    `Lookup: ${Object.keys(lookup.ladToLep).length} districts, ${lookup.shared.length} in two LEPs (${lookup.shared.join(', ')})`,
  );

  const sharedDistricts = lookup.shared.map((c) => `${ladNames.get(c)} (${c})`);
  const areaOrder = [...scope.areas.keys()];
  const datasets: DatasetMeta[] = [];
  const csvs: { meta: DatasetMeta; rows: AuditRow[] }[] = [];
  const shareFile: { meta: DatasetMeta; of: string }[] = [];
  const overlapOf = (rows: AuditRow[], years: string[]): OverlapFacts => {
    const year = years[years.length - 1];
    return {
      sharedDistricts,
      excess: lepExcess(rows, levelOf, year),
      year,
      lepCount: leps.length,
      ladCount: lads.length,
    };
  };

  // UK Business Counts ---------------------------------------------------------------------------
  const ubc = readUbc(readSource(sourceDir, SOURCE_FILES.ubc), scope, SOURCE_FILES.ubc);
  log(
    `UBC: ${ubc.sourceRows} source rows; ${ubc.sectors.length} industry groups × ${ubc.years.join(',')}; ` +
      `out of scope, dropped: ${ubc.dropped.total} rows (${ubc.dropped.describe()})`,
  );
  if (ubc.sectors.some((s) => /^(all|total)\b/i.test(s.name))) {
    throw new SourceError(
      SOURCE_FILES.ubc,
      'has an all-industries row; the build assumes totals are sums of industry groups.',
    );
  }
  const ubcSectors = ubc.sectors.map((s) => s.code);
  for (const b of SIZE_BANDS) {
    const rows = sortRows(ubc.bands[b.id], areaOrder, ubcSectors);
    const meta = ubcMeta({
      band: b.id,
      years: ubc.years,
      sectorCount: ubc.sectors.length,
      rows,
      roundedCells: rows.filter((r) => r.flag === 'rounded').length,
      overlap: overlapOf(rows, ubc.years),
      renamed: ubc.renamed,
      names,
    });
    if (meta.id !== ubcDatasetId(b.id)) throw new Error('internal: dataset id');
    csvs.push({ meta, rows });
  }

  // Annual Population Survey ---------------------------------------------------------------------
  const aps = readAps(readSource(sourceDir, SOURCE_FILES.aps), scope, SOURCE_FILES.aps);
  log(
    `APS: ${aps.sourceRows} source rows; ${aps.sectors.length} industries × ${aps.years.join(',')}; ` +
      `marked (value empty): ${aps.marked.suppressed} suppressed (${aps.marked.underFiveHundred} of them "~"), ${aps.marked.missing} missing; ` +
      `${aps.unreliable} unreliable estimates ("*"); ` +
      `out of scope, dropped: ${aps.dropped.total} rows (${aps.dropped.describe()})`,
  );
  {
    const rows = sortRows(
      aps.rows,
      areaOrder,
      aps.sectors.map((s) => s.code),
    );
    const meta = apsMeta({
      years: aps.years,
      sectorCount: aps.sectors.length,
      marked: aps.marked,
      unreliable: aps.unreliable,
      fixes: aps.fixes,
      overlap: overlapOf(rows, aps.years),
      renamed: aps.renamed,
      names,
    });
    csvs.push({ meta, rows });
  }
  // Research: REF 2021 (and 2014), institutions placed in districts and LEPs, UKRI awards --------
  if (opts.research !== false) {
    const research = await buildResearch({ sourceDir, scope, lookup, leps, sharedDistricts, log });
    csvs.push(...research.csvs);
    for (const j of research.json) pending.push(j);
  }
  // Regional GVA by industry (April 2023 districts) ------------------------------------------------
  if (lad23 && lookup2023) {
    const gva = readGva(readSource(sourceDir, SOURCE_FILES.gva), SOURCE_FILES.gva, lad23.names, lookup2023, lepNames);
    log(
      `GVA: ${gva.sourceRows} source rows; ${gva.sectors.length} industries × ${gva.current.length / gva.sectors.length / (1 + lepNames.size + lad23.names.size)} years; ` +
        `suppressed cells: ${gva.suppressed.current} current, ${gva.suppressed.volume} chained volume; England total ` +
        `${[...gva.englandTotal]
          .slice(-2)
          .map(([y, v]) => `${y} £${v}m`)
          .join(', ')}; largest parent − children gap ` +
        `${(gva.worstGap.gap * 100).toFixed(2)}% (${gva.worstGap.parent}, ${gva.worstGap.year})`,
    );
    const areaOrder23 = [ENGLAND_CODE, ...[...lepNames.keys()].sort(), ...lad23.names.keys()];
    const sectorOrder = gva.sectors.map((s) => s.code);
    const [current, withRent, volume] = gvaMetas(gva, lepNames.size, lookup2023.shared);
    csvs.push({ meta: current, rows: sortRows(gva.current, areaOrder23, sectorOrder) });
    csvs.push({ meta: volume, rows: sortRows(gva.volume, areaOrder23, sectorOrder) });
    shareFile.push({ meta: withRent, of: current.id });
    const prod = readProductivity(
      readSource(sourceDir, SOURCE_FILES.productivity),
      SOURCE_FILES.productivity,
      lad23.names,
    );
    log(
      `Productivity: ${prod.rows.length} rows (2 indices × ${lad23.names.size} districts × 21 years); not published: ${prod.notPublished}`,
    );
    csvs.push({
      meta: productivityMeta(prod.notPublished),
      rows: sortRows(prod.rows, areaOrder23, ['per-hour', 'per-job']),
    });
  } else log(`GVA: ${SOURCE_FILES.gva} not found; GVA datasets skipped.`);

  const renamed = new Map([...ubc.renamed, ...aps.renamed]);
  if (renamed.size)
    log(
      `Names from the 2021 boundary files replace Nomis names: ${[...renamed].map(([c, n]) => `${c} "${n}" → "${names.get(c)}"`).join('; ')}`,
    );

  // Canonical CSVs, each checked with the app's own parser ------------------------------------------
  for (const { meta, rows } of csvs) {
    const { text, warnings, parsed } = writeChecked(rows, meta.file);
    if (warnings.length) log(`  ${meta.file}: parser warnings: ${warnings.length} (first: ${warnings[0]})`);
    pending.push({ file: meta.file, text, rows: rows.length });
    // The app's fast path: the cube built from exactly what the parser read back from the CSV.
    const cubeFile = meta.file.replace(/\.csv$/, '.cube.json');
    const cube = buildCube(parsed);
    const cubeText = JSON.stringify(cubeToJson(cube));
    pending.push({ file: cubeFile, text: cubeText });
    // A large cube (GVA: 26 years, over 2 MB) is also written in two parts, so its first view
    // downloads only the years it shows and the rest follows (src/lib/data/cube-years.ts).
    // The head also holds the employment survey's year that GVA's productivity is valued at, so
    // the evidence pack, which reads only those years, needs no other file.
    const survey = productivitySurveyYear(cube.years, aps.years);
    const split =
      cubeText.length > SPLIT_CUBE_CHARS && cube.years.length > 2
        ? splitCube(cube, cubeFile, survey ? [survey] : [])
        : null;
    if (split) pending.push(...split.files);
    const cubeFields = { cube: cubeFile, ...(split ? { cubeSplit: split.meta } : {}) };
    datasets.push({ ...meta, ...cubeFields });
    if (meta.sectorParent) {
      // The tree's totals, checked here once: a sector tree that double-counts fails the build.
      const treed = cubeWithSectorTree(cube, meta.sectorParent, meta.sectorExclude);
      log(`  ${meta.file}: ${treed.sectors.length} nested sectors; totals from the tree`);
    }
    // Other readings of the same file (GVA with imputed rent), listed right after it.
    for (const other of shareFile.filter((x) => x.of === meta.id))
      datasets.push({ ...other.meta, file: meta.file, ...cubeFields });
  }

  // Write --------------------------------------------------------------------------------------------
  fs.mkdirSync(outDir, { recursive: true });
  for (const p of pending) {
    fs.writeFileSync(path.join(outDir, p.file), p.text);
    const bytes = Buffer.byteLength(p.text);
    const gzipBytes = zlib.gzipSync(p.text).length;
    files.push({ file: p.file, bytes, gzipBytes, rows: p.rows });
  }
  const topoBytes = files.find((f) => f.file === TOPOLOGY_FILE)!.bytes;
  const manifest = makeManifest(
    datasets,
    { file: TOPOLOGY_FILE, bytes: topoBytes, paths: LEP_PATHS_FILE },
    LOOKUP_FILE,
  );
  const manifestText = JSON.stringify(manifest, null, 2) + '\n';
  // Written last: ensure-data treats its timestamp as "the build finished".
  fs.writeFileSync(path.join(outDir, MANIFEST_FILE), manifestText);
  files.push({
    file: MANIFEST_FILE,
    bytes: Buffer.byteLength(manifestText),
    gzipBytes: zlib.gzipSync(manifestText).length,
  });

  log(`Wrote ${outDir} (CSVs by writeCanonicalCsv, each re-read with parseAuditCsv: no errors):`);
  for (const f of files) {
    log(
      `  ${f.file.padEnd(32)} ${kb(f.bytes).padStart(9)}  gzip ${kb(f.gzipBytes).padStart(9)}${f.rows !== undefined ? `  ${f.rows} rows` : ''}`,
    );
  }
  const ms = performance.now() - t0;
  log(`Done in ${(ms / 1000).toFixed(1)} s.`);
  return { files, ms };
}

export { ENGLAND_CODE };
