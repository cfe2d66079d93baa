// Number words for the what-next views.
export const formatDensity = (v: number): string => (Number.isFinite(v) ? `${Math.round(v * 100)}%` : '–');
export const formatIndex = (v: number): string =>
  Number.isFinite(v) ? `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(2)}` : '–';
export const formatAuc = (v: number): string => (Number.isFinite(v) ? v.toFixed(2) : '–');
