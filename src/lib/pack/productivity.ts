// "What are we good at?", productivity: is the area specialised in industries where a worker
// produces a lot, or little? The same figures as the GVA area profile's chart
// (metrics/specialisation-productivity), stated in sentences that say only what they support.
import { ENGLAND } from '../metrics/benchmark';
import {
  formatPerWorker,
  mixSentence,
  specialisationProductivity,
  type SpecialisationProductivity,
} from '../metrics/specialisation-productivity';
import { claim, refused, type Claim } from './claim';
import type { Block, PackTable, Strand } from './types';

export interface ProductivityFacts {
  /** The mix finding (the summary's candidate). */
  mix: Claim;
  blocks: Block[];
}

const round = (v: number, dp: number) => (Number.isFinite(v) ? Math.round(v * 10 ** dp) / 10 ** dp : null);

/** The area's mix valued at England's GVA per worker, as a claim: refused when a group has no figure. */
export function mixClaim(r: SpecialisationProductivity, area: string): Claim {
  const text = mixSentence(r, area);
  if (!Number.isFinite(r.mixIndex)) return refused(text);
  const notes: string[] = [];
  if (r.nationalYear !== r.year)
    notes.push(`GVA per worker is for ${r.nationalYear}, the employment survey’s year nearest ${r.year}.`);
  if (r.groups.some((g) => g.approximate))
    notes.push('Some of England’s group figures are sums with small suppressed parts, so they are approximate.');
  return claim([text, ...notes].join(' '), `index ${Math.round(r.mixIndex)}`);
}

/**
 * Of the industries (with an LQ) in groups where a worker in England produces more than across all
 * industries, how many the area is specialised in (LQ above 1), naming up to three, highest LQ first.
 */
export function highValueClaim(r: SpecialisationProductivity, area: string): Claim {
  const above = new Set(r.groups.filter((g) => g.perWorker > r.england.perWorker).map((g) => g.name));
  const inHigh = r.points.filter((p) => above.has(p.group));
  const known = inHigh.filter((p) => Number.isFinite(p.lq) && p.lq > 0);
  const missing = inHigh.length - known.length;
  const england = formatPerWorker(r.england.perWorker);
  if (known.length === 0) {
    return refused(
      `No industry in the groups where a worker in England produces more than ${england} has a location quotient for ${area} in ${r.year}, so no claim is made about them.`,
    );
  }
  const specialised = known.filter((p) => p.lq > 1).sort((p, q) => q.lq - p.lq);
  const names = specialised.slice(0, 3).map((p) => `${p.name} (LQ ${p.lq.toFixed(2)})`);
  const more = specialised.length > 3 ? ` and ${specialised.length - 3} more` : '';
  const gap = missing > 0 ? ` ${missing} more ${missing === 1 ? 'has' : 'have'} no figure (not counted as zero).` : '';
  const head = `Of the ${known.length} industries with a figure in the groups where a worker in England produces more than the ${england} of all industries, ${area} is specialised (location quotient above 1) in ${specialised.length}`;
  return claim(
    specialised.length === 0 ? `${head}.${gap}` : `${head}: ${names.join('; ')}${more}.${gap}`,
    `${specialised.length} of ${known.length}`,
  );
}

/** One row per broad group, highest GVA per worker first: the group's figure and the area's industries in it. */
export function productivityTable(r: SpecialisationProductivity, area: string): PackTable {
  return {
    id: 'good-productivity',
    caption: `Broad industry groups by England’s GVA per person in employment (${r.nationalYear}), and ${area}’s industries in each (location quotient on GVA, ${r.year})`,
    columns: [
      'Industry group',
      `England’s GVA per person in employment (£, ${r.nationalYear})`,
      'Industries with a figure',
      'Of which specialised (LQ above 1)',
      'Highest LQ in the group',
      'Its LQ',
    ],
    digits: [null, 0, 0, 0, null, 2],
    rows: r.groups.map((g) => {
      const known = r.points.filter((p) => p.group === g.name && Number.isFinite(p.lq) && p.lq > 0);
      const top = [...known].sort((p, q) => q.lq - p.lq)[0];
      return [
        g.approximate ? `${g.name} (approximate)` : g.name,
        Math.round(g.perWorker),
        known.length,
        known.filter((p) => p.lq > 1).length,
        top?.name ?? null,
        top ? round(top.lq, 2) : null,
      ];
    }),
  };
}

/**
 * The productivity part of "What are we good at?": needs the GVA strand (LQs) and the employment
 * survey's strand (workers by group). Says what is missing when either is not there.
 */
export function productivityFacts(
  gva: Strand | undefined,
  employment: Strand | undefined,
  strandIndex: number,
  area: string,
): ProductivityFacts {
  const none = (text: string): ProductivityFacts => ({ mix: refused(text), blocks: [{ kind: 'empty', text }] });
  if (!gva)
    return none(
      'Productivity is measured on output (gross value added), which is not loaded for this area, so it is not shown.',
    );
  if (!employment)
    return none(
      'Productivity needs England’s people in employment by industry (Annual Population Survey), which is not loaded, so it is not shown.',
    );
  const b = gva.benchmark.index >= 0 ? gva.cube.areas[gva.benchmark.index].code : ENGLAND;
  const r = specialisationProductivity(
    gva.cube,
    employment.cube,
    gva.cube.areas[gva.area].code,
    gva.cube.years[gva.year],
    b,
  );
  if (!r)
    return none(
      `GVA per worker by industry group cannot be worked out for ${area} from the data loaded (England’s figures or a year are missing), so productivity is not shown.`,
    );
  const mix = mixClaim(r, area);
  const title = `Specialisation and productivity in ${area}, ${r.year}`;
  return {
    mix,
    blocks: [
      { kind: 'claim', claim: mix },
      { kind: 'claim', claim: highValueClaim(r, area) },
      {
        kind: 'chart',
        chart: 'productivity',
        strand: strandIndex,
        productivity: r,
        title,
        alt: `Dot chart: each of ${area}’s industries on the row of its broad group, the groups ordered by England’s GVA per person in employment (highest first), each dot placed by its location quotient on GVA. ${mix.text}`,
      },
      { kind: 'table', table: productivityTable(r, area) },
    ],
  };
}
