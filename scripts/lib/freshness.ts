// Is public/data up to date? Used by scripts/ensure-data.ts; kept free of the build's imports so
// the up-to-date path stays fast.

import fs from 'node:fs';
import path from 'node:path';

export const MANIFEST_FILE = 'datasets.json';

/** Newest modification time of any file under `dir` (recursively); 0 when the folder does not exist. */
export function newestUnder(dir: string): { mtime: number; file: string | null } {
  let best = { mtime: 0, file: null as string | null };
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return best;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    const m = e.isDirectory()
      ? newestUnder(full)
      : e.isFile()
        ? { mtime: fs.statSync(full).mtimeMs, file: full }
        : null;
    if (m && m.mtime > best.mtime) best = m;
  }
  return best;
}

/**
 * Why `out` needs a rebuild, or null when it is up to date: its datasets.json is missing or unreadable,
 * a file it lists is missing, or any file under one of `inputs` is newer than it.
 */
export function staleReason(out: string, inputs: string[], relativeTo = process.cwd()): string | null {
  const manifestPath = path.join(out, MANIFEST_FILE);
  let built: number;
  let manifest: {
    datasets?: { file: string }[];
    topology?: { file: string; paths?: string };
    lookup?: { file: string };
  };
  try {
    built = fs.statSync(manifestPath).mtimeMs;
    manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  } catch {
    return `${path.relative(relativeTo, manifestPath)} is missing or unreadable`;
  }
  const outputs = [
    ...(manifest.datasets ?? []).map((d) => d.file),
    manifest.topology?.file,
    ...(manifest.topology?.paths ? [manifest.topology.paths] : []),
    manifest.lookup?.file,
  ];
  for (const f of outputs) {
    if (!f || !fs.existsSync(path.join(out, f)))
      return `an output listed in ${MANIFEST_FILE} (${f ?? 'unnamed'}) is missing`;
  }
  for (const dir of inputs) {
    const newest = newestUnder(dir);
    if (newest.mtime > built) return `${path.relative(relativeTo, newest.file!)} is newer than ${MANIFEST_FILE}`;
  }
  return null;
}
