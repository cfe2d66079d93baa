import { describe, expect, it } from 'vitest';
import { escapeXml, standaloneSvg, svgFileName, wrapText, type SvgExportSpec } from '../../src/lib/export/svg-export';
import { pngFileName } from '../../src/lib/export/png-export';

const EVIL = '<img src=x onerror=alert(1)>';

const spec: SvgExportSpec = {
  title: 'Where manufacturing is concentrated',
  subtitle: `Location quotient, LEPs, 2022 — ${EVIL}`,
  chart: {
    markup: '<rect x="0" y="0" width="10" height="10" fill="#08519c"/>',
    width: 600,
    height: 400,
    viewBox: '0 0 960 640',
  },
  legend: {
    kind: 'swatches',
    title: 'LQ (England = 1)',
    items: [
      { label: 'Below 0.8', colour: '#f7fbff' },
      { label: '0.8 to 1.25', colour: '#c6dbef' },
      { label: EVIL, colour: '"/><script>alert(1)</script>' },
    ],
  },
  source: 'ONS, UK Business Counts',
  release: '2023-09-27',
  licence: 'Open Government Licence v3.0',
  attribution: ['Contains OS data © Crown copyright and database right 2024'],
  downloaded: '2024-05-01',
  link: 'https://atlas.test/?sector=C&year=2022',
};

/** Minimal XML well-formedness: every tag closes in order, no stray "<" or "&", one root. */
function checkWellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\n/, '');
  const stack: string[] = [];
  let roots = 0;
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/y;
  let i = 0;
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const textPart = body.slice(i, lt === -1 ? body.length : lt);
    expect(textPart.replace(/&(amp|lt|gt|quot|apos);/g, '')).not.toMatch(/[&>]/);
    if (lt === -1) break;
    tag.lastIndex = lt;
    const m = tag.exec(body);
    if (!m) throw new Error(`Not a tag at ${lt}: ${body.slice(lt, lt + 60)}`);
    const [, close, name, , self] = m;
    if (close) expect(stack.pop()).toBe(name);
    else if (!self) {
      if (stack.length === 0) roots++;
      stack.push(name);
    } else if (stack.length === 0) roots++;
    i = tag.lastIndex;
  }
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
}

describe('escapeXml', () => {
  it('escapes markup characters and drops characters XML forbids', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f');
    expect(escapeXml('x\u0000\u0007y\tz\n')).toBe('xy\tz\n');
    expect(escapeXml('lone \uD800 surrogate, pair 😀')).toBe('lone  surrogate, pair 😀');
  });
});

describe('standaloneSvg', () => {
  const out = standaloneSvg(spec);

  it('is a self-contained SVG document of the stated size', () => {
    expect(
      out.svg.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"',
      ),
    ).toBe(true);
    expect(out.width).toBe(632);
    expect(out.svg).toContain(` width="${out.width}" height="${out.height}" viewBox="0 0 ${out.width} ${out.height}"`);
    expect(out.height).toBeGreaterThan(400 + 18 + 13 + 4 * 11);
    expect(out.svg).toContain('font-family="system-ui, -apple-system, &apos;Segoe UI&apos;, Roboto');
    expect(out.svg).not.toMatch(/<style|class=|href="http|@import/);
    checkWellFormed(out.svg);
  });

  it('holds title, subtitle, chart, legend, source, licence, attribution and date', () => {
    expect(out.svg).toContain('<title id="sa-export-title">Where manufacturing is concentrated</title>');
    expect(out.svg).toContain('>Where manufacturing is concentrated</text>');
    expect(out.svg).toContain('>Location quotient, LEPs, 2022 —');
    expect(out.svg).toContain(
      'viewBox="0 0 960 640" preserveAspectRatio="xMidYMid meet" overflow="hidden"><rect x="0" y="0" width="10" height="10" fill="#08519c"/></svg>',
    );
    expect(out.svg).toContain('>LQ (England = 1)</text>');
    expect(out.svg).toContain('>Below 0.8</text>');
    expect(out.svg).toContain('fill="#c6dbef"');
    expect(out.svg).toContain('>0.8 to 1.25</text>');
    expect(out.svg).toContain('>Source: ONS, UK Business Counts, 2023-09-27</text>');
    expect(out.svg).toContain('>Licence: Open Government Licence v3.0</text>');
    expect(out.svg).toContain('>Contains OS data © Crown copyright and database right 2024</text>');
    expect(out.svg).toContain('>Downloaded 2024-05-01 from https://atlas.test/?sector=C&amp;year=2022</text>');
  });

  it('never lets data inject markup', () => {
    expect(out.svg).not.toContain('<img');
    expect(out.svg).not.toContain('<script');
    expect(out.svg).toContain('>&lt;img src=x onerror=alert(1)&gt;</text>');
    expect(out.svg).toContain('fill="&quot;/&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('draws a gradient legend with ticks, and scales a wide chart to the given width', () => {
    const g = standaloneSvg({
      ...spec,
      width: 400,
      legend: {
        kind: 'gradient',
        stops: [
          { offset: 0, colour: '#f7fbff' },
          { offset: 1, colour: '#08306b' },
        ],
        ticks: [
          { offset: 0, label: '-20%' },
          { offset: 0.5, label: '0%' },
          { offset: 1, label: '+20%' },
        ],
      },
    });
    expect(g.width).toBe(400);
    expect(g.svg).toContain('<svg x="16" y="');
    expect(g.svg).toContain('width="368" height="245.33" viewBox="0 0 960 640"');
    expect(g.svg).toContain('<stop offset="0" stop-color="#f7fbff"/><stop offset="1" stop-color="#08306b"/>');
    expect(g.svg).toContain('fill="url(#sa-export-legend-gradient)"');
    expect(g.svg).toMatch(/text-anchor="end">\+20%<\/text>/);
    expect(g.svg).toMatch(/text-anchor="middle">0%<\/text>/);
    checkWellFormed(g.svg);
  });

  it('wraps long titles onto more lines, and the image grows to fit', () => {
    const long = standaloneSvg({ ...spec, title: 'Manufacturing '.repeat(20).trim() });
    expect((long.svg.match(/font-size="18" font-weight="bold"/g) ?? []).length).toBeGreaterThan(1);
    expect(long.height).toBeGreaterThan(out.height);
    expect(wrapText('a b c', 1000)).toEqual(['a b c']);
    expect(wrapText('aaaa bbbb', 10)).toEqual(['aaaa', 'bbbb']);
  });
});

describe('image file names', () => {
  it('names SVG and PNG files by what they show', () => {
    expect(svgFileName(['Enterprises', 'Manufacturing', 2022, 'LEPs', 'map'])).toBe(
      'specialisation-atlas_enterprises_manufacturing_2022_leps_map.svg',
    );
    expect(pngFileName(['Enterprises', 'Manufacturing', 2022, 'LEPs', 'map'])).toBe(
      'specialisation-atlas_enterprises_manufacturing_2022_leps_map.png',
    );
  });
});

describe('legend patterns and notes', () => {
  it('draws a striped swatch with both colours and writes the notes under the legend', () => {
    const doc = standaloneSvg({
      ...spec,
      legend: {
        kind: 'swatches',
        items: [{ label: 'District in two LEPs', colour: '#f1a340', colour2: '#998ec3', pattern: 'stripes' }],
      },
      notes: ['† Small count, rounded by the source to the nearest 5: approximate.'],
    });
    checkWellFormed(doc.svg);
    const pattern = doc.svg.match(/<pattern id="(sa-export-swatch-0)"[^>]*>(.*?)<\/pattern>/)!;
    expect(pattern[2]).toContain('fill="#f1a340"');
    expect(pattern[2]).toContain('fill="#998ec3"');
    expect(doc.svg).toContain(`fill="url(#${pattern[1]})"`);
    const legendAt = doc.svg.indexOf('District in two LEPs');
    const noteAt = doc.svg.indexOf('† Small count');
    expect(noteAt).toBeGreaterThan(legendAt);
    expect(doc.svg.lastIndexOf('Source: ONS')).toBeGreaterThan(noteAt);
  });
});
