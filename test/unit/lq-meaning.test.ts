// Issue 17 item 9: what an LQ of this size means, in one line, worked by hand.
import { describe, expect, it } from 'vitest';
import {
  areaLqNote,
  lqEvidence,
  lqMeaning,
  lqReadingGuide,
  lqSizeWords,
  significanceMark,
} from '../../src/lib/views/lq-meaning';
import { buildCube } from '../../src/lib/data/cube';
import { auditRows } from './fixtures-audit';

const base = { benchmark: 'England', unit: 'enterprises', interval: null };

describe('lqSizeWords', () => {
  it('says how much more or less concentrated, or how many times as', () => {
    expect(lqSizeWords(1.35, 'England')).toBe('35% more concentrated here than in England');
    expect(lqSizeWords(0.8, 'England')).toBe('20% less concentrated here than in England');
    expect(lqSizeWords(1.004, 'England')).toBe('about as concentrated here as in England');
    expect(lqSizeWords(2.44, 'England')).toBe('2.4 times as concentrated here as in England');
  });
});

describe('lqMeaning', () => {
  it('counts: no sampling error; under 100 a small count', () => {
    expect(lqMeaning({ ...base, lq: 1.35, value: 420, evidence: 'count' })).toBe(
      'A full count, not a survey, so no sampling error: 35% more concentrated here than in England.',
    );
    expect(lqMeaning({ ...base, lq: 6.74, value: 80, evidence: 'count' })).toBe(
      'A small count (80 enterprises, under 100): no sampling error, but a handful more or fewer would move this LQ noticeably.',
    );
    // 100 is not small.
    expect(lqMeaning({ ...base, lq: 0.5, value: 100, evidence: 'count' })).toMatch(/^A full count/);
  });

  it('survey figures: the interval and whether it excludes 1', () => {
    const s = { ...base, unit: 'people', value: 5000, evidence: 'survey' as const };
    expect(lqMeaning({ ...s, lq: 1.3, interval: { lower: 1.1, upper: 1.52, significant: 'above' } })).toBe(
      '▲ Significantly above 1: its 95% interval, 1.10 to 1.52, lies wholly above 1, so it is 30% more concentrated here than in England.',
    );
    expect(lqMeaning({ ...s, lq: 0.6, interval: { lower: 0.45, upper: 0.8, significant: 'below' } })).toBe(
      '▼ Significantly below 1: its 95% interval, 0.45 to 0.80, lies wholly below 1, so it is 40% less concentrated here than in England.',
    );
    expect(lqMeaning({ ...s, lq: 1.2, interval: { lower: 0.9, upper: 1.6, significant: 'no' } })).toBe(
      'Not significantly different from 1: its 95% interval, 0.90 to 1.60, includes 1 (a survey estimate).',
    );
    expect(lqMeaning({ ...s, lq: 1.2, interval: { lower: NaN, upper: NaN, significant: 'unknown' } })).toBe(
      'A survey estimate with no interval for this figure: read its difference from 1 with caution.',
    );
  });

  it('money and missing', () => {
    expect(lqMeaning({ ...base, unit: '£m', lq: 0.75, value: 12, evidence: 'other' })).toBe(
      '25% less concentrated here than in England (the source publishes no interval for it).',
    );
    expect(lqMeaning({ ...base, lq: NaN, value: NaN, evidence: 'count' })).toBe('');
  });

  it('marks and evidence kinds', () => {
    expect([
      significanceMark('above'),
      significanceMark('below'),
      significanceMark('no'),
      significanceMark(undefined),
    ]).toEqual(['▲', '▼', '', '']);
    expect(lqEvidence({ unit: 'people', hasCi: true })).toBe('survey');
    expect(lqEvidence({ unit: 'enterprises', hasCi: false })).toBe('count');
    expect(lqEvidence({ unit: '£m', hasCi: false })).toBe('other');
    expect(lqEvidence({ unit: 'index (UK = 100)', hasCi: false })).toBe('other');
  });
});

describe('lqReadingGuide', () => {
  it('one line per kind of evidence', () => {
    expect(lqReadingGuide('count', 'enterprises')).toBe(
      'These are full counts of enterprises, so they have no sampling error; but a location quotient built on fewer than 100 enterprises moves noticeably with a handful more or fewer.',
    );
    expect(lqReadingGuide('survey', 'people')).toMatch(/^These are survey estimates: .*whole 95% interval .*▲ ▼/);
    expect(lqReadingGuide('other', '£m')).toMatch(/no intervals/);
  });

  it('a REF volume: not "fewer than 100 4* FTE" but the 10 FTE of staff rule', () => {
    const ref = lqReadingGuide('count', '4* FTE', 'ref2021-4star-fte');
    expect(ref).toBe(
      "These are REF 2021's results for every submission, not a sample; but a research location quotient on under 10 FTE of staff submitted rests on one small submission, so the science base below does not count it as a strength.",
    );
    expect(ref).not.toMatch(/100/);
    expect(lqReadingGuide('count', 'enterprises', 'ubc-enterprises')).toMatch(/fewer than 100 enterprises/);
  });

  it('UKRI awards: the £1m in a year that "In brief" counts a council a strength on', () => {
    expect(lqReadingGuide('other', '£ thousands', 'ukri-awarded')).toBe(
      "These are UKRI's competitive awards to every organisation, not a sample; but a location quotient on under £1m awarded in a year rests on one or two awards, so “In brief” does not count it as a strength.",
    );
  });
});

describe('areaLqNote (the map tooltip)', () => {
  // Alpha LEP, Manufacturing, 2020 against England (./fixtures-audit.ts): LQ 0.55 / (180/1100) = 3.36;
  // its Fieller interval 2.92 … 3.87 lies above 1 (worked in profile-lq-bars.test.ts), so ▲ for a survey.
  const cube = buildCube(auditRows());
  const row = { index: 1, lq: 605 / 180, value: 66 };
  const at = { sector: 0, year: 1, benchmark: 0, indicator: false };
  const words = { benchmark: 'England', unit: 'people', evidence: 'survey' as const };

  it('marks a survey LQ whose interval lies above 1, and not a count', () => {
    expect(areaLqNote(cube, row, at, words)).toEqual({
      text: expect.stringContaining('3.4 times as concentrated here as in England'),
      mark: '▲',
    });
    expect(areaLqNote(cube, row, at, { ...words, evidence: 'count' })?.mark).toBe('');
  });

  it('says nothing for an indicator, or before a sector and year are chosen', () => {
    expect(areaLqNote(cube, row, { ...at, indicator: true }, words)).toBeNull();
    expect(areaLqNote(cube, row, { ...at, sector: -1 }, words)).toBeNull();
    expect(areaLqNote(cube, row, { ...at, year: -1 }, words)).toBeNull();
  });
});
