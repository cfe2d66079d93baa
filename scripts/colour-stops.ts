// Writes src/lib/colour/stops-table.ts: perceptualStops for each map colour ramp and the steps a
// first map asks for (lib/colour/stored-stops.ts). Run after changing a ramp or DIVERGING_ENDS:
//   npx tsx scripts/colour-stops.ts && npx prettier --write src/lib/colour/stops-table.ts
// test/unit/stored-stops.test.ts fails while the table is out of date.
import { writeFileSync } from 'node:fs';
import { perceptualStops } from '../src/lib/colour/steps';
import { rampSignature } from '../src/lib/colour/stored-stops';
import { METRICS, metricScale, rampSegments, STORED_STEPS } from '../src/lib/map/classify';

const entries = new Map<string, { ramp: string; from: number; to: number; stops: number[][] }>();
for (const metric of METRICS) {
  const scale = metricScale(metric);
  for (const [from, to] of rampSegments(scale)) {
    const ramp = rampSignature(scale.interpolate);
    const key = `${ramp}|${from}|${to}`;
    if (entries.has(key)) continue;
    const stops = Array.from({ length: STORED_STEPS }, (_, i) => perceptualStops(scale.interpolate, from, to, i + 1));
    entries.set(key, { ramp, from, to, stops });
  }
}
const text = `// Written by scripts/colour-stops.ts: do not edit. perceptualStops(ramp, from, to, n) for n = 1 … ${STORED_STEPS}.
export const STOPS_TABLE: readonly { ramp: string; from: number; to: number; stops: readonly (readonly number[])[] }[] = ${JSON.stringify([...entries.values()])};
`;
writeFileSync('src/lib/colour/stops-table.ts', text);
console.log(`${entries.size} ramp segments, ${STORED_STEPS} step counts each`);
