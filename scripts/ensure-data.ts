// npm run data:ensure: rebuilds public/data only when it is missing or older than its inputs
// (the source files, the build scripts, and src/lib/data, whose parser and writer the build uses).

import fs from 'node:fs';
import path from 'node:path';
import { outDir, REPO_ROOT, sourceDir } from './lib/sources.ts';

const MANIFEST = 'datasets.json';

/** Newest modification time of any file under `dir` (recursively); 0 when the folder does not exist. */
function newestUnder(dir: string): { mtime: number; file: string | null } {
  let best = { mtime: 0, file: null as string | null };
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return best;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    const m = e.isDirectory() ? newestUnder(full) : e.isFile() ? { mtime: fs.statSync(full).mtimeMs, file: full } : null;
    if (m && m.mtime > best.mtime) best = m;
  }
  return best;
}

/** Why public/data needs a rebuild, or null when it is up to date. */
export function staleReason(src: string, out: string): string | null {
  const manifestPath = path.join(out, MANIFEST);
  let built: number;
  let manifest: { datasets?: { file: string }[]; topology?: { file: string }; lookup?: { file: string } };
  try {
    built = fs.statSync(manifestPath).mtimeMs;
    manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  } catch {
    return `${path.relative(REPO_ROOT, manifestPath)} is missing or unreadable`;
  }
  const outputs = [...(manifest.datasets ?? []).map((d) => d.file), manifest.topology?.file, manifest.lookup?.file];
  for (const f of outputs) {
    if (!f || !fs.existsSync(path.join(out, f))) return `an output listed in ${MANIFEST} (${f ?? 'unnamed'}) is missing`;
  }
  for (const dir of [src, path.join(REPO_ROOT, 'scripts'), path.join(REPO_ROOT, 'src/lib/data')]) {
    const newest = newestUnder(dir);
    if (newest.mtime > built) return `${path.relative(REPO_ROOT, newest.file!)} is newer than ${MANIFEST}`;
  }
  return null;
}

const src = sourceDir();
const out = outDir();
const reason = staleReason(src, out);
if (reason === null) {
  console.log('public/data is up to date');
} else {
  console.log(`Rebuilding public/data: ${reason}.`);
  const { buildData } = await import('./lib/build.ts');
  const { SourceError } = await import('./lib/errors.ts');
  try {
    await buildData({ sourceDir: src, outDir: out, log: (line) => console.log(line) });
  } catch (e) {
    if (e instanceof SourceError) console.error(`Data build failed: ${e.message}`);
    else console.error(`Data build failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  }
}
