// A chunk of CSV read as papaparse's parser reads it, for the plain case: every quoted cell closes
// with its quote right before a delimiter, a line break or the end of the chunk. Anything else (a
// stray or unclosed quote, spaces after a closing quote, the last record of the text still inside
// quotes) returns null, and papaparse reads the chunk instead, with its error reports.
//
// Why not papaparse for every chunk: its parse function is shared with every other papaparse call
// in the page or process, and V8 decides from all of them whether the record arrays it makes are
// long-lived. After one call that keeps every record (Papa.parse of a whole text, as `npm run
// bench`'s baseline does), it allocates them straight into the old generation, and reading a
// million records chunk by chunk, each chunk's records dropped at once, then takes twice as long
// in garbage collection. These arrays are made here, so only this reader's use decides.

const QUOTE = 34;
const ESCAPED_QUOTE = /""/g;

/**
 * The records of `input` and where the last complete one ends, exactly as
 * `new Papa.Parser({ delimiter, newline }).parse(input, 0, ignoreLastRow)` gives them when it
 * reports no error; or null when the chunk is not plain (see above). `delimiter` is one character.
 * With `ignoreLastRow` (a chunk with more text after it) the record after the last line break is
 * left for the next chunk.
 */
export function readPlainChunk(
  input: string,
  delimiter: string,
  newline: string,
  ignoreLastRow: boolean,
): { data: string[][]; cursor: number } | null {
  const len = input.length;
  const data: string[][] = [];
  const nl0 = newline.charCodeAt(0);
  const nlLen = newline.length;
  const nl1 = nlLen === 2 ? newline.charCodeAt(1) : -1;
  const delim = delimiter.charCodeAt(0);
  /** Where the record after the last complete one starts. */
  let lastCursor = 0;
  let cursor = 0;
  let row: string[] = [];
  // The first delimiter and line break at or after the cursor (-1: none left), found lazily.
  let nextDelim = input.indexOf(delimiter);
  let nextNewline = input.indexOf(newline);
  if (len === 0) return { data, cursor: 0 };
  for (;;) {
    if (input.charCodeAt(cursor) === QUOTE) {
      let q = cursor + 1;
      let escaped = false;
      for (;;) {
        q = input.indexOf('"', q);
        // No closing quote: the rest of the input is in this cell, so it is the last record.
        if (q < 0) return ignoreLastRow ? { data, cursor: lastCursor } : null;
        if (q === len - 1 || input.charCodeAt(q + 1) !== QUOTE) break;
        escaped = true;
        q += 2;
      }
      const cell = escaped
        ? input.substring(cursor + 1, q).replace(ESCAPED_QUOTE, '"')
        : input.substring(cursor + 1, q);
      if (q === len - 1) {
        // Closing quote at the end of the input.
        if (ignoreLastRow) return { data, cursor: lastCursor };
        row.push(cell);
        data.push(row);
        return { data, cursor: len };
      }
      const after = input.charCodeAt(q + 1);
      if (after === delim) {
        row.push(cell);
        cursor = q + 2;
      } else if (after === nl0 && (nl1 < 0 || input.charCodeAt(q + 2) === nl1)) {
        row.push(cell);
        data.push(row);
        row = [];
        cursor = lastCursor = q + 1 + nlLen;
      } else return null; // spaces or text after the closing quote: papaparse's rules for those
      if (nextDelim >= 0 && nextDelim < cursor) nextDelim = input.indexOf(delimiter, cursor);
      if (nextNewline >= 0 && nextNewline < cursor) nextNewline = input.indexOf(newline, cursor);
      continue;
    }
    if (nextDelim >= 0 && (nextDelim < nextNewline || nextNewline < 0)) {
      row.push(input.substring(cursor, nextDelim));
      cursor = nextDelim + 1;
      nextDelim = input.indexOf(delimiter, cursor);
      continue;
    }
    if (nextNewline >= 0) {
      row.push(input.substring(cursor, nextNewline));
      data.push(row);
      row = [];
      cursor = lastCursor = nextNewline + nlLen;
      nextNewline = input.indexOf(newline, cursor);
      continue;
    }
    // The last record, with no line break after it.
    if (ignoreLastRow) return { data, cursor: lastCursor };
    row.push(input.substring(cursor));
    data.push(row);
    return { data, cursor: len };
  }
}
