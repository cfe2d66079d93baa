// "What could come next" reads relatedness between industries (which ones districts specialise in
// together) and their complexity. REF subjects and research councils are not industries a place grows
// into, so on a research dataset the profile does not work it out over them: it says the section works
// on business data and links to the same area's profile on business counts, as the evidence pack does
// (lib/pack/pack.ts measures relatedness on enterprises).
import type { AppState } from '../state/app-state';
import { isResearchDataset } from '../research/notes';

/** The business dataset the link opens: enterprises, which every district has. */
export const NEXT_BUSINESS_DATASET = 'ubc-enterprises';

/** Whether "What could come next" is sent to business data: on the research datasets (REF, UKRI). */
export function nextOnBusinessData(dataset: string): boolean {
  return isResearchDataset(dataset);
}

/**
 * The state change to the same area's whole profile on enterprises: the dataset's default sector and
 * years (a subject or council code means nothing there), no tree opened, out of a one-chart embed.
 * The area, geography, benchmark and compared areas are kept.
 */
export function businessProfileChange(): Partial<AppState> {
  return {
    view: 'profile',
    dataset: NEXT_BUSINESS_DATASET,
    sector: null,
    year: null,
    from: null,
    open: [],
    chart: null,
    embed: false,
    embedStatic: false,
  };
}
