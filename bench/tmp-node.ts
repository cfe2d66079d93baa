import { generateCanonicalCsv } from './generate';
import { detectImport } from '../src/lib/import/detect';
import { planFromDetection } from '../src/lib/import/convert';
import { runImport, rejectedCsvFor } from '../src/lib/import/pipeline';
import { defaultBenchmarkSums } from '../src/lib/metrics/benchmark';
import { NATIONAL_CODES } from '../src/lib/import/code-systems';
const text = generateCanonicalCsv(400, 50, 50);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let r = 0; r < 3; r++) {
  (globalThis as any).gc?.();
  let c0 = cpu(), t0 = performance.now();
  const d = detectImport(text);
  const plan = planFromDetection(d);
  let c1 = cpu(), t1 = performance.now();
  let n = 0;
  const out = runImport(text, plan, { fileName: 'x.csv', knownCodes: new Set(Object.keys(NATIONAL_CODES)), onProgress: () => n++ });
  let c2 = cpu(), t2 = performance.now();
  const s = defaultBenchmarkSums(out.cube);
  let c3 = cpu(), t3 = performance.now();
  rejectedCsvFor(text, out.result);
  let c4 = cpu(), t4 = performance.now();
  console.log(`detect ${(t1-t0).toFixed(0)}/${(c1-c0).toFixed(0)} runImport ${(t2-t1).toFixed(0)}/${(c2-c1).toFixed(0)} (progress ${n}) sums ${(t3-t2).toFixed(0)}/${(c3-c2).toFixed(0)} rejected ${(t4-t3).toFixed(0)}/${(c4-c3).toFixed(0)}  wall/cpu ms`, !!s);
}
