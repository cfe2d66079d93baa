// Peers (the areas with the most similar mix) and one chosen comparison area, side by side on the
// area's leading specialisms.
import { formatLq } from '../format';
import { peerAreas } from '../profile/peers';
import { profileBars, type ProfileBar } from '../profile/lq-bars';
import { lowerFirst } from './claim';
import { capitalise, levelWords } from '../words';
import { numberWord } from '../profile/words';
import type { Block, Strand } from './types';

const round = (v: number, dp: number) => (Number.isFinite(v) ? Math.round(v * 10 ** dp) / 10 ** dp : null);

export function peerBlocks(
  s: Strand | undefined,
  bars: ProfileBar[],
  areaName: string,
  compareCode: string | null,
): Block[] {
  if (!s) return [{ kind: 'empty', text: 'No dataset is loaded to find peers in.' }];
  const { cube, area, year, benchmark } = s;
  const peers = peerAreas(cube, area, year);
  const blocks: Block[] = [];
  const words = levelWords(cube.areas[area].level);
  const levelWord = words.many;
  // "The one LEP whose mix …", "The five LEPs whose mix …".
  const peerWord = peers.length === 1 ? words.one : words.many;
  if (peers.length === 0) {
    blocks.push({
      kind: 'empty',
      text: `No other ${levelWord} have enough figures in common with ${areaName} to compare their mix.`,
    });
  } else {
    blocks.push({
      kind: 'text',
      text: `The ${numberWord(peers.length)} ${peerWord} whose mix of ${lowerFirst(s.meta.measure)} in ${cube.years[year]} is most like ${areaName}’s. Distance is the share of it that would have to change sector for the two mixes to match (0 = the same mix).`,
    });
    blocks.push({
      kind: 'table',
      table: {
        id: 'peers',
        caption: `${capitalise(peerWord)} with the most similar mix to ${areaName} (${lowerFirst(s.meta.measure)}, ${cube.years[year]})`,
        columns: ['Area', 'Code', 'Distance (0–1)', 'Sectors compared'],
        digits: [null, null, 3, 0],
        rows: peers.map((p) => [p.name, p.code, round(p.distance, 3), p.sectorsCompared]),
      },
    });
  }
  const ci = compareCode ? cube.areaIndex.get(compareCode) : undefined;
  const compareIdx = ci !== undefined && ci !== area ? ci : peers[0]?.index;
  if (compareIdx === undefined) return blocks;
  const other = cube.areas[compareIdx].name;
  const chosen = ci !== undefined && ci !== area;
  const theirs = new Map(profileBars(cube, compareIdx, year, benchmark).map((b) => [b.index, b]));
  const lead = bars.filter((b) => !b.missing).slice(0, 8);
  blocks.push({ kind: 'heading', text: `Compared with ${other}` });
  blocks.push({
    kind: 'text',
    text: chosen
      ? `${other} is the comparison area chosen in the profile.`
      : `No comparison area is chosen (add one in the area profile), so the closest peer, ${other}, is shown. ${areaName}’s leading specialism${lead[0] ? `, ${lead[0].sector.name}, has a location quotient of ${formatLq(lead[0].lq)} in ${areaName} against ${formatLq(theirs.get(lead[0].index)?.lq ?? NaN)} in ${other}` : ''}.`,
  });
  blocks.push({
    kind: 'table',
    table: {
      id: 'compare',
      caption: `Location quotients of ${areaName}’s leading sectors in ${areaName} and ${other}, ${cube.years[year]}, against ${benchmark.label}`,
      columns: ['Sector', areaName, other],
      digits: [null, 2, 2],
      rows: lead.map((b) => [b.sector.name, round(b.lq, 2), round(theirs.get(b.index)?.lq ?? NaN, 2)]),
    },
  });
  return blocks;
}
