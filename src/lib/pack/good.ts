// "What are we good at?": for each dataset, the top specialism, its growth, the shift-share of the
// area's change, the LQ chart and a table of the leading sectors.
import { growth, shiftShare } from '../metrics';
import { profileBars, type ProfileBar } from '../profile/lq-bars';
import { cutCodes, sectorTree } from '../data/sector-tree';
import { shiftShareReading } from '../profile/shift-share-words';
import { claim, refused, type Claim } from './claim';
import { growthClaim } from './growth-claim';
import { topClaimable, topSpecialism } from './specialism';
import { lowerFirst } from './claim';
import type { Block, PackTable, Strand } from './types';
import type { ProductivityFacts } from './productivity';
import { cellFlag, cellValue } from '../data/cube';
import { countDigits } from './cells';
import { measureWithUnit } from '../words';
import {
  incomeRanking,
  noIncomeStrengthWords,
  researchRanking,
  tooSmallIncomeWords,
  tooSmallWords,
  type IncomeRanking,
  type ResearchRanking,
} from './research-rank';

function withTooSmall(c: Claim, ranking: ResearchRanking | null, income: IncomeRanking | null): Claim {
  const words = ranking ? tooSmallWords(ranking.tooSmall) : income ? tooSmallIncomeWords(income.tooSmall) : '';
  return words ? { ...c, text: c.text + words } : c;
}

const SECTOR_WORD: Partial<Record<Strand['role'], string>> = {
  research: 'subjects (REF units of assessment)',
  funding: 'research councils',
};
/** What a table's rows are: its first column's heading and the plural in its caption. */
const ROW_WORDS: Partial<Record<Strand['role'], { column: string; many: string }>> = {
  research: { column: 'Subject (REF unit of assessment)', many: 'subjects' },
  funding: { column: 'Research council', many: 'research councils' },
};

/** True when some sector has a location quotient: without one, a table "by highest LQ" has nothing to rank. */
export function anyLq(bars: readonly ProfileBar[]): boolean {
  return bars.some((b) => Number.isFinite(b.lq));
}

export interface StrandFacts {
  bars: ProfileBar[];
  /** The bars a "highest LQ" table lists: for research, only subjects with enough staff (research-rank.ts). */
  ranked: ProfileBar[];
  top: Claim;
  topBar: ProfileBar | null;
  growth: Claim | null;
  shiftShare: Claim;
}

const round = (v: number, dp: number) => (Number.isFinite(v) ? Math.round(v * 10 ** dp) / 10 ** dp : null);

/**
 * Every sector's LQ bar for the strand's area, over the sectors a measure may be taken over: where
 * codes nest (GVA's industry tree) the leaves, without "All industries", the sections above them or
 * excluded ones (imputed rent), so no sector is compared with its own parts.
 */
/** Most bars a pack chart shows, so it fits on one printed A4 page. */
export const PACK_CHART_BARS = 24;
/**
 * Room for the sectors' names in a pack chart: wider than the profile's, so GVA's long industry
 * names are whole on paper, where a shortened one cannot be hovered (at 60rem, 420 px: 65 letters).
 */
export const PACK_LABEL_ROOM = { labelShare: 0.45, labelMax: 420 };

export function packBars(s: Strand): ProfileBar[] {
  const bars = profileBars(s.cube, s.area, s.year, s.benchmark);
  const parent = s.cube.sectorParent;
  if (!parent || Object.keys(parent).length === 0) return bars;
  const keep = new Set(
    cutCodes(
      sectorTree(
        s.cube.sectors.map((x) => x.code),
        parent,
      ),
      'leaves',
      s.cube.sectorExclude ?? [],
    ),
  );
  return bars.filter((b) => keep.has(b.sector.code));
}

export function strandFacts(s: Strand, areaName: string): StrandFacts {
  const { cube, area, year, from, benchmark } = s;
  const bars = packBars(s);
  const ownData = s.role === 'own';
  const ctx = {
    area: areaName,
    unit: lowerFirst(s.meta.measure),
    countUnit: s.meta.unit,
    year: cube.years[year],
    benchmark: benchmark.label,
    sectorCount: bars.length,
    ownData,
    sectorWord: SECTOR_WORD[s.role],
  };
  // Research: the top subject is claimed from those with enough staff behind them, research income's
  // top council from those with enough awarded (research-rank.ts).
  const ranking = researchRanking(s, bars);
  const income = incomeRanking(s, bars);
  const claimBars = ranking ? ranking.ranked : income ? income.ranked : bars;
  const top = withTooSmall(
    income && income.ranked.length === 0
      ? refused(noIncomeStrengthWords(areaName, cube.years[year]))
      : topSpecialism(claimBars, ctx),
    ranking,
    income,
  );
  const { top: topBar } = topClaimable(claimBars);
  let g: Claim | null = null;
  if (topBar && from !== year) {
    g = growthClaim({
      area: areaName,
      sector: topBar.sector.name,
      measure: s.meta.measure,
      unit: s.meta.unit,
      from: cube.years[from],
      to: cube.years[year],
      start: cellValue(cube, area, topBar.index, from),
      end: cellValue(cube, area, topBar.index, year),
      startFlag: cellFlag(cube, area, topBar.index, from),
      endFlag: cellFlag(cube, area, topBar.index, year),
    });
  }
  const shift = shiftShare(cube, area, from, year, benchmark);
  const reading = shiftShareReading(shift, {
    area: areaName,
    // The measure, not the unit: "people aged 16+ in employment in Black Country grew", not "people in …".
    unit: lowerFirst(s.meta.measure),
    from: cube.years[from],
    to: cube.years[year],
    benchmark: benchmark.label,
  });
  const local = shift.totals.local;
  // Shift-share adds sectors up; where codes nest (GVA's industry tree) that would count a parent and its children twice.
  const nested = !!cube.sectorParent && Object.keys(cube.sectorParent).length > 0;
  const shiftClaim = nested
    ? refused(
        `The change in ${areaName} is not split by shift-share here: this dataset’s sectors nest inside one another, so adding them up would count some twice.`,
      )
    : Number.isFinite(local) && from !== year
      ? claim(reading, `local effect ${local >= 0 ? '+' : '−'}${Math.round(Math.abs(local)).toLocaleString('en-GB')}`)
      : refused(reading);
  return { bars, ranked: claimBars, top, topBar: topBar ?? null, growth: g, shiftShare: shiftClaim };
}

/** The leading sectors by LQ, with the figures the sentences use. */
export function specialismTable(s: Strand, bars: ProfileBar[], rows = 10): PackTable {
  const { cube, area, year, from } = s;
  const hasCi = bars.some((b) => b.ci);
  const shown = bars.slice(0, rows);
  const words = ROW_WORDS[s.role] ?? { column: 'Sector', many: 'sectors' };
  // "Gross value added at current prices 2023 (£m)": the unit, where the measure's words do not name it.
  const named = measureWithUnit(s.meta);
  const unit = named === s.meta.measure ? '' : named.slice(s.meta.measure.length);
  const columns = [words.column, `${s.meta.measure} ${cube.years[year]}${unit}`, 'Flag', 'Location quotient'];
  const digits = [null, countDigits(shown.map((b) => b.value)), null, 2];
  if (hasCi) {
    columns.push('LQ 95% interval, lower', 'LQ 95% interval, upper');
    digits.push(2, 2);
  }
  // A dataset of one year (REF 2021) has no growth to show: no column that could only say "–".
  const hasGrowth = from !== year;
  if (hasGrowth) {
    columns.push(`Growth since ${cube.years[from]} (%)`);
    digits.push(1);
  }
  return {
    id: `good-${s.role}`,
    caption: `${s.meta.measure}: the ${Math.min(rows, bars.length)} ${words.many} with the highest location quotient against ${s.benchmark.label}, ${cube.years[year]}`,
    columns,
    digits,
    rows: shown.map((b) => {
      const row: (string | number | null)[] = [
        b.sector.name,
        Number.isFinite(b.value) ? b.value : null,
        b.flag ?? '',
        round(b.lq, 2),
      ];
      if (hasCi) row.push(round(b.ci?.lower ?? NaN, 2), round(b.ci?.upper ?? NaN, 2));
      if (hasGrowth) row.push(round(growth(cube, area, b.index, from, year).pct, 1));
      return row;
    }),
  };
}

const STRAND_HEADING: Record<Strand['role'], string> = {
  enterprises: 'By number of enterprises',
  employment: 'By employment',
  gva: 'By output (gross value added)',
  research: 'World-leading research',
  funding: 'Research income',
  own: 'In your data',
};

/** "every sector", or the leading ones when there are too many for one printed page. */
export function chartTitle(sectors: number, areaName: string, year: string): string {
  return sectors > PACK_CHART_BARS
    ? `Location quotient of the ${PACK_CHART_BARS} sectors (of ${sectors}) with the highest location quotients in ${areaName}, ${year}`
    : `Location quotient of every sector in ${areaName}, ${year}`;
}

export function strandHeading(s: Strand): string {
  const base = STRAND_HEADING[s.role];
  const year = s.cube.years[s.year];
  // A title that already says it ("World-leading (4*) research by subject (REF 2021)") is not repeated inside it.
  const plain = (t: string) =>
    t
      .toLowerCase()
      .replace(/\s*\([^)]*\)\s*/g, ' ')
      .trim();
  if (plain(s.meta.title).startsWith(plain(base)))
    return s.meta.title.includes(year) ? s.meta.title : `${s.meta.title}, ${year}`;
  // "By number of enterprises: Enterprises by industry (UK Business Counts), 2022", never brackets in brackets.
  return `${base}: ${s.meta.title}, ${year}`;
}

/** `productivity`: the productivity part (null for a user's own file, which cannot have it). */
export function goodBlocks(
  strands: Strand[],
  facts: Map<Strand, StrandFacts>,
  areaName: string,
  productivity: ProductivityFacts | null,
): Block[] {
  const blocks: Block[] = [];
  const business = strands.filter((s) => s.role !== 'research' && s.role !== 'funding');
  if (business.length === 0) {
    return [{ kind: 'empty', text: 'No dataset of enterprises, employment or output is loaded for this area.' }];
  }
  business.forEach((s) => {
    const f = facts.get(s)!;
    const i = strands.indexOf(s);
    blocks.push({ kind: 'heading', text: strandHeading(s) });
    blocks.push({ kind: 'claim', claim: f.top });
    if (f.growth) blocks.push({ kind: 'claim', claim: f.growth });
    blocks.push({
      kind: 'chart',
      chart: 'lq-bars',
      strand: i,
      title: chartTitle(f.bars.length, areaName, s.cube.years[s.year]),
      alt: `Bar chart of the location quotient of ${f.bars.length > PACK_CHART_BARS ? `the ${PACK_CHART_BARS} of ${f.bars.length} sectors with the highest location quotients` : `each of ${f.bars.length} sectors`} in ${areaName} against ${s.benchmark.label}. ${f.top.text}`,
    });
    if (anyLq(f.bars)) blocks.push({ kind: 'table', table: specialismTable(s, f.bars) });
    blocks.push({ kind: 'claim', claim: f.shiftShare });
  });
  blocks.push({ kind: 'heading', text: 'Productivity: specialised where a worker produces more?' });
  if (productivity) blocks.push(...productivity.blocks);
  else
    blocks.push({
      kind: 'empty',
      text: 'Productivity needs ONS output (GVA) and England’s employment by industry, which your file is not, so it is not shown.',
    });
  return blocks;
}
