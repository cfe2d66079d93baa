import { describe, expect, it } from 'vitest';
import { panelShift } from '../../src/lib/export/panel-shift';

describe('panelShift', () => {
  it('leaves a panel that fits where it is', () => {
    // 100 + 640 = 740 ≤ 1280 − 16
    expect(panelShift(100, 640, 1280)).toBe(0);
  });
  it('moves a panel that would run off the right edge back by the overflow', () => {
    // 900 + 640 = 1540; the right limit is 1264, so 276 px left: it then ends at 1264.
    expect(panelShift(900, 640, 1280)).toBe(-276);
  });
  it('never moves it past the left margin when the screen is too narrow', () => {
    // 200 + 640 − 344 = 496 over, but only 200 − 16 = 184 px of room on the left.
    expect(panelShift(200, 640, 360)).toBe(-184);
  });
  it('does not move a panel whose button is already at the left margin', () => {
    expect(panelShift(10, 640, 360)).toBe(0);
  });
});
