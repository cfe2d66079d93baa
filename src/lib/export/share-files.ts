// The files a "Share & download" block offers, built from its spec (share-spec.ts): the view's
// table, the whole dataset's, the notes on both, and the chart as a standalone SVG, each named by
// what it holds. No DOM beyond the chart element the spec hands over.
import type { Cube } from '../data/types';
import type { Lookup } from '../map/geography';
import { lepNamesText, lepsOfDistrict } from '../views/lep-districts';
import { csvFileName, csvHeaderFromDataset, datasetCsv, datasetTitle, notesText } from './csv-download';
import { exportFileName, isoDate } from './file-name';
import type { ShareSpec } from './share-spec';
import { standaloneSvg } from './svg-export';
import { serialiseChart } from './svg-inline';

export interface ShareContext {
  cube: Cube | null;
  lookup: Lookup | null;
  lepName: (code: string) => string;
  /** A link back to this view, or null for a user's own file (it cannot be opened elsewhere). */
  link: string | null;
  today: Date;
}

export function shareFiles(spec: ShareSpec, ctx: ShareContext) {
  const header = () =>
    csvHeaderFromDataset(spec.meta, {
      title: spec.title,
      filters: spec.filters,
      benchmark: spec.benchmark,
      downloaded: isoDate(ctx.today),
      link: ctx.link,
    });
  // Files are named by what they hold: the view's by its choices, the whole dataset's by the dataset.
  const viewFile = (ext: string) => exportFileName(spec.fileParts, ext);
  const datasetFile = () => csvFileName([spec.meta.title, 'every area sector and year']);
  const viewTable = () => spec.viewCsv(header());
  const datasetTable = () => {
    const { cube, lookup } = ctx;
    if (!cube) throw new Error('The data is not loaded yet.');
    return datasetCsv({
      header: { ...header(), title: datasetTitle(spec.meta), filters: [], link: null },
      cube,
      meta: spec.meta,
      lepsOf: lookup ? (code) => lepNamesText(lepsOfDistrict(lookup, code, ctx.lepName)) : undefined,
    });
  };
  const extras = spec.extraCsv ?? [];
  const extraFile = (i: number) => exportFileName([...spec.fileParts, extras[i].part], 'csv');
  const extraTable = (i: number) => extras[i].table(header());
  return {
    viewFile,
    extraFile,
    extraTable,
    datasetFile,
    notesFile: () => exportFileName([...spec.fileParts, 'notes'], 'txt'),
    viewTable,
    datasetTable,
    notes: () =>
      notesText([
        { fileName: viewFile('csv'), table: viewTable() },
        ...extras.map((_, i) => ({ fileName: extraFile(i), table: extraTable(i) })),
        { fileName: datasetFile(), table: datasetTable() },
      ]),
    svgDocument: () => {
      const svg = spec.chart();
      if (!svg) throw new Error('The chart is not on the page yet.');
      return standaloneSvg({
        title: spec.title,
        subtitle: spec.subtitle,
        chart: serialiseChart(svg),
        legend: spec.legend,
        notes: spec.notes,
        source: spec.meta.source,
        release: spec.meta.release,
        licence: spec.meta.licence,
        attribution: spec.meta.attribution,
        downloaded: isoDate(ctx.today),
        link: ctx.link,
      });
    },
  };
}
