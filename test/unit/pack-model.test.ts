// The pack's section model on the hand-sized audit table (fixtures-audit.ts), worked by hand:
// Alpha LEP 2020: Manufacturing 66 of 120 = 0.55; England 180 of 1,100 = 0.163636; LQ = 3.3611.
// 95% interval: ci/e = 6.6/66 = 0.1 and 18/180 = 0.1, half-width √0.02 = 0.14142 in logs,
// so 3.3611·e^−0.14142 = 2.918 to 3.3611·e^0.14142 = 3.872. Growth 60 → 66 = +10.0%.
import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import type { DatasetMeta } from '../../src/lib/data/types';
import { defaultBenchmark } from '../../src/lib/metrics';
import { buildPack } from '../../src/lib/pack/pack';
import { packDatasets, packYears } from '../../src/lib/pack/strands';
import type { Block, Strand } from '../../src/lib/pack/types';
import { ALPHA, auditRows } from './fixtures-audit';

const meta = (id: string, extra: Partial<DatasetMeta> = {}): DatasetMeta => ({
  id,
  title: 'My audit file',
  measure: 'Jobs',
  unit: 'jobs',
  file: 'mine.csv',
  years: ['2019', '2020'],
  levels: ['country', 'lep'],
  sectorCount: 3,
  benchmark: 'E92000001',
  totals: 'sum of sectors',
  source: 'My council',
  sourceUrl: '',
  release: 'Loaded from mine.csv.',
  licence: 'Your own',
  attribution: [],
  caveats: ['A caveat from the file.'],
  hasCi: true,
  ...extra,
});

function ownPack(compare: string | null = null, years = { year: 1, from: 0 }, extra: Partial<DatasetMeta> = {}) {
  const cube = buildCube(auditRows());
  const strand: Strand = {
    role: 'own',
    meta: meta('local-1', extra),
    cube,
    area: cube.areaIndex.get(ALPHA)!,
    ...years,
    benchmark: defaultBenchmark(cube),
  };
  return buildPack({
    areaCode: ALPHA,
    strands: [strand],
    compare,
    attribution: ['Source: mine'],
    date: new Date(Date.UTC(2026, 10, 30)),
  })!;
}
const texts = (blocks: Block[]) =>
  blocks
    .map((b) =>
      b.kind === 'claim'
        ? b.claim.text
        : b.kind === 'text' || b.kind === 'empty' || b.kind === 'heading'
          ? b.text
          : b.kind === 'list'
            ? b.items.join(' ')
            : '',
    )
    .join('\n');

describe('evidence pack model', () => {
  it('has every section in order, each with something to say', () => {
    const pack = ownPack();
    expect(pack.sections.map((s) => s.id)).toEqual([
      'summary',
      'good',
      'world',
      'next',
      'peers',
      'methods',
      'caveats',
      'sources',
    ]);
    for (const s of pack.sections) expect(s.blocks.length).toBeGreaterThan(0);
    expect(pack.title).toBe('Alpha LEP: evidence pack');
    expect(pack.date).toBe('30 November 2026');
  });

  it('"what are we good at" names the top specialism, its LQ, its interval and its growth, of the sectors in the file', () => {
    const good = texts(ownPack().sections[1].blocks);
    expect(good).toContain(
      "Alpha LEP's top specialism by jobs in 2020, of the 3 sectors in your file, is Manufacturing (66 jobs): a location quotient of 3.36",
    );
    expect(good).toContain(
      'Its 95% interval, 2.92 to 3.87, lies wholly above 1: significantly more concentrated than in England.',
    );
    expect(good).toContain('Jobs in Manufacturing in Alpha LEP grew by 10.0%, from 60 in 2019 to 66 in 2020.');
  });

  it('every sentence naming a count says what is counted: "people aged 16+ in employment", never bare "people in"', () => {
    // Alpha LEP's total goes 100 → 120 (+20); Manufacturing 60 → 66.
    const all = ownPack(null, undefined, { measure: 'People aged 16+ in employment', unit: 'people' })
      .sections.map((s) => texts(s.blocks))
      .join('\n');
    expect(all).toContain('Between 2019 and 2020 people aged 16+ in employment in Alpha LEP grew by 20.');
    expect(all).toContain(
      "Alpha LEP's top specialism by people aged 16+ in employment in 2020, of the 3 sectors in your file, is Manufacturing (66 people)",
    );
    expect(all).toContain(
      'People aged 16+ in employment in Manufacturing in Alpha LEP grew by 10.0%, from 60 in 2019 to 66 in 2020.',
    );
    expect(all).not.toMatch(/\bpeople (in|grew|fell|held)\b/);
    expect(all).not.toMatch(/(mix|share) of people\b(?! aged)/);
  });

  it('the specialism table holds the figures as numbers', () => {
    const block = ownPack().sections[1].blocks.find((b) => b.kind === 'table');
    expect(block?.kind).toBe('table');
    if (block?.kind !== 'table') return;
    expect(block.table.rows[0].slice(0, 6)).toEqual(['Manufacturing', 66, '', 3.36, 2.92, 3.87]);
    expect(block.table.rows[0][6]).toBe(10);
    // Counts whole, LQs and their interval to 2 places, growth to 1.
    expect(block.table.digits).toEqual([null, 0, null, 2, 2, 2, 1]);
  });

  it('a table of one year has no growth column (it could only say "–")', () => {
    const block = ownPack(null, { year: 1, from: 1 }).sections[1].blocks.find((b) => b.kind === 'table');
    if (block?.kind !== 'table') throw new Error('no table');
    expect(block.table.columns).toEqual([
      'Sector',
      'Jobs 2020',
      'Flag',
      'Location quotient',
      'LQ 95% interval, lower',
      'LQ 95% interval, upper',
    ]);
    expect(block.table.rows[0]).toHaveLength(6);
  });

  it('a research table names its rows subjects, not sectors', async () => {
    const { packBars, specialismTable } = await import('../../src/lib/pack/good');
    const cube = buildCube(auditRows());
    const s: Strand = {
      role: 'research',
      meta: meta('ref2021-4star-fte'),
      cube,
      area: cube.areaIndex.get(ALPHA)!,
      year: 1,
      from: 1,
      benchmark: defaultBenchmark(cube),
    };
    const t = specialismTable(s, packBars(s));
    expect(t.columns[0]).toBe('Subject (REF unit of assessment)');
    expect(t.caption).toBe('Jobs: the 3 subjects with the highest location quotient against England, 2020');
  });

  it("a table's figures carry their unit where the measure's words do not name it (GVA's £m)", async () => {
    const { packBars, specialismTable } = await import('../../src/lib/pack/good');
    const cube = buildCube(auditRows());
    const strand = (m: DatasetMeta): Strand => ({
      role: 'gva',
      meta: m,
      cube,
      area: cube.areaIndex.get(ALPHA)!,
      year: 1,
      from: 1,
      benchmark: defaultBenchmark(cube),
    });
    const gva = strand(meta('gva-current', { measure: 'Gross value added at current prices', unit: '£m' }));
    expect(specialismTable(gva, packBars(gva)).columns[1]).toBe('Gross value added at current prices 2020 (£m)');
    // "Jobs" already says what one count is: no "(jobs)" after it.
    const jobs = strand(meta('mine'));
    expect(specialismTable(jobs, packBars(jobs)).columns[1]).toBe('Jobs 2020');
  });

  it('sections without data say so', () => {
    const pack = ownPack();
    expect(texts(pack.sections[2].blocks)).toContain('Your file holds no research figures');
    expect(texts(pack.sections[3].blocks)).toContain('fewer than 10');
  });

  it('summary: claimed findings only, and says when there are fewer than five', () => {
    const s = ownPack().sections[0].blocks;
    const claims = s.filter((b) => b.kind === 'claim');
    expect(claims.length).toBeGreaterThan(0);
    for (const b of claims) if (b.kind === 'claim') expect(b.claim.figure).not.toBeNull();
    if (claims.length < 5) expect(texts(s)).toContain(`Only ${claims.length} of five findings`);
  });

  it('a chosen comparison area is used; the closest peer otherwise', () => {
    expect(texts(ownPack('E37000002').sections[4].blocks)).toContain('Compared with Beta LEP');
    expect(texts(ownPack().sections[4].blocks)).toContain('No comparison area is chosen');
  });

  it('each source is sentences with its address last, nothing running into the address', async () => {
    const { sourceBlocks } = await import('../../src/lib/pack/notes');
    const strand = {
      meta: meta('gva', {
        title: 'Output (GVA)',
        source: 'ONS',
        release: 'April 2025 release, via the edd repository',
        licence: 'Open Government Licence v3.0',
        sourceUrl: 'https://www.ons.gov.uk/gva',
      }),
    } as Strand;
    const [list] = sourceBlocks([strand], []);
    expect(list.kind === 'list' && list.items).toEqual([
      'Output (GVA). ONS. April 2025 release, via the edd repository. Licence: Open Government Licence v3.0. https://www.ons.gov.uk/gva',
    ]);
  });

  it('one peer is "the one LEP", never "the 1 LEPs"', () => {
    // The file has two LEPs, so Alpha LEP has one peer, Beta LEP.
    const blocks = ownPack().sections[4].blocks;
    expect(texts(blocks)).toContain('The one LEP whose mix of jobs in 2020 is most like Alpha LEP’s.');
    expect(texts(blocks)).not.toMatch(/\b1 LEPs\b/);
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.table.caption).toBe(
      'LEP with the most similar mix to Alpha LEP (jobs, 2020)',
    );
    expect(table?.kind === 'table' && table.table.rows.map((r) => r[0])).toEqual(['Beta LEP']);
  });

  it('packDatasets: one per role, size bands left out; a local dataset alone', () => {
    const list = [
      meta('ubc-enterprises'),
      meta('ubc-enterprises-micro', { group: 'UK Business Counts by size band' }),
      meta('aps-employment'),
      meta('local-9'),
    ];
    expect(packDatasets(list, 'ubc-enterprises').map((d) => d.id)).toEqual(['ubc-enterprises', 'aps-employment']);
    expect(packDatasets(list, 'local-9').map((d) => d.id)).toEqual(['local-9']);
  });

  it('packYears: first and latest; GVA also the survey year its productivity is valued at', () => {
    const gvaYears = ['1998', '1999', '2018', '2019', '2020', '2021', '2022', '2023'];
    const aps = meta('aps-employment', { years: ['2018', '2019', '2020', '2021', '2022'] });
    const gva = meta('gva-current', { years: gvaYears });
    // The survey's nearest year to 2023 that GVA also has is 2022.
    expect(packYears(gva, [aps, gva])).toEqual(['1998', '2022', '2023']);
    // No survey listed: growth's two years only.
    expect(packYears(gva, [gva])).toEqual(['1998', '2023']);
    // The survey has 2023 itself: nothing more.
    const aps23 = meta('aps-employment', { years: ['2021', '2023'] });
    expect(packYears(gva, [aps23, gva])).toEqual(['1998', '2023']);
    // Not GVA: first and latest, whatever the survey.
    expect(packYears(meta('ubc-enterprises', { years: ['2018', '2020', '2022'] }), [aps])).toEqual(['2018', '2022']);
    expect(packYears(meta('ukri-awarded', { years: ['2019/20'] }), [aps])).toEqual(['2019/20']);
    // Research income is summed over every year, so every year is read.
    const ukriYears = ['2015/16', '2016/17', '2017/18', '2018/19', '2019/20'];
    expect(packYears(meta('ukri-awarded', { years: ukriYears }), [aps])).toEqual(ukriYears);
  });
});

describe('the pack as spreadsheet sheets', () => {
  it('one sheet per section, names Excel accepts, numbers kept as numbers', async () => {
    const { packSheets, sheetName } = await import('../../src/lib/pack/sheets');
    expect(sheetName('Summary: five findings')).toBe('Summary five findings');
    expect(sheetName('Where could we be world-leading?')).toBe('Where could we be world-leading');
    const sheets = packSheets(ownPack());
    expect(sheets.map((s) => s.name)).toHaveLength(8);
    const good = sheets[1].rows;
    const row = good.find((r) => r[0] === 'Manufacturing');
    // Full numbers, shown to the table's places.
    expect(row?.slice(0, 4)).toEqual([
      'Manufacturing',
      { value: 66, format: '#,##0' },
      '',
      { value: 3.36, format: '#,##0.00' },
    ]);
  });
});

// The science base's rule (MIN_RANKED_FTE = 10) in the pack, on the audit table as research figures.
// Alpha 2020 LQs, worked by hand: M 66/120 ÷ 180/1,100 = 3.36; R 44/120 ÷ 520/1,100 = 0.78;
// D 10/120 ÷ 400/1,100 = 0.23. Staff FTE behind them: M 8 (under 10), R 40, D 12.
describe('evidence pack: research ranked only with 10 FTE of staff behind it', () => {
  async function researchStrand(withStaff: boolean): Promise<Strand> {
    const { row } = await import('./fixtures-audit');
    const cube = buildCube(auditRows());
    const staff = buildCube([
      row(ALPHA, 'M', '2020', 8),
      row(ALPHA, 'R', '2020', 40),
      row(ALPHA, 'D', '2020', 12),
      row('E92000001', 'M', '2020', 100),
      row('E92000001', 'R', '2020', 100),
      row('E92000001', 'D', '2020', 100),
    ]);
    return {
      role: 'research',
      meta: meta('ref2021-4star-fte', { measure: 'World-leading (4*) research FTE', unit: 'FTE' }),
      cube,
      area: cube.areaIndex.get(ALPHA)!,
      year: 1,
      from: 1,
      benchmark: defaultBenchmark(cube),
      ...(withStaff ? { staff } : {}),
    };
  }

  it('claims the top subject among those with enough staff, and names the small one apart', async () => {
    const { strandFacts, specialismTable } = await import('../../src/lib/pack/good');
    const f = strandFacts(await researchStrand(true), 'Alpha LEP');
    // Manufacturing (LQ 3.36) rests on 8 FTE: not ranked; Retail's 0.78 is the highest ranked.
    expect(f.top.text).toContain("the highest reliable location quotient is Retail's, 0.78");
    expect(f.top.text).toContain('1 subject with under 10 FTE of staff submitted is not ranked');
    expect(f.top.text).toContain('Manufacturing (8 FTE)');
    expect(f.ranked.map((b) => b.sector.code)).toEqual(['R', 'D']);
    // The chart still shows every subject.
    expect(f.bars.map((b) => b.sector.code)).toEqual(['M', 'R', 'D']);
    const s = await researchStrand(true);
    expect(specialismTable(s, f.ranked).rows.map((r) => r[0])).toEqual(['Retail', 'Digital']);
  });

  it('without the staff figures the bars stand as they are', async () => {
    const { strandFacts } = await import('../../src/lib/pack/good');
    const f = strandFacts(await researchStrand(false), 'Alpha LEP');
    expect(f.top.text).toContain('Manufacturing');
    expect(f.top.text).toContain('3.36');
    expect(f.top.text).not.toContain('not ranked');
  });
});

describe('evidence pack: strand headings', () => {
  const strand = (role: Strand['role'], title: string, year: string) =>
    ({ role, meta: { title }, cube: { years: [year] }, year: 0 }) as unknown as Strand;
  it('does not repeat a title that already says what the heading would, nor put brackets in brackets', async () => {
    const { strandHeading } = await import('../../src/lib/pack/good');
    expect(strandHeading(strand('research', 'World-leading (4*) research by subject (REF 2021)', '2021'))).toBe(
      'World-leading (4*) research by subject (REF 2021)',
    );
    expect(strandHeading(strand('enterprises', 'Enterprises by industry (UK Business Counts)', '2022'))).toBe(
      'By number of enterprises: Enterprises by industry (UK Business Counts), 2022',
    );
  });
});
