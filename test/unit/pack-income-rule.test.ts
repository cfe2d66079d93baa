// Research income's minimum in the pack (MIN_RANKED_INCOME, £1m over the pooled years): an income LQ
// on less is not named a strength. England here: council A £4,500k of £100,000k (4.5%, as AHRC's share
// of England's awards), B £95,500k (95.5%). Worked by hand:
//   Alpha won A £801k and nothing else: share of A 100%, LQ 1 / 0.045 = 22.22 (Black Country's case).
//   Alpha won A £900k, B £5,000k (total £5,900k): A (900/5,900) / 0.045 = 3.39; B (5,000/5,900) / 0.955 = 0.89.
//   Alpha won A £1,000k, B £5,000k (total £6,000k): A (1,000/6,000) / 0.045 = 3.70, at the minimum so named.
import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import type { DatasetMeta } from '../../src/lib/data/types';
import { defaultBenchmark } from '../../src/lib/metrics';
import { MIN_RANKED_INCOME } from '../../src/lib/metrics/research';
import { strandFacts, specialismTable } from '../../src/lib/pack/good';
import { methodBlocks } from '../../src/lib/pack/notes';
import { worldBlocks } from '../../src/lib/pack/world';
import type { Block, Strand } from '../../src/lib/pack/types';
import { ALPHA, ENG, row } from './fixtures-audit';

const PERIOD = '2015/16 to 2019/20';

const meta: DatasetMeta = {
  id: 'ukri-awarded',
  title: 'Research council awards by council (UKRI, £ thousands)',
  measure: 'Research council funding awarded (£ thousands, nominal)',
  unit: '£ thousands',
  file: 'ukri-awarded.csv',
  years: ['2015/16', '2016/17', '2017/18', '2018/19', '2019/20'],
  levels: ['country', 'lep'],
  sectorCount: 2,
  benchmark: ENG,
  totals: 'sum of sectors',
  source: 'UKRI',
  sourceUrl: '',
  release: 'UKRI competitive funding decisions.',
  licence: 'OGL',
  attribution: [],
  caveats: [],
  hasCi: false,
};

function fundingStrand(a: number, b: number): Strand {
  const cube = buildCube([
    row(ENG, 'A', PERIOD, 4500),
    row(ENG, 'B', PERIOD, 95500),
    row(ALPHA, 'A', PERIOD, a),
    row(ALPHA, 'B', PERIOD, b),
  ]);
  return {
    role: 'funding',
    meta,
    cube,
    area: cube.areaIndex.get(ALPHA)!,
    year: 0,
    from: 0,
    benchmark: defaultBenchmark(cube),
  };
}

const texts = (blocks: Block[]) =>
  blocks.map((b) => (b.kind === 'text' ? b.text : b.kind === 'list' ? b.items.join(' ') : ''));

describe('evidence pack: research income named a strength only on £1m or more', () => {
  it('is £1m (1,000 £ thousands)', () => {
    expect(MIN_RANKED_INCOME).toBe(1000);
  });

  it('names no council when the area won under £1m from each (LQ 22.22 on £801k)', () => {
    const f = strandFacts(fundingStrand(801, 0), 'Alpha LEP');
    expect(f.top.claimed).toBe(false);
    expect(f.top.text).toContain(
      'No research council is named as Alpha LEP’s top specialism for 2015/16 to 2019/20: it won under £1m from each of them over the period.',
    );
    expect(f.top.text).toContain('1 research council with under £1m awarded over the period is not ranked');
    expect(f.top.text).toContain('It is A (£801k, location quotient 22.22).');
    expect(f.top.text).not.toContain('top specialism by');
    expect(f.ranked).toEqual([]);
    // The chart still shows every council.
    expect(f.bars.map((b) => b.sector.code)).toEqual(['A', 'B']);
  });

  it('claims among the councils with £1m or more, and names the small one apart', () => {
    const f = strandFacts(fundingStrand(900, 5000), 'Alpha LEP');
    expect(f.top.text).toContain("the highest reliable location quotient is B's, 0.89");
    expect(f.top.text).toContain('It is A (£900k, location quotient 3.39).');
    expect(f.ranked.map((b) => b.sector.code)).toEqual(['B']);
    expect(specialismTable(fundingStrand(900, 5000), f.ranked).rows.map((r) => r[0])).toEqual(['B']);
  });

  it('names a council with exactly £1m', () => {
    const f = strandFacts(fundingStrand(1000, 5000), 'Alpha LEP');
    expect(f.top.claimed).toBe(true);
    expect(f.top.text).toContain('top specialism by research council funding awarded');
    expect(f.top.text).toContain('is A (£1,000k): a location quotient of 3.70');
    expect(f.top.text).not.toContain('not ranked');
  });

  it('says nothing was won when nothing was', () => {
    const f = strandFacts(fundingStrand(0, 0), 'Alpha LEP');
    expect(f.top.text).toContain('is 0 in every one of the 2 research councils in this dataset');
  });

  it('states the rule under research income and in the method notes', () => {
    const s = fundingStrand(801, 0);
    const f = strandFacts(s, 'Alpha LEP');
    const meet = { blocks: [] } as unknown as Parameters<typeof worldBlocks>[2];
    const rule =
      'counts as a strength only where the area won at least £1m from it over the five years: below that its location quotient rests on one or two awards.';
    expect(texts(worldBlocks([s], new Map([[s, f]]), meet)).join(' ')).toContain(rule);
    expect(texts(methodBlocks([s])).join(' ')).toContain(`Small bases in research income: a research council ${rule}`);
  });
});
