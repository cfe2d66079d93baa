// Screenshot baselines compared with a tolerance (pixelmatch), so a visual regression fails the suite.
// Baselines live in test/browser/baselines/; on a mismatch the new image and a diff are written to
// test-results/ to look at. To accept a deliberate change: UPDATE_BASELINES=1 npm run test:visual,
// look at the new PNGs, and commit them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Locator } from 'playwright-core';

const DIR = 'test/browser/baselines';
/** Per-pixel colour distance counted as a difference (pixelmatch's threshold, 0 to 1). */
const THRESHOLD = 0.05;
/** Share of an image's pixels that may differ (anti-aliasing is already ignored): 0.1 %. */
const MAX_SHARE = 0.001;

export interface Comparison {
  /** Why it failed, or null when it matched (or the baseline was written on request). */
  problem: string | null;
  differing: number;
}

/** Screenshots a locator (animations stopped, caret hidden) and compares it with its baseline. */
export async function matchesBaseline(target: Locator, name: string): Promise<Comparison> {
  const actual = await target.screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' });
  const file = `${DIR}/${name}.png`;
  if (process.env.UPDATE_BASELINES === '1') {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, actual);
    return { problem: null, differing: 0 };
  }
  mkdirSync('test-results', { recursive: true });
  if (!existsSync(file)) {
    writeFileSync(`test-results/${name}.actual.png`, actual);
    return { problem: `no baseline ${file}: run with UPDATE_BASELINES=1, look at it, and commit it`, differing: 0 };
  }
  const a = PNG.sync.read(readFileSync(file));
  const b = PNG.sync.read(actual);
  if (a.width !== b.width || a.height !== b.height) {
    writeFileSync(`test-results/${name}.actual.png`, actual);
    return { problem: `${name}: ${b.width}×${b.height} px, the baseline is ${a.width}×${a.height}`, differing: 0 };
  }
  const diff = new PNG({ width: a.width, height: a.height });
  const differing = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: THRESHOLD });
  if (differing <= MAX_SHARE * a.width * a.height) return { problem: null, differing };
  writeFileSync(`test-results/${name}.actual.png`, actual);
  writeFileSync(`test-results/${name}.diff.png`, PNG.sync.write(diff));
  return {
    problem: `${name}: ${differing} of ${a.width * a.height} pixels differ from the baseline (see test-results/${name}.diff.png)`,
    differing,
  };
}
