// Research data's true zeros on the value map: a 0 is named in the zero grey and takes no class, so
// the classes are cut over the areas with some, and the 4* FTE zero says whether staff were submitted.
// Every expected figure below is worked by hand in the comments.
import { describe, expect, it } from 'vitest';
import { buildChoropleth, legendItems } from '../../src/lib/map/choropleth';
import { areaFills } from '../../src/lib/map/fills';
import { zeroLegendItems } from '../../src/lib/views/map-view';
import { classedValues, shownZero, zeroIsNamed, zeroText, zeroWords } from '../../src/lib/views/true-zero';
import { areaRow } from './fixtures-area-row';

// Six areas with 0 in the subject (something in others) and ten with 1 … 10.
const rows = [
  ...Array.from({ length: 6 }, (_, i) => areaRow({ code: `Z${i}`, value: 0, share: 0, zero: 'sector' })),
  ...Array.from({ length: 10 }, (_, i) => areaRow({ code: `V${i + 1}`, value: i + 1 })),
];
const words = zeroWords('ref2021-fte')!;
const fmt = (v: number) => String(v);

describe('a true zero on the value map', () => {
  it('is named, not coloured, on a value or a share; growth of 0 stays a figure', () => {
    expect(zeroIsNamed('value', 0)).toBe(true);
    expect(zeroIsNamed('share', 0)).toBe(true);
    expect(zeroIsNamed('value', 0.5)).toBe(false);
    expect(zeroIsNamed('value', -2)).toBe(false); // an indicator's negative value is a figure
    expect(zeroIsNamed('growth', 0)).toBe(false);
    expect(zeroIsNamed('lq', 0)).toBe(true);
    expect(shownZero(rows[0], 'value')).toBe('sector');
    expect(shownZero(rows[6], 'value')).toBeNull();
  });

  it('takes no class: quantiles are cut over the ten with some, two areas each, and the six are counted apart', () => {
    const vals = classedValues(rows, 'value', words);
    expect(vals.slice(0, 6).every(Number.isNaN)).toBe(true);
    expect(vals.slice(6)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Quantiles of 1 … 10 at 0.2, 0.4, 0.6, 0.8: positions 1.8, 3.6, 5.4, 7.2 of the sorted ten give
    // 2.8, 4.6, 6.4, 8.2; counts are whole, so breaks round up to 3, 5, 7, 9: {1,2} {3,4} {5,6} {7,8} {9,10}.
    const c = buildChoropleth('value', 'quantiles', vals, { classes: 5 });
    const items = legendItems(c, fmt, 'England', vals);
    expect(items.map((i) => [i.label, i.count])).toEqual([
      ['under 3', 2],
      ['3 to 5', 2],
      ['5 to 7', 2],
      ['7 to 9', 2],
      ['9 and over', 2],
    ]);
    const zeros = zeroLegendItems(rows, 'value', words);
    expect(zeros.map((z) => [z.label, z.count])).toEqual([['None in this subject', 6]]);
    // Every area once: 10 in classes + 6 named = 16.
    expect(items.reduce((n, i) => n + i.count, 0) + zeros[0].count).toBe(rows.length);
    const fills = areaFills(rows, 'value', c.colour, words);
    expect(fills.get('Z0')).toBe('#b8b8b8');
    expect(fills.get('V1')).toBe(items[0].colour);
  });

  it('with the zeros in the classes (the fault), the first class was "under 0" with no area in it', () => {
    // Sixteen values, six of them 0: quantile positions 3, 6, 9, 12 fall on 0, 1, 4, 7.
    const raw = rows.map((r) => r.value);
    const items = legendItems(buildChoropleth('value', 'quantiles', raw, { classes: 5 }), fmt, 'England', raw);
    expect(items[0]).toMatchObject({ label: 'under 0', count: 0 });
  });

  it('keeps every figure where zeros may be rounded counts (no zero words: business data)', () => {
    expect(classedValues(rows, 'value', undefined)).toEqual(rows.map((r) => r.value));
  });
});

describe("the 4* FTE map's words for a 0 in a subject", () => {
  const four = zeroWords('ref2021-4star-fte')!;
  it('says staff were submitted, and how many, when the FTE cube shows some', () => {
    expect(zeroText(four, 'sector', 8.6)).toBe('No world-leading (4*) research in this subject (8.6 FTE submitted)');
    // One decimal, as REF publishes FTE: 12.25 → "12.3".
    expect(zeroText(four, 'sector', 12.25)).toBe('No world-leading (4*) research in this subject (12.3 FTE submitted)');
  });
  it('says none were submitted only when the FTE is 0 too', () => {
    expect(zeroText(four, 'sector', 0)).toBe('None submitted in this subject');
  });
  it('without the FTE (not loaded), says only what is sure: no 4* research; the legend says the same', () => {
    expect(zeroText(four, 'sector', undefined)).toBe('No world-leading (4*) research in this subject');
    expect(four.sector).toBe('No world-leading (4*) research in this subject');
  });
  it('an area with nothing at all, and the other REF volumes, keep their words', () => {
    expect(zeroText(four, 'area', 0)).toBe('No research submitted');
    expect(zeroText(words, 'sector', 0)).toBe('None in this subject');
    expect(zeroText(words, 'sector', 5)).toBe('None in this subject');
  });
});
