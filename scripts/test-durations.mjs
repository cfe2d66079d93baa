// Writes test/browser/durations.json, the seconds each browser test file took in the last `npm test`
// (from test-results/vitest-browser.json). The sequencer starts the longest files first from these on
// a checkout with no Vitest cache (CI); run this after adding or much changing a slow file.
import { readFileSync, writeFileSync } from 'node:fs';

const report = JSON.parse(readFileSync('test-results/vitest-browser.json', 'utf8'));
const seconds = report.testResults
  .map((r) => [r.name.replace(/^.*\/test\/browser\//, ''), Math.round((r.endTime - r.startTime) / 100) / 10])
  .sort((a, b) => b[1] - a[1]);
writeFileSync('test/browser/durations.json', JSON.stringify(Object.fromEntries(seconds), null, 2) + '\n');
console.log(`test/browser/durations.json: ${seconds.length} files, ${seconds[0]?.join(' ')} s the longest.`);
