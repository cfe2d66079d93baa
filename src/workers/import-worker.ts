// Web Worker: reads a user's file, detects its layout, converts it and builds the cube off the
// main thread. The work itself lives in src/lib/import (pure, tested in Node); this file only
// moves messages. The cube's typed arrays are transferred, so the main thread receives a
// million-row file as a few buffers and a small report, never as a million objects.

import { detectImport } from '../lib/import/detect';
import { decodeBytes, encodingNote, strictUtf8, type TextEncodingName } from '../lib/import/decode';
import { fileProblem } from '../lib/data/parse-header';
import type { FromWorker, ToWorker } from '../lib/import/messages';
import { cubeTransferables, rejectedCsvFor, runImport } from '../lib/import/pipeline';
import { defaultBenchmarkSums } from '../lib/metrics/benchmark';
import { NATIONAL_CODES } from '../lib/import/code-systems';

const post = (m: FromWorker, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);

let text: string | null = null;
let fileName = '';
let bytes = 0;
let cancelled = false;

/**
 * Read a Blob as text with progress, decoding in pieces as UTF-8; if the bytes are not UTF-8 (an
 * older Excel CSV), read the whole file again as Windows-1252 (decode.ts) and say which was used.
 */
async function readText(blob: Blob): Promise<{ text: string; encoding: TextEncodingName }> {
  const total = blob.size;
  const decoder = strictUtf8();
  const parts: string[] = [];
  let loaded = 0;
  const reader = blob.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (cancelled) throw new Error('cancelled');
      loaded += value.byteLength;
      parts.push(decoder.decode(value, { stream: true }));
      post({ type: 'progress', phase: 'reading', loaded, total });
    }
    parts.push(decoder.decode());
    return { text: parts.join(''), encoding: 'UTF-8' };
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    void reader.cancel().catch(() => {});
    return decodeBytes(new Uint8Array(await blob.arrayBuffer()));
  }
}

self.onmessage = async (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  try {
    if (msg.type === 'cancel') {
      cancelled = true;
      return;
    }
    if (msg.type === 'load') {
      cancelled = false;
      fileName = msg.fileName;
      let encoding: TextEncodingName = 'UTF-8';
      if (typeof msg.source === 'string') {
        text = msg.source;
        bytes = text.length;
      } else {
        bytes = msg.source.size;
        ({ text, encoding } = await readText(msg.source));
      }
      if (cancelled) return;
      const detection = detectImport(text);
      const note = encodingNote(encoding);
      if (note) detection.problems.unshift(fileProblem('encoding', 'info', note));
      post({ type: 'detected', detection });
      return;
    }
    if (msg.type === 'convert') {
      if (text === null) throw new Error('No file has been loaded.');
      const src = text;
      const { cube, report, result } = runImport(src, msg.plan, {
        fileName,
        ...(msg.reference ? { reference: msg.reference } : { knownCodes: new Set(Object.keys(NATIONAL_CODES)) }),
        onProgress: (phase, done, total) =>
          post({
            type: 'progress',
            phase,
            loaded: phase === 'parsing' ? Math.round((done / Math.max(total, 1)) * bytes) : bytes,
            total: bytes,
          }),
      });
      // The default benchmark's sums are added up here too, off the page's thread (they read every cell).
      const benchmarkSums = defaultBenchmarkSums(cube);
      const sumBuffers = benchmarkSums
        ? [benchmarkSums.sums, benchmarkSums.ciSq, benchmarkSums.gaps, benchmarkSums.totals].map(
            (a) => a.buffer as ArrayBuffer,
          )
        : [];
      post({ type: 'done', cube, report, benchmarkSums }, [...cubeTransferables(cube), ...sumBuffers]);
      const csv = rejectedCsvFor(src, result);
      post({ type: 'rejected-csv', blob: csv === null ? null : new Blob([csv], { type: 'text/csv;charset=utf-8' }) });
      text = null;
    }
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
