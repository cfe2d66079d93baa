// Zooming the map to one area: the scale and shift that put the area's on-screen box in the
// middle of the frame, filling most of it.
import type { GeoProjection } from 'd3-geo';
import { screenBounds, type AreaFeature } from './geography';

/** A transform of the drawing: scale by k, then shift by (tx, ty). */
export interface Zoom {
  k: number;
  tx: number;
  ty: number;
}

export const NO_ZOOM: Zoom = { k: 1, tx: 0, ty: 0 };

/** How much of the frame the area fills, along its tighter side. */
const FILL = 0.8;
/** No closer than this, so a small district still shows its neighbours. */
const MAX_SCALE = 8;

/** The zoom that centres the box [[x0, y0], [x1, y1]] in a W × H frame and fills 80% of it (at most 8×). */
export function zoomToBounds([[x0, y0], [x1, y1]]: [[number, number], [number, number]], W: number, H: number): Zoom {
  const k = Math.min(MAX_SCALE, FILL / Math.max((x1 - x0) / W, (y1 - y0) / H, 1e-6));
  return { k, tx: W / 2 - k * ((x0 + x1) / 2), ty: H / 2 - k * ((y0 + y1) / 2) };
}

/** The SVG transform for a zoom; '' when there is none. */
export function zoomTransform({ k, tx, ty }: Zoom): string {
  if (k === 1 && tx === 0 && ty === 0) return '';
  return `translate(${tx.toFixed(1)},${ty.toFixed(1)}) scale(${k.toFixed(3)})`;
}

/**
 * Which area the map zooms to: the selected area when the person asked to zoom to it, else the LEP
 * whose districts are shown, else none.
 */
export function zoomArea<G extends string>(
  zoomed: boolean,
  selected: string | null,
  geography: G,
  focus: { lep: string } | null,
): { code: string; layer: G | 'lep' } | null {
  if (zoomed && selected) return { code: selected, layer: geography };
  return focus ? { code: focus.lep, layer: 'lep' } : null;
}

/**
 * The zoom to the area zoomArea names, from its boundary in a frame of the given size (decoded only
 * here, when someone zooms); none when there is no such area or it is not drawn.
 */
export function zoomToArea(
  to: { code: string; layer: string } | null,
  boundaries: { readonly leps: readonly AreaFeature[]; readonly lads: readonly AreaFeature[] },
  frame: { width: number; height: number; projection: GeoProjection },
): Zoom {
  if (!to) return NO_ZOOM;
  const f = (to.layer === 'lep' ? boundaries.leps : boundaries.lads).find((x) => x.properties.code === to.code);
  return f ? zoomToBounds(screenBounds(f, frame.projection), frame.width, frame.height) : NO_ZOOM;
}
