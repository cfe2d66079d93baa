// Issue 14 item 6: "Try again" must fetch the importer's chunk anew, not reuse the failed import.
import { describe, expect, it } from 'vitest';
import { retryUrl } from '../../src/lib/import/retry-import';

describe('retryUrl', () => {
  it("takes the failed chunk's URL from Chromium's message and adds a fresh query", () => {
    const e = new TypeError(
      'Failed to fetch dynamically imported module: http://localhost:4173/assets/ImportFlow-FcJGpDsJ.js',
    );
    expect(retryUrl(e, 1)).toBe('http://localhost:4173/assets/ImportFlow-FcJGpDsJ.js?retry=1');
  });
  it('replaces the query of an earlier retry rather than stacking them', () => {
    const e = new TypeError(
      'Failed to fetch dynamically imported module: https://atlas.example/assets/ImportFlow-x.js?retry=1',
    );
    expect(retryUrl(e, 2)).toBe('https://atlas.example/assets/ImportFlow-x.js?retry=2');
  });
  it("reads Firefox's wording too, and gives null when the error names no URL", () => {
    expect(retryUrl(new TypeError('error loading dynamically imported module: https://a.example/assets/F.js'), 3)).toBe(
      'https://a.example/assets/F.js?retry=3',
    );
    expect(retryUrl(new Error('network down'), 1)).toBeNull();
  });
});
