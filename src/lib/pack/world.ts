// "Where could we be world-leading?": the science base. Answered from a research dataset when one
// is loaded; otherwise the section says what is missing rather than vanish.
import type { StrandFacts } from './good';
import { anyLq, specialismTable, strandHeading } from './good';
import type { Block, Strand } from './types';
import type { MeetFacts } from './meet';
import { pooledLabel } from './pool-years';
import { INCOME_RULE_WORDS } from './research-rank';

/** The period research income is summed over, in words (the profile's science base sums the same years). */
export function fundingPeriodWords(years: readonly string[]): string {
  if (years.length < 2) return `Research council awards in ${years[0] ?? 'the one year in the data'}.`;
  return `Research council awards are added up over the ${years.length} financial years ${pooledLabel(years)}, as in the area profile’s science base: one year’s awards swing with a few large grants.`;
}

/** `meet`: where research and business strengths meet (meetFacts), shared with the summary. */
export function worldBlocks(strands: Strand[], facts: Map<Strand, StrandFacts>, meet: MeetFacts): Block[] {
  const research = strands.filter((s) => s.role === 'research' || s.role === 'funding');
  if (research.length === 0) {
    return [
      {
        kind: 'empty',
        text: strands.some((s) => s.role === 'own')
          ? 'Your file holds no research figures, so the science base is not shown.'
          : 'The science base (research strengths by subject, research income, and where research and business strengths meet) is not in the atlas’s data yet, so this question cannot be answered here.',
      },
    ];
  }
  const blocks = research.flatMap((s): Block[] => {
    const f = facts.get(s)!;
    // No table ranked by LQ when no subject or council has one: the sentence says why.
    return [
      { kind: 'heading', text: strandHeading(s) },
      ...(s.role === 'funding'
        ? [{ kind: 'text', text: `${fundingPeriodWords(s.meta.years)} ${INCOME_RULE_WORDS}` } as const]
        : []),
      { kind: 'claim', claim: f.top },
      ...(anyLq(f.ranked)
        ? [{ kind: 'table', table: { ...specialismTable(s, f.ranked), id: `world-${s.meta.id}` } } as const]
        : []),
    ];
  });
  blocks.push({
    kind: 'text',
    text: 'Research is placed where each institution is, usually its main campus, so a multi-site university counts in one place: a head-office effect, as with enterprises.',
  });
  blocks.push(...meet.blocks);
  return blocks;
}
