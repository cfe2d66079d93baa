// A chart as a self-contained SVG document for reports and slides: title, subtitle, the chart,
// its legend, source, licence and attribution lines and the download date, on a white background.
// Nothing outside the file is needed: styles are presentation attributes, fonts a system stack.
// Every piece of text is escaped, so an area named "<img src=x onerror=alert(1)>" is just text.
// The chart's own markup is trusted: it is the app's SVG serialised by the browser (see svg-inline.ts).

import { exportFileName } from './file-name';

export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** Characters XML 1.0 forbids (C0 controls other than tab, LF, CR; U+FFFE/U+FFFF; lone surrogates). */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- it matches the control characters XML forbids, on purpose.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe in XML/HTML content and in quoted attributes: & < > " ' escaped, characters XML forbids dropped. */
export function escapeXml(s: string): string {
  return s
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface LegendItem {
  label: string;
  /** Any SVG paint: "#08519c", "rgb(…)", or "url(#hatch)" when the chart markup defines that pattern. */
  colour: string;
  /**
   * A pattern the export draws itself over `colour`: "stripes" (a district in two LEPs: the second
   * colour is `colour2`), "dots" (an approximate figure), "hatch" (no figure).
   */
  pattern?: 'stripes' | 'dots' | 'hatch';
  colour2?: string;
}

export type Legend =
  | { kind: 'swatches'; title?: string; items: readonly LegendItem[] }
  | {
      kind: 'gradient';
      title?: string;
      /** offset 0–1 along the bar. */
      stops: readonly { offset: number; colour: string }[];
      /** Labels under the bar, offset 0–1. */
      ticks: readonly { offset: number; label: string }[];
      /** Marks drawn as swatches under the bar (no figure, approximate, stripes). */
      extras?: readonly LegendItem[];
    };

/** The chart: the children of its <svg> as markup, and that <svg>'s size and viewBox. */
export interface ChartMarkup {
  markup: string;
  width: number;
  height: number;
  /** Defaults to "0 0 width height". */
  viewBox?: string;
}

export interface SvgExportSpec {
  title: string;
  subtitle?: string | null;
  chart: ChartMarkup;
  legend?: Legend | null;
  /** e.g. "ONS, UK Business Counts"; written as "Source: …". */
  source: string;
  /** Appended to the source line as ", <release>" when given. */
  release?: string | null;
  /** e.g. "Open Government Licence v3.0"; written as "Licence: …". */
  licence: string;
  /** Extra lines, e.g. "Contains OS data © Crown copyright and database right 2024". */
  attribution?: readonly string[];
  /** ISO date "YYYY-MM-DD"; written as "Downloaded <date>" (+ " from <link>"). */
  downloaded: string;
  link?: string | null;
  /** Width of the whole image; default the chart's width plus margins. The chart scales to fit. */
  width?: number;
  /** What the chart's marks mean ("† Small count, rounded…"), written under the legend. */
  notes?: readonly string[];
}

export interface StandaloneSvg {
  svg: string;
  width: number;
  height: number;
}

const MARGIN = 16;
const TITLE = { size: 18, weight: 'bold', fill: '#1a1a1a', charWidth: 0.6 };
const SUBTITLE = { size: 13, weight: 'normal', fill: '#444444', charWidth: 0.55 };
const LEGEND = { size: 12, weight: 'normal', fill: '#1a1a1a', charWidth: 0.55 };
const LEGEND_TITLE = { ...LEGEND, weight: 'bold', charWidth: 0.6 };
const FOOTER = { size: 11, weight: 'normal', fill: '#555555', charWidth: 0.55 };
type TextStyle = typeof TITLE;
const LINE = 1.3;

/** Attribute-safe number: finite, at most 2 decimals. */
const n = (x: number) => String(Math.round((Number.isFinite(x) ? x : 0) * 100) / 100);

/** Rough text width: system sans-serif averages about 0.55 em per character. */
const textWidth = (s: string, st: TextStyle) => s.length * st.size * st.charWidth;

/** Greedy word wrap by estimated width; a word longer than a line gets a line of its own. */
export function wrapText(text: string, maxWidth: number, st: TextStyle = SUBTITLE): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? line + ' ' + word : word;
    if (line && textWidth(next, st) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function text(x: number, baseline: number, s: string, st: TextStyle, anchor = 'start'): string {
  const a = anchor === 'start' ? '' : ` text-anchor="${anchor}"`;
  const w = st.weight === 'normal' ? '' : ` font-weight="${st.weight}"`;
  return `<text x="${n(x)}" y="${n(baseline)}" font-size="${st.size}"${w} fill="${st.fill}"${a}>${escapeXml(s)}</text>`;
}

/** A wrapped block of text from `top`; returns its markup and the new top. */
function block(s: string, top: number, width: number, st: TextStyle): [string, number] {
  let out = '';
  for (const line of wrapText(s, width, st)) {
    out += text(MARGIN, top + st.size, line, st);
    top += st.size * LINE;
  }
  return [out, top];
}

/** A 12 px legend swatch; a patterned one brings its own <pattern> (ids unique within the export). */
function swatch(item: LegendItem, x: number, y: number, id: string): string {
  const box = (fill: string) =>
    `<rect x="${n(x)}" y="${n(y)}" width="12" height="12" fill="${fill}" stroke="#666666" stroke-width="0.5"/>`;
  const c = escapeXml(item.colour);
  if (!item.pattern) return box(c);
  let tile: string;
  if (item.pattern === 'stripes') {
    tile =
      `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
      `<rect width="3" height="6" fill="${c}"/><rect x="3" width="3" height="6" fill="${escapeXml(item.colour2 ?? '#ffffff')}"/></pattern>`;
  } else if (item.pattern === 'dots') {
    tile =
      `<pattern id="${id}" width="4" height="4" patternUnits="userSpaceOnUse">` +
      `<rect width="4" height="4" fill="${c}"/><circle cx="2" cy="2" r="0.9" fill="#ffffff"/></pattern>`;
  } else {
    tile =
      `<pattern id="${id}" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
      `<rect width="4" height="4" fill="#f2f2f2"/><line x1="0" y1="0" x2="0" y2="4" stroke="#9a9a9a" stroke-width="1.2"/></pattern>`;
  }
  return `<defs>${tile}</defs>` + box(`url(#${id})`);
}

function legendMarkup(legend: Legend, top: number, width: number): [string, number] {
  let out = '';
  if (legend.title) [out, top] = block(legend.title, top, width, LEGEND_TITLE);
  let part: string;
  if (legend.kind === 'swatches') {
    [part, top] = swatchRows(legend.items, top, width, 'sa-export-swatch');
    out += part;
  } else {
    [part, top] = gradientMarkup(legend, top, width);
    out += part;
    if (legend.extras?.length) {
      [part, top] = swatchRows(legend.extras, top, width, 'sa-export-extra');
      out += part;
    }
  }
  return [out, top + 6];
}

/** Swatches and their labels, wrapped into rows; returns the markup and the new top. */
function swatchRows(items: readonly LegendItem[], top: number, width: number, idPrefix: string): [string, number] {
  const rowHeight = 18;
  let x = MARGIN;
  let out = '';
  items.forEach((item, i) => {
    const w = 18 + textWidth(item.label, LEGEND) + 14;
    if (x > MARGIN && x + w > MARGIN + width) {
      x = MARGIN;
      top += rowHeight;
    }
    out += swatch(item, x, top + 2, `${idPrefix}-${i}`) + text(x + 18, top + 12, item.label, LEGEND);
    x += w;
  });
  if (items.length) top += rowHeight;
  return [out, top];
}

function gradientMarkup(legend: Extract<Legend, { kind: 'gradient' }>, top: number, width: number): [string, number] {
  let out = '';
  const barWidth = Math.min(300, width);
  out +=
    '<defs><linearGradient id="sa-export-legend-gradient" x1="0" x2="1" y1="0" y2="0">' +
    legend.stops
      .map((s) => `<stop offset="${n(Math.min(1, Math.max(0, s.offset)))}" stop-color="${escapeXml(s.colour)}"/>`)
      .join('') +
    '</linearGradient></defs>' +
    `<rect x="${MARGIN}" y="${n(top + 2)}" width="${n(barWidth)}" height="12" fill="url(#sa-export-legend-gradient)" stroke="#666666" stroke-width="0.5"/>`;
  for (const t of legend.ticks) {
    const o = Math.min(1, Math.max(0, t.offset));
    const x = MARGIN + o * barWidth;
    const anchor = o === 0 ? 'start' : o === 1 ? 'end' : 'middle';
    out +=
      `<line x1="${n(x)}" x2="${n(x)}" y1="${n(top + 14)}" y2="${n(top + 18)}" stroke="#666666" stroke-width="1"/>` +
      text(x, top + 30, t.label, LEGEND, anchor);
  }
  top += 34;
  return [out, top];
}

/** The chart, legend and credits as one SVG document (with an XML declaration), and its size. */
export function standaloneSvg(spec: SvgExportSpec): StandaloneSvg {
  const c = spec.chart;
  const width = Math.max(200, Math.round(spec.width ?? c.width + 2 * MARGIN));
  const inner = width - 2 * MARGIN;
  const chartWidth = Math.min(inner, c.width);
  const chartHeight = c.width > 0 ? (c.height * chartWidth) / c.width : 0;
  let top = MARGIN;
  let body = '';
  let part: string;

  [part, top] = block(spec.title, top, inner, TITLE);
  body += part;
  if (spec.subtitle) {
    [part, top] = block(spec.subtitle, top + 2, inner, SUBTITLE);
    body += part;
  }
  top += 8;
  const viewBox = c.viewBox ?? `0 0 ${n(c.width)} ${n(c.height)}`;
  body +=
    `<svg x="${MARGIN}" y="${n(top)}" width="${n(chartWidth)}" height="${n(chartHeight)}" viewBox="${escapeXml(viewBox)}" preserveAspectRatio="xMidYMid meet" overflow="hidden">` +
    c.markup +
    '</svg>';
  top += chartHeight + 12;
  if (spec.legend) {
    [part, top] = legendMarkup(spec.legend, top, inner);
    body += part;
  }
  for (const note of spec.notes ?? []) {
    [part, top] = block(note, top, inner, LEGEND);
    body += part;
  }
  const credits = [
    `Source: ${spec.source}${spec.release ? `, ${spec.release}` : ''}`,
    `Licence: ${spec.licence}`,
    ...(spec.attribution ?? []),
    `Downloaded ${spec.downloaded}${spec.link ? ` from ${spec.link}` : ''}`,
  ];
  top += 4;
  for (const line of credits) {
    [part, top] = block(line, top, inner, FOOTER);
    body += part;
  }
  const height = Math.ceil(top + MARGIN - FOOTER.size * (LINE - 1));
  const desc = [spec.subtitle, credits.join('. ')].filter(Boolean).join('. ');
  const svg =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="sa-export-title sa-export-desc" font-family="${escapeXml(FONT_STACK)}">` +
    `<title id="sa-export-title">${escapeXml(spec.title)}</title>` +
    `<desc id="sa-export-desc">${escapeXml(desc ?? '')}</desc>` +
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>` +
    body +
    '</svg>\n';
  return { svg, width, height };
}

export function svgFileName(parts: readonly (string | number | null | undefined)[]): string {
  return exportFileName(parts, 'svg');
}
