import { describe, expect, it } from 'vitest';
import { plural } from '../../src/lib/import/import-words';
import { guessMeasure, localId, nameFromFile } from '../../src/lib/import/local-dataset';

describe('the dataset a user’s file becomes', () => {
  it('names it from the file: extension dropped, underscores as spaces, "My data" when nothing is left', () => {
    expect(nameFromFile('my_jobs__2022.csv')).toBe('my jobs 2022');
    expect(nameFromFile('Counts.TSV')).toBe('Counts');
    expect(nameFromFile('.csv')).toBe('My data');
    expect(nameFromFile('x'.repeat(100) + '.csv')).toHaveLength(80);
  });

  it('gives it a local- id the URL can carry, numbered when the name is taken', () => {
    expect(localId('Jobs in Leeds (2022)', [])).toBe('local-jobs-in-leeds-2022');
    expect(localId('Jobs', ['local-jobs'])).toBe('local-jobs-2');
    expect(localId('Jobs', ['local-jobs', 'local-jobs-2'])).toBe('local-jobs-3');
    expect(localId('£££', [])).toBe('local-data');
    expect(localId('Café', [])).toBe('local-cafe');
  });

  it('guesses the measure from a telling value header, else from the chosen measure, else "Values"', () => {
    expect(guessMeasure('employee_jobs', null)).toBe('Employee jobs');
    expect(guessMeasure('OBS_VALUE', 'Employment')).toBe('Employment');
    expect(guessMeasure('value', 'Count')).toBe('Values');
    expect(guessMeasure('2022', null)).toBe('Values');
    expect(guessMeasure(null, null)).toBe('Values');
  });

  it('counts with the noun in the right number, thousands separated', () => {
    expect(plural(1, 'row')).toBe('1 row');
    expect(plural(12345, 'row')).toBe('12,345 rows');
    expect(plural(2, 'category', 'categories')).toBe('2 categories');
  });
});
