// Colour arithmetic the accessibility checks rest on, against published figures: WCAG contrast,
// CIELAB, the CIEDE2000 test pairs of Sharma, Wu and Dalal (2005), and the Machado (2009) matrices.
import { describe, expect, it } from 'vitest';
import { contrastRatio, over, parseColour } from '../../src/lib/colour/contrast';
import { ciede2000, rgbToLab } from '../../src/lib/colour/difference';
import { labAsSeen, simulateLinear, VISIONS } from '../../src/lib/colour/vision';
import { perceptualStops, worstDifference } from '../../src/lib/colour/steps';
import { buildChoropleth } from '../../src/lib/map/choropleth';
import {
  classOf,
  MAX_BREAKS,
  maxClassSteps,
  METRICS,
  metricScale,
  parseManualBreaks,
  type MetricScale,
} from '../../src/lib/map/classify';
import { minNeighbourDifference } from '../../src/lib/colour/difference';

const rgb = (s: string) => parseColour(s)!;

describe('parseColour', () => {
  it('reads hex and the rgb()/rgba() forms browsers report', () => {
    expect(parseColour('#1d4f91')).toEqual({ r: 29, g: 79, b: 145, a: 1 });
    expect(parseColour('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColour('rgb(11, 12, 12)')).toEqual({ r: 11, g: 12, b: 12, a: 1 });
    expect(parseColour('rgba(0, 0, 0, 0.35)')).toEqual({ r: 0, g: 0, b: 0, a: 0.35 });
    expect(parseColour('rgb(0 0 0 / 50%)')).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseColour('url(#x)')).toBeNull();
  });
});

describe('contrastRatio (WCAG 2.2)', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio(rgb('#000'), rgb('#fff'))).toBeCloseTo(21, 10);
    expect(contrastRatio(rgb('#1d4f91'), rgb('#1d4f91'))).toBe(1);
  });
  it('gives the known figures: #767676 on white just passes 4.5:1, #777777 just fails', () => {
    // #767676: channel 118/255 → linear 0.18116; (1.05)/(0.18116 + 0.05) = 4.54.
    expect(contrastRatio(rgb('#767676'), rgb('#ffffff'))).toBeCloseTo(4.54, 2);
    expect(contrastRatio(rgb('#777777'), rgb('#ffffff'))).toBeLessThan(4.5);
  });
  it('blends a see-through colour over what is under it', () => {
    expect(over({ r: 0, g: 0, b: 0, a: 0.5 }, rgb('#ffffff'))).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
  });
});

describe('CIELAB and CIEDE2000', () => {
  it('puts sRGB white at L 100 and red at (53.24, 80.09, 67.20)', () => {
    const w = rgbToLab(rgb('#ffffff'));
    expect(w.L).toBeCloseTo(100, 2);
    expect(w.a).toBeCloseTo(0, 2);
    expect(w.b).toBeCloseTo(0, 2);
    const r = rgbToLab(rgb('#ff0000'));
    expect(r.L).toBeCloseTo(53.24, 1);
    expect(r.a).toBeCloseTo(80.09, 1);
    expect(r.b).toBeCloseTo(67.2, 1);
  });
  it.each([
    // Sharma, Wu and Dalal (2005), table 1: pairs 1, 7, 17, 24, 34.
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
  ])('%j against %j is %f', (p, q, expected) => {
    const lab = ([L, a, b]: number[]) => ({ L, a, b });
    expect(ciede2000(lab(p), lab(q))).toBeCloseTo(expected, 4);
    expect(ciede2000(lab(q), lab(p))).toBeCloseTo(expected, 4);
  });
});

describe('Machado (2009) simulation, severity 1', () => {
  it('leaves greys grey (each row of each matrix sums to 1)', () => {
    for (const v of VISIONS) {
      const [r, g, b] = simulateLinear(rgb('#808080'), v);
      expect(r).toBeCloseTo(g, 3);
      expect(g).toBeCloseTo(b, 3);
    }
  });
  it('shows pure red to a protanope as the first column of the matrix', () => {
    expect(simulateLinear(rgb('#ff0000'), 'protanopia')).toEqual([0.152286, 0.114503, 0]);
    expect(simulateLinear(rgb('#ff0000'), 'deuteranopia')).toEqual([0.367322, 0.280085, 0]);
  });
  it('makes red and green hard to tell apart for protanopes and deuteranopes, not for tritanopes', () => {
    const red = rgb('#d62728');
    const green = rgb('#2ca02c');
    const d = (v: (typeof VISIONS)[number]) => ciede2000(labAsSeen(red, v), labAsSeen(green, v));
    expect(d('normal')).toBeGreaterThan(50);
    expect(d('protanopia')).toBeLessThan(d('normal') / 2);
    expect(d('deuteranopia')).toBeLessThan(d('normal') / 2);
    expect(d('tritanopia')).toBeGreaterThan(d('protanopia'));
  });
});

describe('perceptualStops', () => {
  it('keeps both ends and splits a grey ramp into steps that look equal', () => {
    const grey = (t: number) => {
      const c = Math.round(255 * t);
      return `rgb(${c}, ${c}, ${c})`;
    };
    const t = perceptualStops(grey, 0, 1, 4, 256);
    expect(t[0]).toBe(0);
    expect(t[4]).toBe(1);
    const steps = t.slice(1).map((x, i) => worstDifference(grey(t[i]), grey(x)));
    // Equal within a few per cent (CIEDE2000 is not exactly additive along a ramp).
    for (const s of steps) expect(s / steps[0]).toBeGreaterThan(0.85);
    for (const s of steps) expect(s / steps[0]).toBeLessThan(1.15);
  });
});

describe('every map colour scheme, classed as the map classes it', () => {
  // The breaks that put the scale's centre in class c of five (for the log LQ scale, the same in log).
  const breaksFor = (metric: (typeof METRICS)[number], c: number) => {
    const lin = [1, 2, 3, 4].map((i) => i - c - 0.5);
    return metricScale(metric).transform === 'log' ? lin.map(Math.exp) : lin.map((b) => b + metricScale(metric).centre);
  };
  const cases = METRICS.flatMap((m) =>
    (metricScale(m).kind === 'diverging' ? [0, 1, 2, 3, 4] : [0]).map((c) => [m, c] as const),
  );
  it.each(cases)(
    '%s with the centre in class %i: neighbours ≥ 10 apart (CIEDE2000), ≥ 6 with simulated CVD',
    (metric, c) => {
      const choropleth = buildChoropleth(metric, 'manual', [], { manualBreaks: breaksFor(metric, c) });
      expect(choropleth.legend.type).toBe('classes');
      if (choropleth.legend.type !== 'classes') return;
      const colours = choropleth.legend.classes.map((k) => rgb(k.colour));
      expect(colours).toHaveLength(5);
      for (const v of VISIONS) {
        const min = minNeighbourDifference(colours.map((x) => labAsSeen(x, v)));
        expect(min, v).toBeGreaterThanOrEqual(v === 'normal' ? 10 : 6);
      }
    },
  );
  it('LQ bands, the default classes: the same checks', () => {
    const choropleth = buildChoropleth('lq', 'bands', [0.3, 1, 3]);
    if (choropleth.legend.type !== 'classes') throw new Error('bands are classes');
    const colours = choropleth.legend.classes.map((k) => rgb(k.colour));
    for (const v of VISIONS) {
      expect(minNeighbourDifference(colours.map((x) => labAsSeen(x, v))), v).toBeGreaterThanOrEqual(
        v === 'normal' ? 10 : 6,
      );
    }
  });
  it('the "Number" map of skewed counts: five quantile classes, whole-number breaks, neighbours far apart', () => {
    // Counts like the enterprises per LEP: most small, a few very large.
    const counts = [120, 135, 150, 180, 210, 260, 300, 390, 450, 610, 900, 1400, 2834, 2836, 9000, 41000];
    const c = buildChoropleth('value', 'quantiles', counts);
    if (c.legend.type !== 'classes') throw new Error('quantiles are classes');
    for (const k of c.legend.classes)
      for (const b of [k.from, k.to]) if (b !== null) expect(Number.isInteger(b)).toBe(true);
    const colours = c.legend.classes.map((k) => rgb(k.colour));
    expect(colours).toHaveLength(5);
    for (const v of VISIONS) {
      expect(minNeighbourDifference(colours.map((x) => labAsSeen(x, v))), v).toBeGreaterThanOrEqual(
        v === 'normal' ? 10 : 6,
      );
    }
  });
});

describe('breaks a person types: any number of classes the UI allows', () => {
  // The scales a map can colour with: each metric's, and an indicator's value diverging from 100 (an index).
  const scales = [
    ...METRICS.map((m) => [m, metricScale(m)] as const),
    ['index around 100', { ...metricScale('growth'), centre: 100 }] as const,
  ];
  // Breaks for n classes with the scale's centre in class c: whole steps either side of it.
  const breaksFor = (scale: MetricScale, n: number, c: number) => {
    const lin = Array.from({ length: n - 1 }, (_, i) => i + 1 - c - 0.5);
    return scale.transform === 'log' ? lin.map((b) => Math.exp(b / 4)) : lin.map((b) => b + scale.centre);
  };
  const cases = scales.flatMap(([name, scale]) =>
    Array.from({ length: MAX_BREAKS }, (_, i) => i + 2).flatMap((n) =>
      (scale.kind === 'diverging' ? Array.from({ length: n }, (_, c) => c) : [0]).map(
        (c) => [name, n, c, scale] as const,
      ),
    ),
  );
  it.each(cases)(
    '%s, %i classes, centre in class %i: accepted with neighbours ≥ 10 apart (≥ 6 with CVD), or refused with a reason',
    (_, n, c, scale) => {
      const breaks = breaksFor(scale, n, c);
      if (scale.kind === 'diverging') expect(classOf(scale.centre, breaks, scale)).toBe(c);
      const parsed = parseManualBreaks(breaks.join(', '), scale);
      if (!parsed.ok) {
        expect(parsed.error).toMatch(/^At most \d+ .* too alike to tell apart, especially for colour-blind readers\./);
        return;
      }
      const choropleth = buildChoropleth('lq', 'manual', [], { manualBreaks: parsed.breaks, scale });
      if (choropleth.legend.type !== 'classes') throw new Error('manual breaks are classes');
      const colours = choropleth.legend.classes.map((k) => rgb(k.colour));
      expect(colours).toHaveLength(n);
      for (const v of VISIONS) {
        expect(minNeighbourDifference(colours.map((x) => labAsSeen(x, v))), v).toBeGreaterThanOrEqual(
          v === 'normal' ? 10 : 6,
        );
      }
    },
  );
  it('still allows what a person usually wants: 7 LQ classes round 1, 6 growth classes, 6 number classes', () => {
    expect(parseManualBreaks('0.5, 0.67, 0.8, 1.25, 1.5, 2', metricScale('lq')).ok).toBe(true);
    expect(parseManualBreaks('-10, -5, 0, 5, 10', metricScale('growth')).ok).toBe(true);
    expect(parseManualBreaks('10, 100, 1000, 10000, 100000', metricScale('value')).ok).toBe(true);
  });
  it('says how many it can colour apart, and on which side of the centre there are too many', () => {
    const lq = parseManualBreaks('1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8', metricScale('lq'));
    expect(lq.ok).toBe(false);
    if (!lq.ok) expect(lq.error).toMatch(/These breaks make 8 above it\.$/);
    const value = parseManualBreaks('1, 2, 3, 4, 5, 6, 7, 8', metricScale('value'));
    expect(value.ok).toBe(false);
    if (!value.ok) expect(value.error).toMatch(/You entered 8\.$/);
    // Eleven classes are more than any of the three ramps can keep 10 apart (each is about 60–75 CIEDE2000 long end to end).
    for (const m of METRICS) expect(maxClassSteps(metricScale(m))).toBeLessThan(10);
  });
});
