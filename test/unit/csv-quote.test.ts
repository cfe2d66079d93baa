import { describe, expect, it } from 'vitest';
import { quoteCsv } from '../../src/lib/data/csv-quote';
import { csvText } from '../../src/lib/export/csv-cell';

describe('the one CSV quoting rule', () => {
  it('leaves a plain cell as it is', () => {
    expect(quoteCsv('')).toBe('');
    expect(quoteCsv('Black Country')).toBe('Black Country');
    expect(quoteCsv('=SUM(A1)')).toBe('=SUM(A1)');
  });

  it('quotes a cell with a comma, quote or line break, doubling inner quotes', () => {
    expect(quoteCsv('Agriculture, forestry & fishing')).toBe('"Agriculture, forestry & fishing"');
    expect(quoteCsv('the "Black" Country')).toBe('"the ""Black"" Country"');
    expect(quoteCsv('a\nb')).toBe('"a\nb"');
    expect(quoteCsv('a\rb')).toBe('"a\rb"');
  });

  it('quotes a cell a reader would trim: a space or control character at either end', () => {
    expect(quoteCsv(' lead')).toBe('" lead"');
    expect(quoteCsv('trail ')).toBe('"trail "');
    expect(quoteCsv('tab\t')).toBe('"tab\t"');
  });

  it('is the rule the spreadsheet downloads use after neutralising formulas', () => {
    expect(csvText('=1+1')).toBe("'=1+1");
    expect(csvText(' =1, 2')).toBe(`"' =1, 2"`);
    expect(csvText('a "b"')).toBe('"a ""b"""');
  });
});
