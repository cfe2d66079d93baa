// One chart embedded alone: which ids exist, the message for one that does not, and the frame's size.
import { describe, expect, it } from 'vitest';
import {
  CHART_IDS,
  chartById,
  chartEmbedSize,
  chartNotDrawnWords,
  isNextChart,
  unknownChartMessage,
} from '../../src/lib/export/chart-embed';
import { embedSnippet, embedUrl } from '../../src/lib/export/embed';
import { parseUrlState } from '../../src/lib/state/app-state';

describe('chartById', () => {
  it('knows each chart and the view it belongs to', () => {
    expect(chartById('profile-bubble')).toEqual({
      id: 'profile-bubble',
      view: 'profile',
      name: 'specialisation bubble chart',
    });
    expect(chartById('ranking')?.view).toBe('map');
    expect(CHART_IDS.every((id) => chartById(id)?.id === id)).toBe(true);
  });

  it('names nothing for garbage, inherited names or nothing', () => {
    for (const id of ['', null, undefined, 'pie', '<b>x</b>', 'toString', '__proto__', 'constructor', 'MAP']) {
      expect(chartById(id)).toBeNull();
    }
  });

  it('says which chart is missing, shortening a long name', () => {
    expect(unknownChartMessage('pie')).toBe(
      'This link asks for a chart called “pie”, which the atlas does not have, so the whole view is shown instead.',
    );
    expect(unknownChartMessage('x'.repeat(50))).toContain(`“${'x'.repeat(39)}…”`);
  });
});

describe('chartNotDrawnWords', () => {
  const ref = {
    research: true,
    sectors: 'subjects',
    indicator: false,
    measure: 'World-leading research volume (4* FTE)',
  };
  const gpa = { research: true, sectors: 'subjects', indicator: true, measure: 'Grade point average (GPA, 0 to 4)' };
  const ukri = { research: true, sectors: 'research councils', indicator: false, measure: 'Research council funding' };
  const business = { research: false, sectors: 'sectors', indicator: false, measure: 'Enterprises' };
  const index = {
    research: false,
    sectors: 'sectors',
    indicator: true,
    measure: 'Labour productivity index (UK = 100)',
  };
  const words = (id: string, data: typeof ref) => chartNotDrawnWords(chartById(id)!, data);

  it('says a "What could come next" chart works on business data, on research data, naming the chart', () => {
    expect(words('next-diagram', ref)).toBe(
      'The “What could come next” diagram works on business data: it is worked out from which industries districts specialise in together, counted in enterprises. Subjects are not industries a place grows into, so it is not drawn for them.',
    );
    expect(words('next-space', ukri)).toBe(
      'The industry space works on business data: it is worked out from which industries districts specialise in together, counted in enterprises. Research councils are not industries a place grows into, so it is not drawn for them.',
    );
    // A research indicator (GPA) gets the research words, which come with a link to business data.
    expect(words('next-opportunities', gpa)).toMatch(/^The list of sectors to grow into works on business data/);
  });

  it('says a chart of shares or LQs is not drawn for an indicator', () => {
    expect(words('profile-bubble', index)).toBe(
      'The specialisation bubble chart reads shares and location quotients, which need figures that add up across sectors. Labour productivity index (UK = 100) is an indicator, so the chart is not drawn for it.',
    );
    for (const id of ['profile-compare', 'profile-shift-share', 'profile-productivity', 'next-diagram']) {
      expect(words(id, index), id).toMatch(/is an indicator, so the chart is not drawn for it\.$/);
    }
  });

  it('says nothing where the chart is drawn', () => {
    for (const id of CHART_IDS) expect(words(id, business), id).toBeNull();
    // Research data draws every chart but the three of "What could come next".
    expect(CHART_IDS.filter((id) => words(id, ref) !== null)).toEqual([
      'next-diagram',
      'next-opportunities',
      'next-space',
    ]);
    expect(CHART_IDS.filter(isNextChart)).toEqual(['next-diagram', 'next-opportunities', 'next-space']);
    // An indicator still has its values and their trend.
    for (const id of ['profile-bars', 'profile-series', 'map', 'ranking', 'research-business']) {
      expect(words(id, index), id).toBeNull();
    }
  });
});

describe('chartEmbedSize', () => {
  it('adds the side padding and a one-line credit to a wide chart', () => {
    // 600 + 16 = 616 wide; (616 - 16) / 6 = 100 characters a line, so 90 fit on one line of 18 px:
    // 400 + 16 + 18 = 434.
    expect(chartEmbedSize({ width: 600, height: 400 }, 90)).toEqual({ width: 616, height: 434 });
  });

  it('wraps a long credit onto more lines on a narrow chart', () => {
    // 374 + 16 = 390 wide; 374 / 6 = 62.3, so 62 characters a line; 195 characters take 4 lines:
    // 500.2 + 16 + 4 × 18 = 588.2, rounded up to 589. Width 390.
    expect(chartEmbedSize({ width: 374, height: 500.2 }, 195)).toEqual({ width: 390, height: 589 });
  });

  it('never makes a frame smaller than 120 px either way', () => {
    expect(chartEmbedSize({ width: 10, height: 10 }, 0)).toEqual({ width: 120, height: 120 });
  });
});

describe('embedding one chart', () => {
  it('puts chart=<id> before embed, replacing an old one', () => {
    expect(
      embedUrl('https://atlas.test/', '?view=profile&chart=old&area=E1', {
        interactive: true,
        pinYear: false,
        chart: 'profile-bars',
      }),
    ).toBe('https://atlas.test/?view=profile&area=E1&chart=profile-bars&embed');
    const s = parseUrlState(
      new URL(embedUrl('https://atlas.test/', '?view=profile', { interactive: false, pinYear: false, chart: 'map' }))
        .search,
    );
    expect([s.chart, s.embed, s.embedStatic]).toEqual(['map', true, true]);
  });

  it('keeps an unknown chart name as written (so the page can say so), up to 60 characters', () => {
    expect(parseUrlState('?chart=pie&embed').chart).toBe('pie');
    expect(parseUrlState(`?chart=${'x'.repeat(61)}&embed`).chart).toBeNull();
  });

  it('gives the iframe the chart width as its most, and its height', () => {
    const html = embedSnippet({ url: 'https://atlas.test/?chart=map&embed', title: 't', width: 616, height: 434 });
    expect(html).toContain('width="616" height="434" style="width:100%;max-width:616px;height:434px;border:0"');
  });
});
