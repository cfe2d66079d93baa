// Peers: the five most similar areas, each a button that opens its profile.
import { describe, expect, it } from './harness';
import { readFileSync } from 'node:fs';
import { parseAuditCsv } from '../../src/lib/data/parse';
import { buildCube } from '../../src/lib/data/cube';
import { peerAreas } from '../../src/lib/profile/peers';

const AREA = 'E37000001';
const cube = buildCube(parseAuditCsv(readFileSync('public/data/ubc-enterprises.csv', 'utf8')).rows);
const peers = peerAreas(cube, cube.areaIndex.get(AREA)!, cube.years.length - 1);

describe('area profile: peers', () => {
  it('lists the five most similar areas, and a click opens the peer’s profile', async ({ app }) => {
    const { page, errors } = await app.open(`?view=profile&area=${AREA}`, {
      viewport: { width: 1280, height: 900 },
      ready: 'none',
    });
    const list = page.getByRole('region', { name: 'Areas with the most similar mix' });
    await list.getByRole('listitem').first().waitFor();
    const names = await list
      .getByRole('listitem')
      .evaluateAll((els) => els.map((e) => e.querySelector('button.open')?.textContent));
    expect(names).toEqual(peers.map((p) => p.name));
    await list.getByRole('button', { name: peers[0].name, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: `${peers[0].name}: what is it specialised in?` }).waitFor();
    await expect.poll(() => page.url()).toContain(`area=${peers[0].code}`);
    await page
      .getByRole('figure', { name: new RegExp(`Location quotient of every sector in ${peers[0].name}`) })
      .waitFor();
    // Back returns to the first area.
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Black Country: what is it specialised in?' }).waitFor();
    expect(errors).toEqual([]);
  });
});
