// Where the map's tooltip sits, in the map frame's own coordinates, with the frame's size.
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}
export interface TipPlace {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** At the pointer. */
export function tipAtPointer(clientX: number, clientY: number, frame: Rect): TipPlace {
  return { x: clientX - frame.left, y: clientY - frame.top, w: frame.width, h: frame.height };
}

/** At the centre of a focused area's box (keyboard focus has no pointer). */
export function tipAtCentre(area: Rect, frame: Rect): TipPlace {
  return tipAtPointer(area.left + area.width / 2, area.top + area.height / 2, frame);
}
