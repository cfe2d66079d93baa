// Shared helpers for the import tests.
import { detectImport } from '../../src/lib/import/detect';
import { convertImport, planFromDetection, type ConvertResult } from '../../src/lib/import/convert';

export { detectImport };

export function planFromDetectionFields(text: string, chosen: Record<number, string> = {}) {
  return planFromDetection(detectImport(text), chosen);
}

/** Detect, then convert by the suggested plan. */
export function importText(text: string, chosen: Record<number, string> = {}, chunkSize?: number): ConvertResult {
  return convertImport(text, planFromDetectionFields(text, chosen), { chunkSize });
}
