// readPlainChunk against papaparse's parser on random text made of the characters that matter
// (quotes, delimiters, line breaks, spaces): wherever it reads a chunk, it must give papaparse's
// records and cursor, and papaparse must report no error there; it must leave to papaparse every
// chunk papaparse finds an error in.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { readPlainChunk } from '../../src/lib/data/csv-chunk';
import { mulberry32 as rng } from '../../bench/generate';

const papa = (input: string, delimiter: string, newline: string, ignoreLastRow: boolean) =>
  new Papa.Parser({ delimiter, newline: newline as '\n' }).parse(input, 0, ignoreLastRow) as {
    data: string[][];
    errors: Papa.ParseError[];
    meta: { cursor: number };
  };

describe('readPlainChunk reads a chunk as papaparse does, or leaves it to papaparse', () => {
  it('agrees with papaparse on random texts of quotes, delimiters, line breaks and spaces', () => {
    const rand = rng(15);
    const counts = { read: 0, readQuoted: 0, left: 0, leftWithErrors: 0 };
    for (let k = 0; k < 20000; k++) {
      const delimiter = [',', ';', '\t', '|'][k % 4];
      const newline = ['\n', '\r\n', '\r'][Math.floor(k / 4) % 3];
      // Mostly plain pieces, so that many chunks are plain; some odd characters, so that many are not.
      const pieces = ['a', 'bc', 'E06000001', '12', delimiter, delimiter, newline, newline, '"', '"x, y"', '""'];
      const odd = [' ', '"', '\r', '\n', ',', 'é', '\t', '""'];
      let input = '';
      const n = Math.floor(rand() * 24);
      for (let i = 0; i < n; i++) {
        const list = rand() < 0.85 ? pieces : odd;
        input += list[Math.floor(rand() * list.length)];
      }
      const ignoreLastRow = rand() < 0.5;
      const ours = readPlainChunk(input, delimiter, newline, ignoreLastRow);
      const theirs = papa(input, delimiter, newline, ignoreLastRow);
      const what = JSON.stringify({ input, delimiter, newline, ignoreLastRow });
      if (ours === null) {
        counts.left++;
        if (theirs.errors.length > 0) counts.leftWithErrors++;
        continue;
      }
      expect(theirs.errors, what).toEqual([]);
      expect(ours, what).toEqual({ data: theirs.data, cursor: theirs.meta.cursor });
      counts.read++;
      if (input.includes('"')) counts.readQuoted++;
    }
    // Both outcomes must be common, or this proves little.
    expect(counts.read).toBeGreaterThan(5000);
    expect(counts.readQuoted).toBeGreaterThan(2000);
    expect(counts.leftWithErrors).toBeGreaterThan(1000);
  });

  it('reads quoted cells with delimiters, line breaks and escaped quotes in them', () => {
    const input = 'E1,"Area 5, North","say ""hi""",12\r\nE2,"two\r\nlines",,"x"\r\nE3,"par';
    expect(readPlainChunk(input, ',', '\r\n', true)).toEqual({
      data: [
        ['E1', 'Area 5, North', 'say "hi"', '12'],
        ['E2', 'two\r\nlines', '', 'x'],
      ],
      cursor: input.indexOf('E3'),
    });
  });

  it('leaves to papaparse a closing quote followed by text or spaces, and an unclosed quote at the end of the text', () => {
    expect(readPlainChunk('"a"b,c\n', ',', '\n', false)).toBeNull();
    expect(readPlainChunk('"a" ,c\n', ',', '\n', false)).toBeNull();
    expect(readPlainChunk('a,"open\n', ',', '\n', false)).toBeNull();
  });
});
