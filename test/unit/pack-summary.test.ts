// The pack's five findings: which claims the summary picks, and in what order, on claims set by hand.
// The summary answers the audit's three questions in turn: what we are good at (the leading business
// specialism, productivity), where we could be world-leading (the leading research strength, where
// research and business strengths meet), and what could come next (the most related opportunity).
import { describe, expect, it } from 'vitest';
import { claim, refused, type Claim } from '../../src/lib/pack/claim';
import type { StrandFacts } from '../../src/lib/pack/good';
import { summaryFindings } from '../../src/lib/pack/pack';
import type { Strand } from '../../src/lib/pack/types';

const strand = (role: Strand['role']) => ({ role }) as Strand;
const facts = (name: string, top: Claim | null = null): StrandFacts => ({
  bars: [],
  ranked: [],
  top: top ?? claim(`${name} top`, `LQ ${name}`),
  topBar: null,
  growth: claim(`${name} growth`, '+1.0%'),
  shiftShare: claim(`${name} shift-share`, 'local effect +1'),
});

function setup(roles: Strand['role'][], tops: Partial<Record<Strand['role'], Claim>> = {}) {
  const strands = roles.map(strand);
  const map = new Map(strands.map((s) => [s, facts(s.role, tops[s.role] ?? null)]));
  return { strands, map };
}
const next = { opportunity: claim('opportunity', 'density 0.55'), backtest: claim('backtest', 'AUC 0.68') };
const productivity = claim('productivity', 'index 92');
const texts = (cs: Claim[]) => cs.map((c) => c.text);

describe('summary: five findings', () => {
  it('with every dataset, one or two findings per question: business, productivity, research, where they meet, next', () => {
    const { strands, map } = setup(['enterprises', 'employment', 'gva', 'research', 'funding']);
    const meet = { claim: claim('meet 6 of 60', '6 of 60'), strong: 6 };
    expect(texts(summaryFindings(strands, map, { next, productivity, meet }))).toEqual([
      'enterprises top',
      'productivity',
      'research top',
      'meet 6 of 60',
      'opportunity',
    ]);
  });

  it('research and business strengths meeting in no pair is a finding only when a place is left', () => {
    const { strands, map } = setup(['enterprises', 'employment', 'gva', 'research']);
    const none = { claim: claim('meet in none of 60', '0 of 60'), strong: 0 };
    // Five without it: business, productivity, employment's top, research, opportunity.
    expect(texts(summaryFindings(strands, map, { next, productivity, meet: none }))).toEqual([
      'enterprises top',
      'productivity',
      'employment top',
      'research top',
      'opportunity',
    ]);
    // Enterprises and research only, no productivity: top, growth, research, none, opportunity.
    const two = setup(['enterprises', 'research']);
    expect(texts(summaryFindings(two.strands, two.map, { next, meet: none }))).toEqual([
      'enterprises top',
      'enterprises growth',
      'research top',
      'meet in none of 60',
      'opportunity',
    ]);
  });

  it('a refused finding is never picked: a refused meet, a refused research top, the next unclaimed business top', () => {
    const { strands, map } = setup(['enterprises', 'employment', 'research'], {
      enterprises: refused('no reliable enterprises LQ'),
      research: refused('no research'),
    });
    const meet = { claim: refused('meet refused'), strong: 0 };
    expect(
      texts(
        summaryFindings(strands, map, {
          next: { opportunity: refused('no opportunity'), backtest: refused('no backtest') },
          productivity: refused('no productivity'),
          meet,
        }),
      ),
    ).toEqual(['employment top', 'enterprises growth', 'enterprises shift-share', 'employment growth']);
  });

  it("a user's own file: its top, growth and shift-share, nothing from datasets it does not have", () => {
    const { strands, map } = setup(['own']);
    expect(
      texts(
        summaryFindings(strands, map, {
          next: { opportunity: refused('fewer than 10'), backtest: refused('fewer than 10') },
        }),
      ),
    ).toEqual(['own top', 'own growth', 'own shift-share']);
  });
});
