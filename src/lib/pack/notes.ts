// Methods, caveats and sources: fixed explanations plus what each dataset's manifest entry says.
import type { Block, Strand } from './types';
import { sentence } from '../words';
import { MIN_RANKED_FTE } from '../metrics/research';
import { INCOME_RULE_WORDS } from './research-rank';
import { lowerFirst } from './claim';

export function methodBlocks(strands: Strand[]): Block[] {
  const items = [
    'Location quotient (LQ): a sector’s share of the area’s total divided by its share of the benchmark’s (England unless another is chosen). 1 means the same mix; 2 twice as concentrated; 0.5 half.',
    'Significance: where the source publishes 95% confidence intervals (the Annual Population Survey), an LQ is called significantly above or below 1 only when its whole interval lies on one side of 1. Without an interval no such claim is made.',
    'Growth: the percentage change in the count between the first and last year shown, always stated with both counts.',
    'Shift-share: the area’s change split into growth in line with the benchmark overall, the effect of its industry mix, and what is left (local factors). The three add up to the change.',
    'Relatedness: two sectors are related when the same districts tend to specialise in both. An area’s relatedness density in a sector is the share of what is close to that sector it already specialises in. The backtest asks how well density, measured in the first year, ranked the specialisations districts had gained by the last (AUC: 0.5 is chance, 1 perfect).',
    'Peers: the areas whose sector mix is closest (half the sum of the absolute differences in shares).',
    'Every sentence in this pack is generated from the figures by tested code and names the figure it rests on. A figure that is missing, suppressed or marked unreliable by the source is never stated as fact.',
  ];
  if (strands.some((s) => s.role === 'research' || s.role === 'funding')) {
    items.push(
      'Research location quotients are read the same way over subjects (REF units of assessment) and research councils: a subject’s share of the area’s world-leading (4*) research, or a research council’s share of its awards, divided by the same share in England.',
    );
  }
  if (strands.some((s) => s.role === 'research')) {
    items.push(
      `Small bases in research: a subject’s research location quotient counts as a strength only where at least ${MIN_RANKED_FTE} FTE of staff were submitted in it, as in the area profile’s science base: below that one small submission makes the whole figure.`,
    );
  }
  if (strands.some((s) => s.role === 'funding'))
    items.push(`Small bases in research income: ${lowerFirst(INCOME_RULE_WORDS)}`);
  if (strands.some((s) => s.role === 'own')) {
    items.push(
      'Your own data: totals are the sum of the sectors in your file, so shares and location quotients are “of the sectors in your file”, not of the whole economy.',
    );
  }
  return [{ kind: 'list', items }];
}

export function caveatBlocks(strands: Strand[], areaLevel: string): Block[] {
  const items: string[] = [];
  if (areaLevel === 'lep' || areaLevel === 'lad') {
    items.push(
      'LEPs overlap: seven districts belong to two LEPs and are counted in both, as ONS does, so LEP figures do not add up to England. The benchmark is always the published England figure.',
    );
  }
  if (strands.some((s) => s.role === 'enterprises')) {
    items.push(
      'Head offices: an enterprise is counted where it is registered, usually its head office, not where all its sites and jobs are. Areas with many head offices look more specialised in the sectors those firms are in.',
    );
  }
  if (strands.some((s) => s.meta.hasCi)) {
    items.push(
      'Survey reliability: employment figures are Annual Population Survey estimates, counted where people live, with confidence intervals; small estimates are suppressed or marked unreliable and are not claimed.',
    );
  }
  const vintages = strands.map((s) => `${s.meta.title}: ${s.meta.release}`);
  items.push(
    `Vintages: areas follow the boundaries of LEPs (May 2021) and districts (December 2021). ${vintages.join(' ')}`,
  );
  const blocks: Block[] = [{ kind: 'list', items }];
  for (const s of strands) {
    if (s.meta.caveats.length === 0) continue;
    blocks.push({ kind: 'heading', text: `About ${s.meta.title}` });
    blocks.push({ kind: 'list', items: s.meta.caveats });
  }
  return blocks;
}

export function sourceBlocks(strands: Strand[], attribution: string[]): Block[] {
  const items = strands.map(
    (s) =>
      // Each part a sentence, and the address last, so no word or full stop runs into it.
      `${sentence(s.meta.title)} ${sentence(s.meta.source)} ${sentence(s.meta.release)} Licence: ${sentence(s.meta.licence)}${s.meta.sourceUrl ? ` ${s.meta.sourceUrl}` : ''}`,
  );
  return [
    { kind: 'list', items },
    { kind: 'heading', text: 'Licence and attribution' },
    { kind: 'list', items: attribution },
  ];
}
