// The evidence pack's sentence generator against hand-worked cases.
import { describe, expect, it } from 'vitest';
import { topSpecialism, type SpecialismBar } from '../../src/lib/pack/specialism';
import { growthClaim } from '../../src/lib/pack/growth-claim';
import { significanceWords } from '../../src/lib/pack/significance';
import { scopeWords } from '../../src/lib/pack/claim';

const bar = (name: string, lq: number, extra: Partial<SpecialismBar> = {}): SpecialismBar => ({
  sector: { code: name.slice(0, 1), name },
  value: 1000,
  lq,
  flag: null,
  ci: null,
  ...extra,
});
const ctx = {
  area: 'Black Country',
  unit: 'enterprises',
  year: '2022',
  benchmark: 'England',
  sectorCount: 18,
  ownData: false,
};

describe('top specialism', () => {
  it('names the sector with the highest LQ and the LQ itself', () => {
    // Share 20% in the area against 10% in England: LQ 2.00.
    const c = topSpecialism([bar('Manufacturing', 2), bar('Retail', 1.1)], ctx);
    expect(c.claimed).toBe(true);
    expect(c.figure).toBe('LQ 2.00');
    expect(c.text).toContain(
      "Black Country's top specialism by enterprises in 2022, of the 18 sectors in this dataset, is Manufacturing (1,000 enterprises)",
    );
    expect(c.text).toContain('a location quotient of 2.00 against England');
    expect(c.text).toContain("2.00 times England's");
  });

  it('without an interval it makes no significance claim', () => {
    const c = topSpecialism([bar('Manufacturing', 2)], ctx);
    expect(c.text).not.toMatch(/significantly/i);
    expect(c.text).toContain('no confidence interval');
  });

  it('with an interval wholly above 1 says "significantly"', () => {
    const c = topSpecialism([bar('Manufacturing', 1.5, { ci: { lower: 1.2, upper: 1.9 } })], ctx);
    expect(c.text).toContain(
      'Its 95% interval, 1.20 to 1.90, lies wholly above 1: significantly more concentrated than in England.',
    );
  });

  it('with an interval that includes 1 does not say "significantly"', () => {
    const c = topSpecialism([bar('Manufacturing', 1.1, { ci: { lower: 0.9, upper: 1.35 } })], ctx);
    expect(c.text).not.toMatch(/significantly/i);
    expect(c.text).toContain('0.90 to 1.35, includes 1, so the difference from England could be chance');
  });

  it('passes over an unreliable figure and says so', () => {
    const c = topSpecialism([bar('Mining', 3.4, { flag: 'unreliable' }), bar('Manufacturing', 1.8)], {
      ...ctx,
      unit: 'people in employment',
    });
    expect(c.figure).toBe('LQ 1.80');
    expect(c.text).toContain('is Manufacturing');
    expect(c.text).toContain(
      'Mining has a higher location quotient, but its figure is marked unreliable by the source, so it is not claimed.',
    );
  });

  it('refuses when the area has 0 in every sector: no share to compare, no specialism', () => {
    const c = topSpecialism([bar('AHRC', NaN, { value: 0 }), bar('BBSRC', NaN, { value: 0 })], {
      ...ctx,
      unit: 'research council funding awarded (£ thousands, nominal)',
      year: '2019/20',
      sectorCount: 2,
      sectorWord: 'research councils',
    });
    expect(c.claimed).toBe(false);
    expect(c.text).toBe(
      "Black Country's research council funding awarded (£ thousands, nominal) in 2019/20 is 0 in every one of the 2 research councils in this dataset, so there is no share to compare with England's and no specialism is claimed.",
    );
  });

  it('refuses when no figure is reliable', () => {
    const c = topSpecialism(
      [bar('Mining', 3.4, { flag: 'unreliable' }), bar('Energy', NaN, { value: NaN, flag: 'suppressed' })],
      ctx,
    );
    expect(c.claimed).toBe(false);
    expect(c.figure).toBeNull();
    expect(c.text).toContain('no specialism is claimed');
  });

  it('says so when nothing is above 1', () => {
    const c = topSpecialism([bar('Retail', 0.95), bar('Construction', 0.9)], ctx);
    expect(c.text).toContain(
      "None of the 18 sectors in this dataset is more concentrated in Black Country than in England in 2022: the highest reliable location quotient is Retail's, 0.95.",
    );
  });

  it('own data: "of the N sectors in your file"', () => {
    const c = topSpecialism([bar('Widgets', 1.25)], { ...ctx, sectorCount: 7, ownData: true });
    expect(c.text).toContain('of the 7 sectors in your file');
  });

  it('a rounded small count is called approximate', () => {
    const c = topSpecialism([bar('Mining', 4, { value: 15, flag: 'rounded' })], ctx);
    expect(c.claimed).toBe(true);
    expect(c.text).toContain('approximate');
  });
});

describe('growth claim', () => {
  const g = {
    area: 'Black Country',
    sector: 'Manufacturing',
    measure: 'Enterprises',
    from: '2018',
    to: '2022',
    startFlag: null,
    endFlag: null,
  };
  it('names the start and end counts', () => {
    // (900 − 800) / 800 = 12.5%.
    const c = growthClaim({ ...g, start: 800, end: 900 });
    expect(c.text).toBe(
      'Enterprises in Manufacturing in Black Country grew by 12.5%, from 800 in 2018 to 900 in 2022.',
    );
    expect(c.figure).toBe('+12.5%');
  });
  it('a fall', () => {
    // (3,300 − 4,000) / 4,000 = −17.5%.
    const c = growthClaim({ ...g, start: 4000, end: 3300 });
    expect(c.text).toBe(
      'Enterprises in Manufacturing in Black Country fell by 17.5%, from 4,000 in 2018 to 3,300 in 2022.',
    );
    expect(c.figure).toBe('−17.5%');
  });
  it('names the unit of each count when the measure does not: £m of GVA, not a bare figure', () => {
    // (1,757 − 1,341) / 1,341 = 31.02%.
    const gva = { ...g, measure: 'Gross value added at current prices', unit: '£m', from: '1998', to: '2023' };
    expect(growthClaim({ ...gva, start: 1341, end: 1757 }).text).toBe(
      'Gross value added at current prices in Manufacturing in Black Country grew by 31.0%, from £1,341m in 1998 to £1,757m in 2023.',
    );
    expect(growthClaim({ ...gva, start: 1341, end: 1341 }).text).toContain('held steady at £1,341m between');
    // "Enterprises" names what one count is already: no "enterprises" after each figure.
    expect(growthClaim({ ...g, unit: 'enterprises', start: 800, end: 900 }).text).toContain(
      'from 800 in 2018 to 900 in',
    );
    expect(
      growthClaim({ ...g, measure: 'People aged 16+ in employment', unit: 'people', start: 800, end: 900 }).text,
    ).toBe(
      'People aged 16+ in employment in Manufacturing in Black Country grew by 12.5%, from 800 in 2018 to 900 in 2022.',
    );
  });
  it('refuses when the start is missing', () => {
    const c = growthClaim({ ...g, start: NaN, end: 900 });
    expect(c.claimed).toBe(false);
    expect(c.text).toBe(
      'No growth is claimed for enterprises in Manufacturing in Black Country between 2018 and 2022: the 2018 figure is missing.',
    );
  });
  it('refuses an unreliable survey estimate (APS "~")', () => {
    const c = growthClaim({
      ...g,
      measure: 'People aged 16+ in employment',
      start: 400,
      end: 2100,
      endFlag: 'unreliable',
    });
    expect(c.claimed).toBe(false);
    expect(c.text).toContain('the 2022 figure is marked unreliable by the source');
    expect(c.text).not.toMatch(/grew|fell/);
  });
  it('no percentage of zero', () => {
    expect(growthClaim({ ...g, start: 0, end: 5 }).claimed).toBe(false);
  });
});

describe('significance and scope words', () => {
  it('below 1', () => {
    expect(significanceWords(0.6, { lower: 0.45, upper: 0.8 }, 'England')).toContain('significantly less concentrated');
  });
  it('scope', () => {
    expect(scopeWords(9, false)).toBe('of the 9 sectors in this dataset');
    expect(scopeWords(3, true)).toBe('of the 3 sectors in your file');
  });
});
