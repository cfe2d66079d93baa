// How far a floating panel, anchored at its button's left edge, moves left so it stays on screen:
// a Share & download block at the right of the page (the industry space) would otherwise open
// off the right edge. Never moves it past the screen's left margin.
export function panelShift(anchorLeft: number, panelWidth: number, viewportWidth: number, margin = 16): number {
  const overflow = anchorLeft + panelWidth - (viewportWidth - margin);
  const room = anchorLeft - margin;
  return overflow > 0 && room > 0 ? -Math.min(overflow, room) : 0;
}
