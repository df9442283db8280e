/**
 * The `helpcenter:search` event: what was searched, how many results, and which one was
 * opened. Zero-result queries are what support leads want most. The event is always
 * dispatched on `window` (for a site's own analytics); it is sent to an endpoint only when
 * the site settings name one. Nothing is sent by default.
 */
export interface SearchEventDetail {
  query: string;
  resultCount: number;
  /** URL of the article the customer opened, or null when they only searched. */
  clickedResult: string | null;
  locale: string;
  /** Category filter in effect on the search page, if any. */
  category?: string | null;
}

export const SEARCH_EVENT = 'helpcenter:search';

export function reportSearch(detail: SearchEventDetail, endpoint: string | null, target: Pick<Window, 'dispatchEvent'> & { navigator: Navigator } = window): void {
  target.dispatchEvent(new CustomEvent<SearchEventDetail>(SEARCH_EVENT, { detail }));
  // A string body is sent as text/plain, which needs no CORS preflight and survives navigation.
  if (endpoint && typeof target.navigator.sendBeacon === 'function') target.navigator.sendBeacon(endpoint, JSON.stringify({ type: SEARCH_EVENT, ...detail, at: new Date().toISOString() }));
}
