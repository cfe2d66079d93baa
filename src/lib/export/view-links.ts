// The two addresses "Share & download" offers: the link to the view as it is, and its embed. Both
// are built from the state, not location.href: the address bar is written a frame after a change,
// so it can still hold the previous view.
import { serialiseUrlState, type AppState } from '../state/app-state';
import { embedUrl, type EmbedUrlOptions } from './embed';

/** `page` is the app's address without search or hash (origin and path). */
export function viewLinks(page: string, state: AppState, embed: EmbedUrlOptions): { link: string; embed: string } {
  // The view's own words: a link made inside an embed opens the whole atlas, not the embed.
  const search = serialiseUrlState({ ...state, embed: false, embedStatic: false, chart: null });
  return { link: `${page}${search}`, embed: embedUrl(page, search, embed) };
}
