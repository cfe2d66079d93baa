// Metrics: pure functions of the cube. Areas, sectors and years are indices into cube.areas,
// cube.sectors and cube.years; a benchmark is an area index, an area code or a Benchmark.
// Missing stays missing: any metric built on a missing value is NaN, never 0.
export {
  ENGLAND,
  areaBenchmark,
  benchmarkIndex,
  defaultBenchmark,
  resolveBenchmark,
  sumBenchmark,
  type Benchmark,
  type BenchmarkRef,
} from './benchmark';
export { share } from './share';
export { allLocationQuotients, locationQuotient, locationQuotients, lqChange } from './location-quotient';
export { growth, type Growth } from './growth';
export { shiftShare, type ShiftShareComponents, type ShiftShareResult, type ShiftShareSector } from './shift-share';
export { herfindahlIndex, krugmanIndex, type IndexResult } from './specialisation-indices';
export { fiellerRatio, lqConfidenceInterval, type LqInterval } from './confidence';
export { cellFlag, isPartialTotal } from './flags';
export { allowedMetric, allowedSort, measureKindOf, metricsFor, scaleFor } from './measure-kind';
// What could come next: relatedness and complexity (RCA matrices in the same s·A + a layout).
export { revealedComparativeAdvantage, diversity, ubiquity, type RcaMatrix } from './rca';
export { proximity, colocation } from './proximity';
export { relatednessDensity, relatedStrengths } from './relatedness-density';
export { economicComplexity, complexityByReflections, type Complexity } from './complexity';
export { areaUnderCurve, type AucResult } from './auc';
export { fitLogistic, logisticScore, type LogisticModel } from './logistic';
