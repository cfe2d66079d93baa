// perceptualStops for the map's colour ramps, worked out ahead (scripts/colour-stops.ts writes
// stops-table.ts): the first map's legend takes its class colours from here instead of measuring
// 65 colours under four visions before it can draw. A ramp is known by colours sampled along it,
// so a ramp that has changed since the table was written is not found, and its stops are measured
// as before (a unit test checks the table against perceptualStops to the last bit).
import { STOPS_TABLE } from './stops-table';

/** Colours at five points along a ramp: what the table knows it by. */
export function rampSignature(ramp: (t: number) => string): string {
  return [0, 0.25, 0.5, 0.75, 1].map(ramp).join(' ');
}

/** perceptualStops(ramp, from, to, n) from the table (default samples), or null when the table does not have it. */
export function storedStops(ramp: (t: number) => string, from: number, to: number, n: number): number[] | null {
  const candidates = STOPS_TABLE.filter((e) => e.from === from && e.to === to && n >= 1 && n <= e.stops.length);
  if (candidates.length === 0) return null;
  const signature = rampSignature(ramp);
  const entry = candidates.find((e) => e.ramp === signature);
  return entry ? [...entry.stops[n - 1]] : null;
}
