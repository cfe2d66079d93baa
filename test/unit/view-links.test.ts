// "Share & download"'s link and embed addresses, and the status words after copying one.
import { describe, expect, it } from 'vitest';
import { copyText } from '../../src/lib/export/copy-text';
import { viewLinks } from '../../src/lib/export/view-links';
import { DEFAULT_STATE } from '../../src/lib/state/app-state';

const page = 'https://atlas.test/app/';
const profile = { ...DEFAULT_STATE, view: 'profile' as const, area: 'E37000001', compare: [] };

describe('viewLinks', () => {
  it('links to the view, and embeds it pinned to the shown year when the link names none', () => {
    expect(viewLinks(page, profile, { interactive: true, pinYear: true, year: '2022' })).toEqual({
      link: 'https://atlas.test/app/?view=profile&area=E37000001',
      embed: 'https://atlas.test/app/?view=profile&area=E37000001&year=2022&embed',
    });
  });

  it('made inside an embed, the link opens the whole atlas; a one-chart static embed says so', () => {
    const inEmbed = { ...profile, embed: true, embedStatic: true, chart: 'profile-bars', year: '2020' };
    const links = viewLinks(page, inEmbed, { interactive: false, pinYear: false, chart: 'map' });
    expect(links.link).toBe('https://atlas.test/app/?view=profile&year=2020&area=E37000001');
    expect(links.embed).toBe('https://atlas.test/app/?view=profile&area=E37000001&chart=map&embed=static');
  });
});

describe('copyText', () => {
  it('says what was copied, or how to copy it by hand when the browser refuses', async () => {
    const copied: string[] = [];
    const ok = { writeText: async (t: string) => void copied.push(t) };
    expect(await copyText('https://x', 'Link', ok)).toBe('Link copied');
    expect(copied).toEqual(['https://x']);
    const refused = { writeText: () => Promise.reject(new Error('denied')) };
    expect(await copyText('<iframe>', 'Embed code', refused)).toBe(
      'Select the embed code and copy it with Ctrl+C (the browser did not allow copying).',
    );
    expect(await copyText('x', 'Link', undefined)).toMatch(/^Select the link/);
  });
});
