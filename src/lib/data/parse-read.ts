// Reading an audit CSV's text into records: papaparse in chunks, one line break for the whole
// text, and the cheap tests on raw text and cells (binary, blank, trimmed) the row checks rely on.

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

/**
 * Read the records of `text` in chunks with papaparse, calling `handle` with each chunk's records
 * (blank ones included, so record i of the text is spreadsheet row i + 1), its quote errors and
 * how far into the text it has read; `handle` returns false to stop. A chunk that completes no
 * record means a cell is still open (a stray quote, or one huge quoted cell): papaparse would
 * re-read a growing remainder for every further chunk, so the rest of the text is read in one go.
 */
export function readRecords(
  text: string,
  delimiter: string,
  chunkSize: number,
  handle: (data: string[][], errors: readonly Papa.ParseError[], cursor: number) => boolean,
): void {
  let resumeAt = -1;
  // One line break for the whole text: papaparse would guess it afresh in every chunk, so a file
  // that mixes CRLF and LF would split differently depending on where the chunks fall.
  let linebreak = detectLinebreak(text);
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
