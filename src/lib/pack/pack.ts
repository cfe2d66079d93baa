// Assembles the evidence pack for one area from the datasets loaded for it: a summary of five
// findings, the audit's three questions, peers, methods, caveats and sources.
import { caveatBlocks, methodBlocks, sourceBlocks } from './notes';
import { goodBlocks, strandFacts, type StrandFacts } from './good';
import { nextFacts } from './next';
import { peerBlocks } from './peers';
import { productivityFacts } from './productivity';
import { levelWords } from '../words';
import { worldBlocks } from './world';
import { meetFacts } from './meet';
import type { Claim } from './claim';
import type { Block, Pack, PackSection, Strand } from './types';

export interface PackInput {
  areaCode: string;
  strands: Strand[];
  /** The comparison area chosen in the profile (state.compare[0]); null = the closest peer. */
  compare: string | null;
  attribution: string[];
  date: Date;
}

export const SECTION_TITLES = {
  summary: 'Summary: five findings',
  good: 'What are we good at?',
  world: 'Where could we be world-leading?',
  next: 'What could come next?',
  peers: 'Peers and comparison',
  methods: 'Methods',
  caveats: 'Caveats',
  sources: 'Sources and licence',
} as const;

export function packDate(d: Date): string {
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function kindOf(level: string): string {
  return levelWords(level).name;
}

// The audit's three questions, in the order the summary answers them.
const GOOD = 0;
const WORLD = 1;
const NEXT = 2;

export interface SummaryExtras {
  next: { opportunity: Claim; backtest: Claim };
  /** The productivity mix finding (null for a user's own file). */
  productivity?: Claim | null;
  /** Where research and business strengths meet, with the number of pairs strong on both sides. */
  meet?: { claim: Claim; strong: number } | null;
}

/**
 * Up to five findings that answer the audit's three questions in turn. Picked in this order, each
 * only when its figure supports a claim: the leading business specialism; the leading research
 * strength; where research and business strengths meet (when at least one pair is strong on both
 * sides); the most related opportunity; productivity; then the other datasets' specialisms, research
 * income, growth, a "meet in none", shift-share and the backtest fill any place left. Shown grouped by
 * question (good at, world-leading, next), in the order picked within each.
 */
export function summaryFindings(strands: Strand[], facts: Map<Strand, StrandFacts>, extras: SummaryExtras): Claim[] {
  const { next, productivity = null, meet = null } = extras;
  const business = strands.filter((s) => s.role !== 'research' && s.role !== 'funding');
  const tops = business.map((s) => facts.get(s)!.top);
  const growths = business.map((s) => facts.get(s)!.growth).filter((c): c is Claim => c !== null);
  const shifts = business.map((s) => facts.get(s)!.shiftShare);
  const topOf = (role: Strand['role']) => strands.filter((s) => s.role === role).map((s) => facts.get(s)!.top);
  const claimedTops = tops.filter((c) => c.claimed);
  const meetClaim = meet?.claim ?? null;
  const candidates: [Claim | null | undefined, number][] = [
    [claimedTops[0], GOOD],
    ...topOf('research').map((c): [Claim, number] => [c, WORLD]),
    [meet && meet.strong > 0 ? meetClaim : null, WORLD],
    [next.opportunity, NEXT],
    [productivity, GOOD],
    ...claimedTops.slice(1).map((c): [Claim, number] => [c, GOOD]),
    ...topOf('funding').map((c): [Claim, number] => [c, WORLD]),
    [growths[0], GOOD],
    [meetClaim, WORLD],
    [shifts[0], GOOD],
    ...growths.slice(1).map((c): [Claim, number] => [c, GOOD]),
    [next.backtest, NEXT],
  ];
  const picked: [Claim, number][] = [];
  for (const [c, q] of candidates) {
    if (c?.claimed && !picked.some(([p]) => p === c) && picked.length < 5) picked.push([c, q]);
  }
  // Stable sort: grouped by question, in the order picked within each.
  return picked.sort((a, b) => a[1] - b[1]).map(([c]) => c);
}

export function buildPack(input: PackInput): Pack | null {
  const first = input.strands[0];
  if (!first) return null;
  const area = first.cube.areas[first.area];
  const facts = new Map(input.strands.map((s) => [s, strandFacts(s, area.name)]));
  // Relatedness is measured on enterprises when present (every district has them), else the first count dataset.
  const nextStrand =
    input.strands.find((s) => s.role === 'enterprises') ??
    input.strands.find((s) => s.role !== 'research' && s.role !== 'funding');
  const next = nextFacts(nextStrand, area.name);
  const own = input.strands.some((s) => s.role === 'own');
  const gva = input.strands.find((s) => s.role === 'gva');
  const productivity = own
    ? null
    : productivityFacts(
        gva,
        input.strands.find((s) => s.role === 'employment'),
        gva ? input.strands.indexOf(gva) : -1,
        area.name,
      );
  const meet = meetFacts(input.strands, area.name);
  const findings = summaryFindings(input.strands, facts, { next, productivity: productivity?.mix ?? null, meet });
  const summary: Block[] = findings.map((claim) => ({ kind: 'claim', claim }));
  if (findings.length < 5) {
    summary.push({
      kind: 'empty',
      text: `Only ${findings.length} of five findings can be stated from the data loaded; the sections below say what is missing.`,
    });
  }
  const peerStrand = input.strands.find((s) => s.role === 'enterprises') ?? first;
  const sections: PackSection[] = [
    { id: 'summary', title: SECTION_TITLES.summary, blocks: summary },
    { id: 'good', title: SECTION_TITLES.good, blocks: goodBlocks(input.strands, facts, area.name, productivity) },
    { id: 'world', title: SECTION_TITLES.world, blocks: worldBlocks(input.strands, facts, meet) },
    { id: 'next', title: SECTION_TITLES.next, blocks: next.blocks },
    {
      id: 'peers',
      title: SECTION_TITLES.peers,
      blocks: peerBlocks(peerStrand, facts.get(peerStrand)!.bars, area.name, input.compare),
    },
    { id: 'methods', title: SECTION_TITLES.methods, blocks: methodBlocks(input.strands) },
    { id: 'caveats', title: SECTION_TITLES.caveats, blocks: caveatBlocks(input.strands, area.level) },
    { id: 'sources', title: SECTION_TITLES.sources, blocks: sourceBlocks(input.strands, input.attribution) },
  ];
  return {
    area: { code: area.code, name: area.name, kind: kindOf(area.level) },
    date: packDate(input.date),
    title: `${area.name}: evidence pack`,
    strands: input.strands,
    sections,
  };
}
