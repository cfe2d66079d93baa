import { generateCanonicalCsv } from './generate';
import { detectImport } from '../src/lib/import/detect';
import { convertImport, planFromDetection } from '../src/lib/import/convert';
import { cubeOfParse } from '../src/lib/data/cube';
import { buildReport } from '../src/lib/import/report';
import { defaultBenchmarkSums } from '../src/lib/metrics/benchmark';
import { NATIONAL_CODES } from '../src/lib/import/code-systems';
const text = generateCanonicalCsv(400, 50, 50);
const rounds = Number(process.env.R ?? 1);
for (let r = 0; r < rounds; r++) {
  const t = [performance.now()];
  const plan = planFromDetection(detectImport(text));
  t.push(performance.now());
  const result = convertImport(text, plan, { fileName: 'x' });
  t.push(performance.now());
  const cube = cubeOfParse(result);
  t.push(performance.now());
  buildReport(result, cube, { fileName: 'x', knownCodes: new Set(Object.keys(NATIONAL_CODES)) });
  t.push(performance.now());
  defaultBenchmarkSums(cube);
  t.push(performance.now());
  console.log(['detect', 'convert', 'cube', 'report', 'sums'].map((n, i) => `${n} ${(t[i + 1] - t[i]).toFixed(0)}`).join(' '));
}
