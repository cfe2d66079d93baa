import { describe, expect, it } from 'vitest';
import {
  barsShareSpec,
  bubbleShareSpec,
  compareShareSpec,
  seriesShareSpec,
  shiftShareSpec,
} from '../../src/lib/profile/profile-share';
import type { BubbleInput } from '../../src/lib/profile/bubble';
import type { ShareSpec } from '../../src/lib/export/share-spec';
import type { AreaShareContext } from '../../src/lib/export/share-spec';
import type { DatasetMeta } from '../../src/lib/data/types';
import type { CompareBars } from '../../src/lib/profile/lq-bars';
import type { SectorSeries } from '../../src/lib/profile/series';
import type { ShiftShareResult } from '../../src/lib/metrics';

const meta = { id: 'd', title: 'Jobs', measure: 'Employee jobs', unit: 'jobs' } as DatasetMeta;
const ctx: AreaShareContext = { meta, area: 'Leeds', areaCode: 'E08000035', year: '2022', benchmark: 'England' };
const l = { measure: 'Employee jobs', unit: 'jobs', year: '2022', from: '2015', benchmark: 'England' };
const series = { area: 'Leeds', sector: 'Construction', benchmark: 'England', points: [] } as unknown as SectorSeries;

describe('profile share specs: what each chart’s download says', () => {
  it('the time series names its years and sector; only a count dataset adds the benchmark columns', () => {
    const svg = () => null;
    const counts = seriesShareSpec(ctx, l, series, ['2015', '2019', '2022'], false, svg);
    expect(counts.title).toBe('Construction in Leeds, 2015–2022');
    expect(counts.fileParts).toEqual(['Employee jobs', 'Leeds', '2022', 'Construction by year']);
    expect(counts.filters).toContainEqual(['Benchmark columns', 'England']);
    expect(counts.notes).toEqual(['Solid line Leeds, dashed England.']);
    const indicator = seriesShareSpec(ctx, l, series, ['2015', '2022'], true, svg);
    expect(indicator.subtitle).toBe('Employee jobs in Construction, each year');
    expect(indicator.filters.some(([k]) => k === 'Benchmark columns')).toBe(false);
  });

  it('the comparison lists the areas compared with, by name and code, after the area itself', () => {
    const comparison = {
      areas: [
        { code: 'E08000035', name: 'Leeds' },
        { code: 'E08000036', name: 'Wakefield' },
        { code: 'E08000032', name: 'Bradford' },
      ],
      rows: [],
    } as unknown as CompareBars;
    const spec = compareShareSpec(ctx, l, comparison);
    expect(spec.filters).toContainEqual(['Compared with', 'Wakefield (E08000036); Bradford (E08000032)']);
  });

  it('the shift-share has no image, only its table, and says its start year', () => {
    const spec = shiftShareSpec(ctx, { code: 'E08000035', name: 'Leeds', level: 'lad' }, l, {
      sectors: [],
    } as unknown as ShiftShareResult);
    expect(spec.image).toBe(false);
    expect(spec.title).toBe('Where the change in jobs came from, 2015–2022');
    expect(spec.filters).toContainEqual(['From', '2015']);
  });
});

describe('the LQ charts’ specs', () => {
  const area = { code: 'E08000035', name: 'Leeds', level: 'lad' } as const;
  const lqLegend = { title: 'Location quotient', items: [] } as unknown as NonNullable<ShareSpec['legend']>;
  it('name the area and year, and carry the LQ colours’ legend under their images', () => {
    expect(barsShareSpec(ctx, area, l, [], lqLegend).title).toBe('Location quotient of every sector in Leeds, 2022');
    const bubble = { sectors: [], refGrowth: NaN } as unknown as BubbleInput;
    expect(bubbleShareSpec(ctx, area, l, bubble, lqLegend).legend).toBe(lqLegend);
  });
});
