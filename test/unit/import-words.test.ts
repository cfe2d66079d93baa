import { describe, expect, it, vi } from 'vitest';
import { megabytes, plural, wholeNumber } from '../../src/lib/import/import-words';
import { runImport } from '../../src/lib/import/pipeline';
import { detectImport } from '../../src/lib/import/detect';
import { planFromDetection } from '../../src/lib/import/convert';
import { generateCanonicalCsv } from '../../bench/generate';

describe("the importer's numbers, without Intl (whose first formatter loads locale data: issue 15)", () => {
  it('writes counts and megabytes as en-GB does, and makes no Intl.NumberFormat nor calls toLocaleString', () => {
    const made = vi.spyOn(Intl, 'NumberFormat');
    const localised = vi.spyOn(Number.prototype, 'toLocaleString');
    const counts = [0, 1, 7, 12, 400, 1000, 65_432, 1_000_000, 1_234_567];
    const bytes = [0, 1, 49_999, 50_000, 50_600_000, 999_950_000, 1_000_000_000, 123_456_789];
    // By hand: 50,600,000 bytes are 50.6 MB; 49,999 round to 0; 999,950,000 to 1,000.0, written 1,000.
    expect(bytes.map(megabytes)).toEqual(['0', '0', '0', '0.1', '50.6', '1,000', '1,000', '123.5']);
    expect(counts.map(wholeNumber)).toEqual(['0', '1', '7', '12', '400', '1,000', '65,432', '1,000,000', '1,234,567']);
    expect(plural(1, 'area')).toBe('1 area');
    expect(plural(1_000_000, 'row')).toBe('1,000,000 rows');
    expect(made).not.toHaveBeenCalled();
    expect(localised).not.toHaveBeenCalled();
    made.mockRestore();
    localised.mockRestore();
    // The same text as toLocaleString('en-GB') gives.
    for (const n of counts) expect(wholeNumber(n)).toBe(n.toLocaleString('en-GB'));
    for (const b of bytes) expect(megabytes(b)).toBe((b / 1e6).toLocaleString('en-GB', { maximumFractionDigits: 1 }));
  });

  it("writes the report's counts without Intl too (the worker's first formatter would load the locale's data)", () => {
    // 1,200 areas, one sector, one year, every code in lower case: the sentences count them.
    const text = generateCanonicalCsv(1200, 1, 1).replace(/^E0/gm, 'e0');
    const localised = vi.spyOn(Number.prototype, 'toLocaleString');
    const { report } = runImport(text, planFromDetection(detectImport(text)), {
      fileName: 'x.csv',
      reference: { leps: {}, lads: [] },
    });
    expect(localised).not.toHaveBeenCalled();
    localised.mockRestore();
    expect(report.benchmark.sumSentence).toContain('the sum of the 1,200 areas loaded from this file');
    expect(report.unmatchedSentence).toMatch(/^None of the 1,200 areas in this file can be drawn on the map: 1,200 /);
    expect(report.fileProblems.map((p) => p.message)).toContain(
      'Area codes normalised: 1,200 in lower case were read in capitals (e06000001 as E06000001).',
    );
  });
});
