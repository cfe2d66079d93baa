// Longest file first, so that with two browser workers the last files to start are short ones and
// neither worker is left alone with a 70 s file at the end. Each file's time is the one in
// durations.json (measured in a whole run; `node scripts/test-durations.mjs` refreshes it), the same on
// every machine; a file not in it yet takes Vitest's own time from its last run here, if any (one file
// run alone on a busy machine can take ten times as long, so the cache comes second), or a typical time.
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import hints from './durations.json' with { type: 'json' };

const seconds: Record<string, number> = hints;
const TYPICAL = 5;

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const time = (spec: TestSpecification): number => {
      const file = relative(this.ctx.config.root, spec.moduleId);
      const hint = seconds[relative('test/browser', file)];
      if (spec.project.name === 'browser' && hint !== undefined) return hint;
      const cached = this.ctx.cache.getFileTestResults(`${spec.project.name}:${file}`);
      return cached?.duration ? cached.duration / 1000 : TYPICAL;
    };
    return [...files].sort(
      (a, b) => (a.project.name < b.project.name ? -1 : a.project.name > b.project.name ? 1 : 0) || time(b) - time(a),
    );
  }
}
