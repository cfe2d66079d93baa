// Eigenvalues and eigenvectors of a small symmetric matrix by cyclic Jacobi rotations: exact to
// rounding, no convergence tuning, and fast enough for the ~40 × 40 sector matrices complexity needs.

export interface EigenPairs {
  /** Eigenvalues, largest first. */
  values: Float64Array;
  /** Unit eigenvectors as rows: vector k is vectors[k·n … k·n + n − 1], matching values[k]. */
  vectors: Float64Array;
}

/** matrix: n × n, row-major, symmetric (only symmetric input gives meaningful output). */
export function symmetricEigen(matrix: ArrayLike<number>, n: number, maxSweeps = 100): EigenPairs {
  if (matrix.length !== n * n) throw new Error(`symmetricEigen: ${matrix.length} cells for ${n} × ${n}`);
  const a = Float64Array.from(matrix);
  // v holds the accumulated rotations; its columns become the eigenvectors.
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  let scale = 0;
  for (let i = 0; i < n * n; i++) scale += a[i] * a[i];
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q] * a[p * n + q];
    // Converged when what is left off the diagonal is rounding next to the matrix's own size.
    if (off <= 1e-30 * scale || off < 1e-300) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p];
          const akq = a[k * n + q];
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k];
          const aqk = a[q * n + k];
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p];
          const vkq = v[k * n + q];
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[j * n + j] - a[i * n + i]);
  const values = new Float64Array(n);
  const vectors = new Float64Array(n * n);
  order.forEach((col, k) => {
    values[k] = a[col * n + col];
    for (let r = 0; r < n; r++) vectors[k * n + r] = v[r * n + col];
  });
  return { values, vectors };
}
