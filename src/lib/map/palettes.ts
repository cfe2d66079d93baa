// The three ColorBrewer schemes the map uses (© Cynthia A. Brewer, Apache 2.0), interpolated exactly as
// d3-scale-chromatic does: a B-spline through the largest class set. Kept here rather than importing
// d3-scale-chromatic, whose single bundled module carries all ~40 schemes into the first download.
import { interpolateRgbBasis } from 'd3-interpolate';

const hex = (s: string) => s.match(/.{6}/g)!.map((c) => `#${c}`);

/** Purple (t = 0) through near-white to orange-brown (t = 1). */
export const interpolatePuOr = interpolateRgbBasis(
  hex('2d004b5427888073acb2abd2d8daebf7f7f7fee0b6fdb863e08214b358067f3b08'),
);
/** Brown (t = 0) through near-white to blue-green (t = 1). */
export const interpolateBrBG = interpolateRgbBasis(
  hex('5430058c510abf812ddfc27df6e8c3f5f5f5c7eae580cdc135978f01665e003c30'),
);
/** Near-white (t = 0) to dark blue (t = 1). */
export const interpolateBlues = interpolateRgbBasis(hex('f7fbffdeebf7c6dbef9ecae16baed64292c62171b508519c08306b'));
