// "What could come next?": the sectors the area does not yet specialise in, ranked by how related
// they are to what it does, with the backtest that says how far to trust that ranking.
import { formatLq } from '../format';
import { areaNext, eciRankWords, reasonInWords } from '../next/area-next';
import { zeroWords } from '../views/true-zero';
import { nextBase } from '../next/base';
import { claim, refused, type Claim } from './claim';
import { lowerFirst } from './claim';
import type { Block, Strand } from './types';

export interface NextFacts {
  opportunity: Claim;
  backtest: Claim;
  blocks: Block[];
}

const round = (v: number, dp: number) => (Number.isFinite(v) ? Math.round(v * 10 ** dp) / 10 ** dp : null);

/** AUC in words: how much better than chance density ranked the specialisations areas went on to gain. */
export function backtestWords(
  auc: number,
  pairs: number,
  gained: number,
  from: string,
  to: string,
  unit: string,
): Claim {
  if (!Number.isFinite(auc) || gained === 0) {
    return refused(
      `The ranking cannot be tested on the past: no district gained a specialisation (in ${unit}) between ${from} and ${to}.`,
    );
  }
  const strength =
    auc >= 0.8
      ? 'well'
      : auc >= 0.7
        ? 'fairly well'
        : auc > 0.6
          ? 'a little better than chance'
          : 'hardly better than chance';
  return claim(
    `How far to trust it: across ${pairs.toLocaleString('en-GB')} district–sector pairs without a specialisation in ${from}, relatedness ranked the ${gained.toLocaleString('en-GB')} that had one by ${to} ${strength} (AUC ${auc.toFixed(2)}; 0.5 is chance, 1 a perfect ranking). Relatedness is an association, not a forecast.`,
    `AUC ${auc.toFixed(2)}`,
  );
}

export function nextFacts(s: Strand | undefined, areaName: string): NextFacts {
  const none = (text: string): NextFacts => ({
    opportunity: refused(text),
    backtest: refused(text),
    blocks: [{ kind: 'empty', text }],
  });
  if (!s)
    return none('No dataset of enterprises or employment is loaded, so related opportunities cannot be worked out.');
  const base = nextBase(s.cube, s.year, s.benchmark);
  if (!base)
    return none(
      'Relatedness is measured across districts, and this data has fewer than 10, so related opportunities cannot be worked out.',
    );
  const next = areaNext(s.cube, s.area, s.year, s.benchmark, base);
  const top = next.opportunities.slice(0, 5);
  const year = s.cube.years[s.year];
  let opportunity: Claim;
  if (top.length === 0) {
    opportunity = refused(
      `${areaName} has no sector without a specialisation that has a known location quotient in ${year}, so no opportunity is named.`,
    );
  } else {
    const o = top[0];
    opportunity = claim(
      `The sector most related to ${areaName}’s existing strengths (by ${lowerFirst(s.meta.measure)}), among those it does not yet specialise in, is ${o.name}: relatedness density ${o.density.toFixed(2)} (the share of what is close to it that ${areaName} already specialises in), location quotient ${formatLq(o.lq)} in ${year}. ${reasonInWords(o)}`,
      `density ${o.density.toFixed(2)}`,
    );
  }
  const bt = base.backtest;
  const backtest = bt
    ? backtestWords(bt.density.auc, bt.pairs, bt.gained, bt.from, bt.to, lowerFirst(s.meta.measure))
    : refused('The data has one year only, so the ranking cannot be tested on the past.');
  const eciWords = eciRankWords(next, zeroWords(s.meta.id)?.area);
  const eci = Number.isFinite(next.eci)
    ? claim(
        `Economic complexity: ${areaName} ranks ${eciWords.rank} (ECI ${next.eci.toFixed(2)}; higher means a mix of sectors that few places specialise in).${eciWords.why ? ` ${eciWords.why}` : ''}`,
        `ECI ${next.eci.toFixed(2)}`,
      )
    : refused(`${areaName} has no economic complexity figure among ${next.levelWord}.`);
  const blocks: Block[] = [
    { kind: 'text', text: `Measured on ${lowerFirst(s.meta.measure)} across England’s districts in ${year}.` },
    { kind: 'claim', claim: opportunity },
    {
      kind: 'table',
      table: {
        id: 'next',
        caption: `Sectors ${areaName} does not yet specialise in, most related first (${lowerFirst(s.meta.measure)}, ${year})`,
        columns: ['Sector', 'Relatedness density (0–1)', 'Sector complexity', 'Location quotient', 'Related to'],
        // Density to 2 places, as the sentence above the table gives it.
        digits: [null, 2, 2, 2, null],
        rows: top.map((o) => [
          o.name,
          round(o.density, 3),
          round(o.complexity, 2),
          round(o.lq, 2),
          o.because.join(', ') || null,
        ]),
      },
    },
    { kind: 'claim', claim: backtest },
    { kind: 'claim', claim: eci },
  ];
  return { opportunity, backtest, blocks };
}
