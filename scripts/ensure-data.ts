// npm run data:ensure: rebuilds public/data only when it is missing or older than its inputs
// (the source files, the build scripts, and src/lib/data, whose parser and writer the build uses).

import path from 'node:path';
import { staleReason } from './lib/freshness.ts';
import { outDir, REPO_ROOT, sourceDir } from './lib/sources.ts';

const src = sourceDir();
const out = outDir();
const reason = staleReason(
  out,
  [
    src,
    path.join(REPO_ROOT, 'scripts'),
    path.join(REPO_ROOT, 'src/lib/data'),
    path.join(REPO_ROOT, 'src/lib/research'),
    path.join(REPO_ROOT, 'src/lib/metrics/research.ts'),
  ],
  REPO_ROOT,
);
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
