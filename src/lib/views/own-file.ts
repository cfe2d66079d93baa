// A user's own file: its totals are sums of only the sectors it holds (often a handful), so every
// share and location quotient is of those sectors, not of the whole economy. Pages say so.

/** "Your file has 5 sectors: …": what shares and LQs of a file's sectors are of. */
export function ownFileScope(sectors: number): string {
  const n = `${sectors} ${sectors === 1 ? 'sector' : 'sectors'}`;
  return `Your file has ${n}: every share, total and location quotient here is of the ${n} in your file, not of the whole economy.`;
}

/** The scope line for a view of a dataset: only a user's own file of counts has one ('' otherwise). */
export function ownScopeNote(datasetId: string, measureKind: string, sectors: number | null): string {
  return datasetId.startsWith('local-') && measureKind !== 'indicator' && sectors !== null ? ownFileScope(sectors) : '';
}
