// "Where could we be world-leading?": where research and business strengths meet. The area's
// world-leading research (LQ on REF 2021 4* FTE) in each subject beside its enterprises (LQ) in the
// industry the concordance links the subject to (research/strengths-meet), in sentences that claim
// only what both figures support.
import { strengthsMeet, type StrengthPair, type StrengthsMeet } from '../research/strengths-meet';
import { claim, refused, type Claim } from './claim';
import { MIN_RANKED_FTE } from '../metrics/research';
import { fteText } from '../research/map-lq-rank';
import type { Block, PackTable, Strand } from './types';

/**
 * The pack's order of pairs, so the sentence and the table read down by the figure in their first
 * column: strong on both sides first, then research only, business only, neither, unknown; within
 * each, by research location quotient, highest first; ties by enterprises location quotient, highest
 * first; a missing figure last; then by subject and industry name so the order never depends on input.
 */
export function meetOrder(pairs: readonly StrengthPair[]): StrengthPair[] {
  const kind: Record<StrengthPair['kind'], number> = { both: 0, research: 1, business: 2, neither: 3, unknown: 4 };
  const desc = (a: number, b: number) =>
    Number.isFinite(a) ? (Number.isFinite(b) ? b - a : -1) : Number.isFinite(b) ? 1 : 0;
  return [...pairs].sort(
    (x, y) =>
      kind[x.kind] - kind[y.kind] ||
      desc(x.researchLq, y.researchLq) ||
      desc(x.businessLq, y.businessLq) ||
      x.uoaName.localeCompare(y.uoaName) ||
      x.industryName.localeCompare(y.industryName),
  );
}

const round = (v: number, dp: number) => (Number.isFinite(v) ? Math.round(v * 10 ** dp) / 10 ** dp : null);
const lq = (v: number) => v.toFixed(2);

/** Employment beside a pair: "confirmed" only when the survey's 95% interval is wholly above 1. */
export function employmentWords(p: StrengthPair): string {
  if (p.employmentSector === null || !Number.isFinite(p.employmentLq)) return '';
  const ci =
    Number.isFinite(p.employmentLower) && Number.isFinite(p.employmentUpper)
      ? `, 95% interval ${lq(p.employmentLower)} to ${lq(p.employmentUpper)}`
      : '';
  const verdict =
    p.employmentSignificant === 'above'
      ? 'wholly above 1, so employment confirms the business strength'
      : p.employmentSignificant === 'unknown'
        ? 'no interval, so employment neither confirms nor rules it out'
        : 'not wholly above 1, so employment does not confirm it';
  return ` Employment in ${p.employmentSector}: LQ ${lq(p.employmentLq)}${ci}: ${verdict}.`;
}

/** The finding: how many linked pairs are strong on both sides, naming up to three, strongest first. */
export function meetClaim(m: StrengthsMeet, area: string): Claim {
  if (!m.hasResearch)
    return refused(
      `No institution in ${area} submitted world-leading research to REF 2021, so there is no research strength for business strength to meet.`,
    );
  const known = meetOrder(m.pairs).filter((p) => p.kind !== 'unknown');
  if (known.length === 0)
    return refused(`No subject–industry pair has both figures for ${area}, so no claim is made about where they meet.`);
  const both = known.filter((p) => p.kind === 'both');
  const scope = `of the ${known.length} subject–industry pairs the atlas links that have both figures`;
  if (both.length === 0)
    return claim(
      `In ${area}, research and business strengths meet in none ${scope}: no subject with a research location quotient above 1 is linked to an industry with an enterprise location quotient above 1.`,
      `0 of ${known.length}`,
    );
  const named = both
    .slice(0, 3)
    .map(
      (p) =>
        `${p.uoaName} (research LQ ${lq(p.researchLq)}) with ${p.industryName} (enterprises LQ ${lq(p.businessLq)})`,
    );
  const more = both.length > 3 ? `, and ${both.length - 3} more` : '';
  return claim(
    `In ${area}, research and business strengths meet (location quotient above 1 on both sides) in ${both.length} ${scope}: ${named.join('; ')}${more}.${employmentWords(both[0])}`,
    `${both.length} of ${known.length}`,
  );
}

/** Pairs strong on both sides, then research only, each by research LQ (meetOrder); at most `rows`. */
export function meetTable(m: StrengthsMeet, area: string, rows = 12): PackTable {
  const shown = meetOrder(m.pairs)
    .filter((p) => p.kind === 'both' || p.kind === 'research')
    .slice(0, rows);
  return {
    id: 'world-meet',
    caption: `${area}: subjects with a research location quotient above 1, beside the industry each is linked to (strong on both sides first, then research only; each by research location quotient, highest first)`,
    columns: [
      'Subject (REF 2021 unit of assessment)',
      'Research LQ (4* FTE)',
      'Linked industry',
      'Enterprises LQ',
      'Employment LQ (its broad sector)',
      'Employment LQ 95% interval',
      'Strong on',
    ],
    digits: [null, 2, null, 2, 2, null, null],
    rows: shown.map((p) => [
      p.uoaName,
      round(p.researchLq, 2),
      p.industryName,
      round(p.businessLq, 2),
      round(p.employmentLq, 2),
      Number.isFinite(p.employmentLower) && Number.isFinite(p.employmentUpper)
        ? `${lq(p.employmentLower)} to ${lq(p.employmentUpper)}`
        : null,
      p.kind === 'both' ? 'Both' : 'Research only',
    ]),
  };
}

/**
 * What the pack says of the minimum-FTE rule: that it applies, and which subjects with a research LQ
 * above 1 it leaves out, with their FTE; or, without the staff figures, that it could not be applied.
 */
export function meetFteWords(m: StrengthsMeet): string {
  if (!m.fteRule)
    return `The staff numbers (FTE) could not be loaded, so every research location quotient above 1 is counted, including any resting on under ${MIN_RANKED_FTE} FTE of staff submitted.`;
  const rule = `A research location quotient counts as a strength only where at least ${MIN_RANKED_FTE} FTE of staff were submitted in the subject, as in the area profile: below that one small submission makes the whole figure.`;
  const small = new Map<string, number>();
  for (const p of m.pairs)
    if (p.researchTooSmall) small.set(`${p.uoaName} (LQ ${lq(p.researchLq)} on ${fteText(p.staffFte)})`, p.uoa);
  if (small.size === 0) return rule;
  const names = [...small].sort((x, y) => x[1] - y[1]).map(([n]) => n);
  return `${rule} Not counted here: ${names.join(', ')}.`;
}

export interface MeetFacts {
  /** The finding; refused when research or enterprises are missing. */
  claim: Claim;
  /** Pairs strong on both sides (0 when none, or when nothing could be measured). */
  strong: number;
  blocks: Block[];
}

export function meetFacts(strands: Strand[], area: string): MeetFacts {
  const research = strands.find((s) => s.role === 'research');
  const enterprises = strands.find((s) => s.role === 'enterprises');
  const heading: Block = { kind: 'heading', text: 'Where research and business strengths meet' };
  if (!research || !enterprises) {
    const text =
      'This needs world-leading research by subject (REF 2021) and enterprises by industry, and one of them is not loaded, so it is not shown.';
    return { claim: refused(text), strong: 0, blocks: [heading, { kind: 'empty', text }] };
  }
  const m = strengthsMeet(
    {
      research: research.cube,
      // Its staff FTE, for the science base's rule: a research LQ on under 10 FTE is not a strength.
      fte: research.staff ?? null,
      enterprises: enterprises.cube,
      employment: strands.find((s) => s.role === 'employment')?.cube ?? null,
    },
    research.cube.areas[research.area].code,
  );
  const c = meetClaim(m, area);
  const blocks: Block[] = [heading, { kind: 'claim', claim: c }];
  if (c.claimed) blocks.push({ kind: 'table', table: meetTable(m, area) });
  blocks.push({ kind: 'text', text: meetFteWords(m) });
  blocks.push({
    kind: 'text',
    text: 'Subjects are linked to industries by a concordance of the REF 2021 units of assessment to UK SIC 2007 divisions: a judgement from their descriptions, not an official table. Strong means a location quotient above 1 against England. Research is placed at each institution’s main site.',
  });
  return { claim: c, strong: m.pairs.filter((p) => p.kind === 'both').length, blocks };
}

export function meetBlocks(strands: Strand[], area: string): Block[] {
  return meetFacts(strands, area).blocks;
}
