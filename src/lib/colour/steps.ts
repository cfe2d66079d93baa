// Where along a colour ramp to take the colours of map classes, so that neighbouring classes look
// equally different, to everyone: steps of equal length measured by the smallest CIEDE2000
// difference under normal vision and the three simulated dichromacies. Equal steps in t are not
// equal to the eye (ColorBrewer ramps change slowly near white), which is how a five-class map
// could end up with neighbours 1.4 apart.
import { parseColour } from './contrast';
import { ciede2000 } from './difference';
import { labAsSeen, VISIONS, type Vision } from './vision';

/** The CIEDE2000 difference between two colours as seen with the given vision. */
export function differenceAsSeen(a: string, b: string, vision: Vision): number {
  const p = parseColour(a);
  const q = parseColour(b);
  if (!p || !q) throw new Error(`Not a colour: ${p ? b : a}`);
  return ciede2000(labAsSeen(p, vision), labAsSeen(q, vision));
}

/** The smallest CIEDE2000 difference between two colours over normal vision and the three dichromacies. */
export function worstDifference(a: string, b: string): number {
  return Math.min(...VISIONS.map((v) => differenceAsSeen(a, b, v)));
}

/**
 * n + 1 positions from `from` to `to` (both included) that split the ramp between them into n steps of
 * equal perceived length (the sum of worstDifference over `samples` small steps).
 */
export function perceptualStops(
  ramp: (t: number) => string,
  from: number,
  to: number,
  n: number,
  samples = 64,
): number[] {
  if (n <= 0) return [from];
  const ts = Array.from({ length: samples + 1 }, (_, i) => from + ((to - from) * i) / samples);
  // Each sample's colour parsed and seen once, not twice (it ends one step and starts the next): this
  // runs before the first map is drawn. The sums are worstDifference's, to the last bit.
  const seen = ts.map((t) => {
    const colour = ramp(t);
    const rgb = parseColour(colour);
    if (!rgb) throw new Error(`Not a colour: ${colour}`);
    return VISIONS.map((v) => labAsSeen(rgb, v));
  });
  const cum = [0];
  for (let i = 1; i <= samples; i++) {
    const a = seen[i - 1];
    const b = seen[i];
    cum.push(cum[i - 1] + Math.min(...a.map((lab, v) => ciede2000(lab, b[v]))));
  }
  const total = cum[samples];
  const out = [from];
  let j = 1;
  for (let k = 1; k < n; k++) {
    const goal = (total * k) / n;
    while (j < samples && cum[j] < goal) j++;
    // Linear between the two samples either side of the goal.
    const span = cum[j] - cum[j - 1];
    const f = span > 0 ? (goal - cum[j - 1]) / span : 0;
    out.push(ts[j - 1] + (ts[j] - ts[j - 1]) * f);
  }
  out.push(to);
  return out;
}
