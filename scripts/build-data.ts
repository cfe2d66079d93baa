// npm run data: builds public/data/ from the official source files (../shared/data or $ATLAS_SOURCE_DIR).

import { buildData } from './lib/build.ts';
import { SourceError } from './lib/errors.ts';
import { outDir, sourceDir } from './lib/sources.ts';

try {
  await buildData({ sourceDir: sourceDir(), outDir: outDir(), log: (line) => console.log(line) });
} catch (e) {
  if (e instanceof SourceError) console.error(`Data build failed: ${e.message}`);
  else console.error(`Data build failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exit(1);
}
