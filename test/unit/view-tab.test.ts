import { describe, expect, it } from 'vitest';
import { tabCurrent } from '../../src/lib/views/view-tab';

describe('tabCurrent', () => {
  it('marks the tab of the view shown as the current page, and no other', () => {
    expect([tabCurrent('map', 'map'), tabCurrent('map', 'profile'), tabCurrent('map', 'pack')]).toEqual([
      'page',
      undefined,
      undefined,
    ]);
    expect([tabCurrent('pack', 'map'), tabCurrent('pack', 'profile'), tabCurrent('pack', 'pack')]).toEqual([
      undefined,
      undefined,
      'page',
    ]);
  });
  it('marks the Map tab as the section "Places strong in both" is in, not as its page', () => {
    expect([tabCurrent('both', 'map'), tabCurrent('both', 'profile'), tabCurrent('both', 'pack')]).toEqual([
      'true',
      undefined,
      undefined,
    ]);
  });
});
