// What a screen reader hears when the view changes, and the page's title. A sighted person sees the
// map recolour or the profile appear; without these, someone listening hears nothing at all (WCAG
// 4.1.3). One sentence per change, however many parts of the state it touched, so nothing is talked
// over; and nothing on first load, when the page's own title and headings speak.
import { oneOf } from '../words';

export interface ViewSummary {
  /** The view's id ('map', 'profile', …) and its name for people ("Map", "Area profile"). */
  view: string;
  viewName: string;
  /** Dataset title. */
  dataset: string;
  /** What the map's areas are, e.g. "LEPs" or "districts". */
  geography: string;
  sector: string;
  /** What the sector is called: "Sector", "Subject" (REF), "Research council" (UKRI); default "Sector". */
  sectorHeading?: string;
  /** What the map shows, e.g. "Location quotient (England = 1)". */
  metric: string;
  /** The selected area's name, or null. */
  area: string | null;
}

/** Views of one area, and the word that joins the view's name to the area's ("Area profile of …"). */
const AREA_VIEWS: Record<string, string> = { profile: 'of', pack: 'for' };

/** The sentence to announce for a change from `prev` to `next`, or null when nothing a listener needs changed. */
export function announcement(prev: ViewSummary | null, next: ViewSummary): string | null {
  if (!prev) return null;
  const parts: string[] = [];
  if (next.view !== prev.view) {
    parts.push(
      next.area && AREA_VIEWS[next.view]
        ? `${next.viewName} ${AREA_VIEWS[next.view]} ${next.area}`
        : `${next.viewName} view`,
    );
  }
  if (next.dataset !== prev.dataset) parts.push(`Dataset: ${next.dataset}`);
  if (next.geography !== prev.geography && next.view === 'map') parts.push(`The map now shows ${next.geography}`);
  if (next.sector !== prev.sector) parts.push(`${next.sectorHeading ?? 'Sector'}: ${next.sector}`);
  if (next.metric !== prev.metric && next.view === 'map') parts.push(`Showing: ${next.metric}`);
  // A new view already names its area; otherwise say what was selected or cleared.
  if (next.area !== prev.area && !(next.view !== prev.view && AREA_VIEWS[next.view])) {
    parts.push(next.area ? `Selected ${next.area}` : prev.area ? `${prev.area} no longer selected` : '');
  }
  const text = parts.filter((p) => p !== '').join('. ');
  return text === '' ? null : `${text}.`;
}

/** The browser tab's title: the view, what it shows, then the atlas. */
export function pageTitle(s: ViewSummary, appName = 'Specialisation Atlas'): string {
  const what =
    s.view === 'map'
      ? `${s.sector} by ${oneOf(s.geography)}`
      : AREA_VIEWS[s.view]
        ? (s.area ?? 'choose an area')
        : s.sector;
  return `${s.viewName}: ${what} – ${appName}`;
}
