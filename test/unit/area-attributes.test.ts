import { describe, expect, it } from 'vitest';
import { setAreaAttribute } from '../../src/lib/map/area-attributes';

/** A stand-in for the map's SVG: its area paths, and how many times they were searched for. */
function fakeMap(codes: string[]) {
  const attrs = codes.map((code) => new Map([['data-code', code]]));
  const paths = attrs.map((a) => ({
    getAttribute: (n: string) => a.get(n) ?? null,
    setAttribute: (n: string, v: string) => void a.set(n, v),
  }));
  const svg = {
    searches: 0,
    querySelectorAll(selector: string) {
      expect(selector).toBe('path.area');
      this.searches++;
      return paths;
    },
  };
  const read = (n: string) => attrs.map((a) => a.get(n));
  return { svg: svg as unknown as Element & { searches: number }, paths, attrs, read };
}

describe('setAreaAttribute', () => {
  it('sets each area its value, and the fallback where it has none', () => {
    const m = fakeMap(['A', 'B', 'C']);
    const fills = new Map([
      ['A', '#111'],
      ['B', null],
    ]);
    setAreaAttribute(m.svg, 'fill', fills, 'url(#no-data)', 1);
    expect(m.read('fill')).toEqual(['#111', 'url(#no-data)', 'url(#no-data)']);
    setAreaAttribute(m.svg, 'aria-label', new Map([['B', 'Bee: 2']]), [{ code: 'A', name: 'Ay' }], 1);
    expect(m.read('aria-label')).toEqual(['Ay', 'Bee: 2', 'C']);
  });

  it('finds the paths once while what is drawn stays the same, and again when it changes', () => {
    const m = fakeMap(['A', 'B']);
    const drawn = ['first'];
    setAreaAttribute(m.svg, 'fill', new Map([['A', '#111']]), 'x', drawn);
    setAreaAttribute(m.svg, 'fill', new Map([['A', '#222']]), 'x', drawn);
    expect(m.svg.searches).toBe(1);
    expect(m.read('fill')).toEqual(['#222', 'x']);
    // A new layer: the same elements now hold other areas.
    m.attrs[0].set('data-code', 'Z');
    setAreaAttribute(m.svg, 'fill', new Map([['Z', '#333']]), 'x', ['second']);
    expect(m.svg.searches).toBe(2);
    expect(m.read('fill')).toEqual(['#333', 'x']);
  });

  it('does nothing without a map', () => {
    expect(() => setAreaAttribute(null, 'fill', new Map(), 'x', 1)).not.toThrow();
  });
});
