// Reading an audit CSV's text into records: papaparse in chunks, one line break for the whole
// text, and the cheap tests on raw text and cells (binary, blank, trimmed) the row checks rely on.

import { readPlainChunk } from './csv-chunk';
import Papa, { type ParseConfig, type ParseResult as PapaResult, type Parser } from 'papaparse';

/** Binary files renamed .csv, or text decoded with the wrong encoding. */
export function looksLikeBinary(text: string): boolean {
  if (text.indexOf('\u0000') >= 0) return true;
  const n = Math.min(text.length, 65536);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127 || c === 0xfffd) bad++;
  }
  return bad > 4 && bad > n * 0.01;
}

/** Trimmed cell text; most cells have nothing to trim, and trim() is not free. */
export function clean(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(n - 1);
  return a > 32 && a < 127 && b > 32 && b < 127 ? s : s.trim();
}

/** A record whose cells are all empty or spaces, such as ",,,,," at the end of an Excel export. */
export function isBlankRecord(r: string[]): boolean {
  for (let j = 0; j < r.length; j++) if (r[j].length > 0 && r[j].trim().length > 0) return false;
  return true;
}

/**
 * papaparse streams a string in chunks when given `chunk` (StringStreamer, synchronously); its
 * type declarations only mention chunking for files, so the call is typed here.
 */
type ChunkedStringConfig = ParseConfig<string[]> & {
  chunkSize: number;
  chunk(results: PapaResult<string[]>, parser: Parser): void;
};
const parseInChunks = Papa.parse as unknown as (text: string, config: ChunkedStringConfig) => void;

const NO_ERRORS: readonly Papa.ParseError[] = [];

/** A chunk's records, its quote errors, and how far into the text it has read; false to stop. */
export type RecordHandler = (data: string[][], errors: readonly Papa.ParseError[], cursor: number) => boolean;

/**
 * Read the records of `text` in chunks with papaparse, calling `handle` with each chunk's records
 * (blank ones included, so record i of the text is spreadsheet row i + 1), its quote errors and
 * how far into the text it has read; `handle` returns false to stop. A chunk that completes no
 * record means a cell is still open (a stray quote, or one huge quoted cell): papaparse would
 * re-read a growing remainder for every further chunk, so the rest of the text is read in one go.
 *
 * When the delimiter and line break are known (almost always) and the text has no byte order mark
 * (the callers remove it), papaparse's own parser reads each chunk as a slice of the text
 * (readSlices); otherwise its string streamer, which guesses what it is not told and drops a
 * byte order mark, reads it (readStreamed). Both see the same chunks, so they give the same
 * records and errors (test/unit/parse-read.test.ts).
 */
export function readRecords(text: string, delimiter: string, chunkSize: number, handle: RecordHandler): void {
  // One line break for the whole text: papaparse would guess it afresh in every chunk, so a file
  // that mixes CRLF and LF would split differently depending on where the chunks fall.
  const linebreak = detectLinebreak(text);
  if (delimiter && linebreak && text.charCodeAt(0) !== 0xfeff)
    readSlices(text, delimiter, linebreak, chunkSize, handle);
  else readStreamed(text, delimiter, linebreak, chunkSize, handle);
}

/**
 * What papaparse's string streamer does with a known delimiter and line break, without it: chunk k
 * is the text from where the last complete record ended to (k + 1) · chunkSize, the streamer's
 * "partial line + next chunk", here taken as one slice of the text. The streamer joins the two
 * strings instead, and reading that joined string costs about a fifth of the whole parse. Plain
 * chunks are read by readPlainChunk, which gives papaparse's records (see csv-chunk.ts for why).
 * For a text with no byte order mark (the streamer drops it, so its cursors would differ by one).
 */
export function readSlices(
  text: string,
  delimiter: string,
  linebreak: string,
  chunkSize: number,
  handle: RecordHandler,
): void {
  const config = { delimiter, newline: linebreak as '\n' | '\r' | '\r\n' };
  let base = 0;
  for (let end = chunkSize; ; end += chunkSize) {
    const last = end >= text.length;
    const input = text.substring(base, last ? text.length : end);
    // A plain chunk (no quote out of place) is read by readPlainChunk, anything else by papaparse.
    const plain = delimiter.length === 1 ? readPlainChunk(input, delimiter, linebreak, !last) : null;
    const results = plain
      ? { data: plain.data, errors: NO_ERRORS, meta: { cursor: base + plain.cursor } }
      : (new Papa.Parser(config).parse(input, base, !last) as {
          data: string[][];
          errors: Papa.ParseError[];
          meta: { cursor: number };
        });
    if (results.data.length === 0 && results.meta.cursor < text.length) {
      const rest = Papa.parse<string[]>(text.slice(results.meta.cursor), {
        header: false,
        skipEmptyLines: false,
        ...config,
      });
      handle(rest.data, rest.errors, text.length);
      return;
    }
    if (!handle(results.data, results.errors, results.meta.cursor) || last) return;
    base = results.meta.cursor;
  }
}

/** readRecords through papaparse's string streamer, which guesses what it is not told (delimiter, line break). */
export function readStreamed(
  text: string,
  delimiter: string,
  linebreak: string,
  chunkSize: number,
  handle: RecordHandler,
): void {
  let resumeAt = -1;
  parseInChunks(text, {
    header: false,
    skipEmptyLines: false,
    ...(delimiter ? { delimiter } : {}),
    ...(linebreak ? { newline: linebreak as '\n' | '\r' | '\r\n' } : {}),
    chunkSize,
    chunk(results, parser) {
      if (results.data.length === 0 && results.meta.cursor < text.length) {
        resumeAt = results.meta.cursor;
        linebreak ||= results.meta.linebreak;
        parser.abort();
      } else if (!handle(results.data, results.errors, results.meta.cursor)) parser.abort();
    },
  });
  if (resumeAt >= 0) {
    const rest = Papa.parse<string[]>(text.slice(resumeAt), {
      header: false,
      skipEmptyLines: false,
      ...(delimiter ? { delimiter } : {}),
      ...(linebreak ? { newline: linebreak as '\n' | '\r' | '\r\n' } : {}),
    });
    handle(rest.data, rest.errors, text.length);
  }
}

/** The text's first line break outside quotes ('\r\n', '\n' or '\r'), or '' when it has none in its first 1 MiB. */
export function detectLinebreak(text: string): string {
  const n = Math.min(text.length, 1 << 20);
  let inQuotes = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (!inQuotes && c === 10) return '\n';
    else if (!inQuotes && c === 13) return text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
  }
  return '';
}

/** Quote errors by record index in one chunk: 'unclosed' when the rest of the text fell into one cell. */
export type QuoteErrors = Map<number, 'unclosed' | 'malformed'>;

export function quoteErrorsOf(errors: readonly Papa.ParseError[]): QuoteErrors | null {
  let out: QuoteErrors | null = null;
  for (const e of errors) {
    if ((e.code !== 'MissingQuotes' && e.code !== 'InvalidQuotes') || typeof e.row !== 'number') continue;
    out ??= new Map();
    if (e.code === 'MissingQuotes') out.set(e.row, 'unclosed');
    else if (!out.has(e.row)) out.set(e.row, 'malformed');
  }
  return out;
}
