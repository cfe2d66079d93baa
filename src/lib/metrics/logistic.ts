// Logistic regression by Newton–Raphson (iteratively reweighted least squares), for combining a few
// predictors into one score: P(y = 1) = 1 / (1 + exp(−(b0 + b·x))). Small and dependency-free; the
// backtest fits it on one period and scores another.

export interface LogisticModel {
  /** Intercept first, then one coefficient per predictor. */
  coefficients: number[];
  iterations: number;
  converged: boolean;
}

/** Solve the small system A x = b (n × n, row-major) by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    if (Math.abs(m[col][col]) < 1e-14) throw new Error('logistic regression: predictors are collinear');
    for (let r = col + 1; r < n; r++) {
      const f = m[r][col] / m[col][col];
      for (let c = col; c <= n; c++) m[r][c] -= f * m[col][c];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let c = r + 1; c < n; c++) s -= m[r][c] * x[c];
    x[r] = s / m[r][r];
  }
  return x;
}

/** rows: one array of predictors per case; outcomes: 1/true when it happened. Rows with a NaN are skipped. */
export function fitLogistic(
  rows: readonly (readonly number[])[],
  outcomes: ArrayLike<boolean | number>,
  maxIterations = 50,
): LogisticModel {
  const keep = rows.map((r, i) => i).filter((i) => rows[i].every(Number.isFinite));
  if (keep.length === 0) throw new Error('logistic regression: no complete rows');
  const p = rows[keep[0]].length + 1;
  let beta = new Array<number>(p).fill(0);
  for (let it = 1; it <= maxIterations; it++) {
    const h = Array.from({ length: p }, () => new Array<number>(p).fill(0));
    const g = new Array<number>(p).fill(0);
    for (const i of keep) {
      const x = [1, ...rows[i]];
      let z = 0;
      for (let k = 0; k < p; k++) z += beta[k] * x[k];
      const mu = 1 / (1 + Math.exp(-z));
      const w = mu * (1 - mu);
      const y = outcomes[i] ? 1 : 0;
      for (let k = 0; k < p; k++) {
        g[k] += (y - mu) * x[k];
        for (let l = 0; l < p; l++) h[k][l] += w * x[k] * x[l];
      }
    }
    const step = solve(h, g);
    beta = beta.map((b, k) => b + step[k]);
    if (Math.max(...step.map(Math.abs)) < 1e-10) return { coefficients: beta, iterations: it, converged: true };
  }
  return { coefficients: beta, iterations: maxIterations, converged: false };
}

/** The model's linear score b0 + b·x (same order as the probability, cheaper; NaN if any x is). */
export function logisticScore(model: LogisticModel, x: readonly number[]): number {
  let z = model.coefficients[0];
  for (let k = 0; k < x.length; k++) z += model.coefficients[k + 1] * x[k];
  return z;
}
