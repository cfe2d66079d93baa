// A claim: one generated sentence and the figure it rests on. A refused claim is still a sentence
// (it says why nothing is claimed), so a section never goes quiet without saying so.
import type { Flag } from '../data/types';

export interface Claim {
  text: string;
  /** The figure the sentence names, as shown (e.g. "LQ 2.05"); null when the claim is refused. */
  figure: string | null;
  /** False when the figure is missing or unreliable and the sentence only says so. */
  claimed: boolean;
}

export const refused = (text: string): Claim => ({ text, figure: null, claimed: false });
export const claim = (text: string, figure: string): Claim => ({ text, figure, claimed: true });

/** Flags under which a figure is not stated as fact: no estimate, or one the source calls unreliable. */
export function unusable(value: number, flag: Flag | null): string | null {
  if (flag === 'suppressed') return 'is suppressed by the source (sample too small to publish)';
  if (flag === 'unreliable') return 'is marked unreliable by the source';
  if (!Number.isFinite(value)) return 'is missing';
  return null;
}

/** What the sectors are "of": "of the 12 sectors in your file" for a user's own data. */
export function scopeWords(sectorCount: number, ownData: boolean, sectorWord = 'sectors'): string {
  return ownData ? `of the ${sectorCount} sectors in your file` : `of the ${sectorCount} ${sectorWord} in this dataset`;
}

/** "Enterprises" → "enterprises", but "UKRI awards" and "4* FTE" keep their capitals. */
export function lowerFirst(t: string): string {
  return /^[A-Z][A-Z]/.test(t) ? t : t.charAt(0).toLowerCase() + t.slice(1);
}
