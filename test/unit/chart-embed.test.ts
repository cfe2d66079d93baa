// One chart embedded alone: which ids exist, the message for one that does not, and the frame's size.
import { describe, expect, it } from 'vitest';
import { CHART_IDS, chartById, chartEmbedSize, unknownChartMessage } from '../../src/lib/export/chart-embed';
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
