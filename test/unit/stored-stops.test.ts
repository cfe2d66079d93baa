import { describe, expect, it } from 'vitest';
import { perceptualStops } from '../../src/lib/colour/steps';
import { rampSignature, storedStops } from '../../src/lib/colour/stored-stops';
import { STOPS_TABLE } from '../../src/lib/colour/stops-table';
import { classPositions, METRICS, metricScale, rampSegments, STORED_STEPS } from '../../src/lib/map/classify';

describe('stored colour stops (scripts/colour-stops.ts)', () => {
  it('hold what perceptualStops measures, to the last bit (else: npx tsx scripts/colour-stops.ts)', () => {
    expect(STOPS_TABLE.length).toBeGreaterThan(0);
    for (const e of STOPS_TABLE) {
      const scale = METRICS.map(metricScale).find((s) => rampSignature(s.interpolate) === e.ramp);
      expect(scale, e.ramp).toBeDefined();
      e.stops.forEach((stops, i) => {
        expect([...stops], `${e.ramp} ${e.from}→${e.to}, ${i + 1} steps`).toEqual(
          perceptualStops(scale!.interpolate, e.from, e.to, i + 1),
        );
      });
    }
  });

  it("cover every metric's ramp, each segment, 1 to STORED_STEPS steps", () => {
    for (const m of METRICS) {
      const scale = metricScale(m);
      for (const [from, to] of rampSegments(scale))
        for (let n = 1; n <= STORED_STEPS; n++)
          expect(storedStops(scale.interpolate, from, to, n), `${m} ${from}→${to} ${n}`).not.toBeNull();
    }
  });

  it('give nothing for a ramp, a segment or a step count they do not hold', () => {
    const lq = metricScale('lq');
    // Black to white: a ramp no map uses (as a changed ramp would be).
    const grey = (t: number) => `rgb(${Math.round(255 * t)}, ${Math.round(255 * t)}, ${Math.round(255 * t)})`;
    expect(storedStops(grey, 0.5, 0.04, 2)).toBeNull();
    expect(storedStops(lq.interpolate, 0, 1, 2)).toBeNull();
    expect(storedStops(lq.interpolate, 0.5, 0.04, STORED_STEPS + 1)).toBeNull();
    expect(storedStops(lq.interpolate, 0.5, 0.04, 0)).toBeNull();
  });

  it('a ramp the table lacks is measured instead: its classes still split it into equal steps', () => {
    // A grey ramp has no hue, so equal perceived steps are what perceptualStops gives for it.
    const grey = (t: number) => `rgb(${Math.round(255 * t)}, ${Math.round(255 * t)}, ${Math.round(255 * t)})`;
    const scale = { kind: 'sequential' as const, transform: 'linear' as const, centre: 0, interpolate: grey };
    expect(classPositions(scale, 3, 0)).toEqual(perceptualStops(grey, 0, 1, 2));
  });

  it('a stored answer is a copy: changing it does not change the table', () => {
    const lq = metricScale('lq');
    const a = storedStops(lq.interpolate, 0.5, 0.96, 2)!;
    a[1] = 99;
    expect(storedStops(lq.interpolate, 0.5, 0.96, 2)![1]).not.toBe(99);
  });
});
