import { describe, expect, it } from 'vitest';
import { reportSearch, SEARCH_EVENT, type SearchEventDetail } from '../../src/lib/search/analytics.ts';

function fakeWindow() {
  const events: CustomEvent<SearchEventDetail>[] = [];
  const beacons: [string, string][] = [];
  return {
    events,
    beacons,
    dispatchEvent: (event: Event) => (events.push(event as CustomEvent<SearchEventDetail>), true),
    navigator: { sendBeacon: (url: string, body: string) => (beacons.push([url, body]), true) } as unknown as Navigator,
  };
}

const detail: SearchEventDetail = { query: 'lost parcel', resultCount: 0, clickedResult: null, locale: 'en' };

describe('search events', () => {
  it('dispatches helpcenter:search and sends nothing when no endpoint is configured', () => {
    const target = fakeWindow();
    reportSearch(detail, null, target);
    expect(target.events.map((e) => [e.type, e.detail])).toEqual([[SEARCH_EVENT, detail]]);
    expect(target.beacons).toEqual([]);
  });

  it('sends the event to the configured endpoint', () => {
    const target = fakeWindow();
    reportSearch({ ...detail, clickedResult: '/shipping/lost-parcel/' }, 'https://stats.example/search', target);
    expect(target.beacons).toHaveLength(1);
    const [url, body] = target.beacons[0]!;
    expect(url).toBe('https://stats.example/search');
    expect(JSON.parse(body)).toMatchObject({ type: SEARCH_EVENT, query: 'lost parcel', resultCount: 0, clickedResult: '/shipping/lost-parcel/' });
  });
});
