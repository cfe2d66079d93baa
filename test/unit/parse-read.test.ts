// readRecords' two ways of reading a text in chunks: papaparse's parser on slices of the text (the
// fast way, when the delimiter and line break are known) and papaparse's string streamer. They must
// hand over the same records, the same quote errors and the same cursor, chunk by chunk, for any text.
import { describe, expect, it } from 'vitest';
import type { ParseError } from 'papaparse';
import { detectLinebreak, readRecords, readSlices, readStreamed } from '../../src/lib/data/parse-read';
import { mulberry32 as rng } from '../../bench/generate';

type Chunk = { data: string[][]; errors: readonly ParseError[]; cursor: number };

/** Every chunk a reader hands over; it is told to stop after `stopAfter` chunks. */
function chunksOf(
  read: typeof readSlices,
  text: string,
  delimiter: string,
  linebreak: string,
  size: number,
  stopAfter = Infinity,
): Chunk[] {
  const out: Chunk[] = [];
  read(text, delimiter, linebreak, size, (data, errors, cursor) => {
    out.push({ data, errors, cursor });
    return out.length < stopAfter;
  });
  return out;
}

const CELLS = [
  'E06000001',
  'Hartlepool',
  '"Area 5, North"',
  '"say ""hi"""',
  '"two\nlines"',
  '"cr\r\nlf"',
  '',
  ' ',
  '12',
  '"1,234"',
  '"open',
  'a"b',
  '"closed"junk',
  '"spaced"  ',
  '""',
  '"',
  'Ω',
];

function messyText(rand: () => number, delimiter: string, eol: string): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const lines: string[] = [];
  const n = 1 + Math.floor(rand() * 30);
  for (let i = 0; i < n; i++) {
    if (rand() < 0.06) {
      lines.push(''); // a blank line
      continue;
    }
    // Mostly well-formed records of 4 cells, some ragged, some with a stray or unclosed quote.
    const width = rand() < 0.85 ? 4 : Math.floor(rand() * 7);
    const cells = Array.from({ length: width }, () => (rand() < 0.8 ? pick(CELLS.slice(0, 10)) : pick(CELLS)));
    lines.push(cells.join(delimiter));
  }
  let text = lines.join(eol) + (rand() < 0.5 ? eol : '');
  if (rand() < 0.1) text = text.replace(/\r\n/, '\n'); // a stray line break of the other kind
  return text;
}

describe('readRecords: papaparse on slices of the text reads as its string streamer does', () => {
  it('gives the same records, errors and cursors, chunk by chunk, for random messy texts and chunk sizes', () => {
    const rand = rng(20261202);
    let withErrors = 0;
    let multiChunk = 0;
    for (let k = 0; k < 600; k++) {
      const delimiter = [',', ';', '\t', '|'][k % 4];
      const eol = ['\n', '\r\n', '\r'][Math.floor(k / 4) % 3];
      const text = messyText(rand, delimiter, eol);
      const linebreak = detectLinebreak(text) || eol;
      const size = 1 + Math.floor(rand() * 60);
      const stopAfter = rand() < 0.2 ? 1 + Math.floor(rand() * 3) : Infinity;
      const slices = chunksOf(readSlices, text, delimiter, linebreak, size, stopAfter);
      const streamed = chunksOf(readStreamed, text, delimiter, linebreak, size, stopAfter);
      expect(slices, JSON.stringify({ text, size, stopAfter })).toEqual(streamed);
      if (slices.some((c) => c.errors.length > 0)) withErrors++;
      if (slices.length > 2) multiChunk++;
    }
    // The texts must exercise quote errors and records split across chunks, or this proves little.
    expect(withErrors).toBeGreaterThan(100);
    expect(multiChunk).toBeGreaterThan(150);
  });

  it('reads an unclosed quote, which leaves chunks with no record, the rest in one go, as the streamer does', () => {
    const text = 'a,b\n1,2\n"open,3\n4,5\n6,7\n8,9\n';
    const slices = chunksOf(readSlices, text, ',', '\n', 4);
    expect(slices).toEqual(chunksOf(readStreamed, text, ',', '\n', 4));
    expect(slices.at(-1)!.cursor).toBe(text.length);
    expect(slices.at(-1)!.errors.map((e) => e.code)).toEqual(['MissingQuotes']);
  });

  it('reads a text that starts with a byte order mark through the streamer, which drops the mark', () => {
    const text = '\uFEFFa,b\n1,2\n';
    const seen: Chunk[] = [];
    readRecords(text, ',', 4, (data, errors, cursor) => (seen.push({ data, errors, cursor }), true));
    expect(seen).toEqual(chunksOf(readStreamed, text, ',', '\n', 4));
    expect(seen.flatMap((c) => c.data)).toEqual([['a', 'b'], ['1', '2'], ['']]);
  });

  it('reads the whole text when the line break is unknown (no line break), through the streamer', () => {
    const seen: string[][] = [];
    readRecords('a,"b\nc",d', ',', 3, (data) => (seen.push(...data), true));
    expect(seen).toEqual([['a', 'b\nc', 'd']]);
    const one: string[][] = [];
    readRecords('x;y;z', ';', 2, (data) => (one.push(...data), true));
    expect(one).toEqual([['x', 'y', 'z']]);
  });
});
