import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import { backtest, backtestCases, combinedAuc, fitCombined } from '../../src/lib/metrics/backtest';
import { districtIndices, lqMatrix, whatNext } from '../../src/lib/metrics/what-next';
import { row } from './fixtures-audit';

describe('backtest cases', () => {
  // Five pairs: 0 no RCA → gained; 1 had RCA (out); 2 no RCA → not gained; 3 start LQ unknown (out);
  // 4 density unknown (out).
  const cases = backtestCases([0.5, 1.2, 0.8, NaN, 0.3], [0.2, 0.9, 0.6, 0.5, NaN], [1.1, 1.5, 0.9, 2, 1]);

  it('keeps pairs without RCA at the start whose figures are known, and marks which gained it', () => {
    expect(cases).toEqual({ density: [0.2, 0.6], lq: [0.5, 0.8], gained: [true, false], cell: [0, 2] });
  });

  it('scores density and start LQ by AUC', () => {
    // The one gain had the lower density and the lower LQ: both rank it wrong, AUC 0.
    const r = backtest(cases);
    expect(r.pairs).toBe(2);
    expect(r.gained).toBe(1);
    expect(r.density.auc).toBe(0);
    expect(r.lq.auc).toBe(0);
  });

  it('scores a combined model fitted on other cases', () => {
    // Fitted where gains mostly have high density and high LQ (not separable: the non-gain at
    // (0.6, 0.7) lies inside the gains' triangle); on a period where gains are high on both, AUC 1.
    const train = {
      density: [0.1, 0.2, 0.8, 0.9, 0.3, 0.6],
      lq: [0.2, 0.3, 0.9, 0.8, 0.5, 0.7],
      gained: [false, false, true, true, true, false],
      cell: [0, 1, 2, 3, 4, 5],
    };
    const test = { density: [0.1, 0.9], lq: [0.1, 0.9], gained: [false, true], cell: [0, 1] };
    expect(combinedAuc(fitCombined(train), test).auc).toBe(1);
  });
});

describe('what next from a cube', () => {
  // England X 50, Y 50. District 1: X 30, Y 10 → LQ X (30/40)/(50/100) = 1.5, Y (10/40)/0.5 = 0.5.
  // District 2: X suppressed, Y 20: its total is partial, so neither LQ is known.
  const cube = buildCube([
    row('E92000001', 'X', '2020', 50),
    row('E92000001', 'Y', '2020', 50),
    row('E06000001', 'X', '2020', 30),
    row('E06000001', 'Y', '2020', 10),
    row('E06000002', 'X', '2020', null, 'suppressed'),
    row('E06000002', 'Y', '2020', 20),
  ]);

  it('takes the districts, not England', () => {
    expect(districtIndices(cube).map((a) => cube.areas[a].code)).toEqual(['E06000001', 'E06000002']);
  });

  it('gives LQs per district, none for a district whose total leaves a sector out', () => {
    const lq = lqMatrix(cube, [1, 2], 0);
    expect(lq[0]).toBeCloseTo(1.5, 12); // X, district 1
    expect(lq[2]).toBeCloseTo(0.5, 12); // Y, district 1
    expect(lq[1]).toBeNaN();
    expect(lq[3]).toBeNaN();
  });

  it('builds RCA from those LQs', () => {
    const wn = whatNext(cube, 0);
    expect([...wn.rca.has]).toEqual([1, 0, 0, 0]);
    expect([...wn.rca.known]).toEqual([1, 0, 1, 0]);
  });
});
