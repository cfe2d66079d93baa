// Text encodings of people's files. Most are UTF-8; a CSV saved by older Excel ("CSV (Comma
// delimited)") on Windows is Windows-1252, where é is one byte that is not valid UTF-8. Reading
// that as UTF-8 would turn every accented letter into "�", so we fall back to Windows-1252 and say so.

export type TextEncodingName = 'UTF-8' | 'Windows-1252';

/** A decoder that throws on bytes that are not UTF-8, for reading in pieces. */
export function strictUtf8(): TextDecoder {
  return new TextDecoder('utf-8', { fatal: true });
}

// Windows-1252 bytes 0x80–0x9F (where it differs from Latin-1), from the WHATWG Encoding table.
// Written out because some TextDecoders (Node's, without full ICU) treat windows-1252 as Latin-1.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decode Windows-1252: every byte is a character; 0x80–0x9F by the table, the rest as Latin-1. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 1 << 15;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Decode bytes: UTF-8 if they are valid UTF-8, else Windows-1252 (every byte is valid there). */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  try {
    return { text: strictUtf8().decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'Windows-1252' };
  }
}

/** The note for the import report when a file was not UTF-8. */
export function encodingNote(encoding: TextEncodingName): string | null {
  return encoding === 'UTF-8'
    ? null
    : 'The file is not UTF-8, so it was read as Windows-1252 (Western European), the encoding older Excel uses for ' +
        '"CSV (Comma delimited)". Check that accented letters in the preview look right; if not, save the file as "CSV UTF-8" and load it again.';
}
