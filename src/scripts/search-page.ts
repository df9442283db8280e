/**
 * The search page: reads ?q= and ?category= (so results can be shared as a link), shows
 * every result with topic filter chips and counts, and the contact channels when nothing
 * (or nothing convincing) is found.
 */
import { reportSearch } from '../lib/search/analytics.ts';
import { fill, findArticles, loadHits, pluralCount, readConfig, renderExcerpt, type ArticleHit } from './search-client.ts';

/** Enough for any real question; each result costs one small fragment download. */
const MAX_RESULTS = 50;

export function runSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  const form = root?.querySelector<HTMLFormElement>('form[data-search="page"]');
  if (!root || !form) return;
  const config = readConfig(form);
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const $ = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-search-${name}]`)!;
  const [results, heading, count, corrected, chips, list, empty, emptyHeading, help, browse] = [
    $('results'), $('heading'), $('count'), $('corrected'), $('chips'), $<HTMLOListElement>('list'), $('empty'), $('empty-heading'), $('help'), $('browse'),
  ];

  let hits: ArticleHit[] = [];
  let total = 0;
  let query = '';
  let category: string | null = new URLSearchParams(location.search).get('category');
  // "Search instead for …" links here with literal=1: the words exactly as typed, this once.
  let literal = new URLSearchParams(location.search).get('literal') === '1';
  let generation = 0;

  const updateUrl = () => {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (category) params.set('category', category);
    if (literal) params.set('literal', '1');
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  };

  const renderList = () => {
    const shown = category ? hits.filter((h) => h.category === category) : hits;
    list.replaceChildren(
      ...shown.map((hit) => {
        const item = document.createElement('li');
        const title = document.createElement('h3');
        title.className = 'article-list__title';
        const link = document.createElement('a');
        link.href = hit.url;
        link.textContent = hit.title;
        link.addEventListener('click', () => reportSearch({ query, resultCount: total, clickedResult: hit.url, locale: config.locale, category }, config.endpoint));
        title.append(link);
        const meta = document.createElement('p');
        meta.className = 'search-result__category';
        meta.textContent = hit.category;
        const excerpt = document.createElement('p');
        renderExcerpt(excerpt, hit);
        item.append(title, meta, excerpt);
        return item;
      }),
    );
    count.textContent = pluralCount(config, shown.length);
    status.textContent = count.textContent;
    chips.querySelectorAll<HTMLButtonElement>('button').forEach((chip) => chip.setAttribute('aria-pressed', String((chip.dataset.category || null) === category)));
  };

  const renderChips = () => {
    const counts = new Map<string, number>();
    for (const hit of hits) counts.set(hit.category, (counts.get(hit.category) ?? 0) + 1);
    if (category && !counts.has(category)) category = null;
    const chip = (label: string, value: string | null, n: number) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'filter-chip';
      button.dataset.category = value ?? '';
      const name = document.createElement('span');
      name.textContent = label;
      const badge = document.createElement('span');
      badge.className = 'filter-chip__count';
      badge.textContent = String(n);
      button.append(name, badge);
      button.addEventListener('click', () => {
        category = value;
        updateUrl();
        renderList();
      });
      return button;
    };
    chips.replaceChildren(chip(strings.filterAll!, null, hits.length), ...[...counts].map(([name, n]) => chip(name, name, n)));
    chips.hidden = counts.size < 2;
  };

  const run = async () => {
    query = input.value.trim();
    const mine = ++generation;
    updateUrl();
    if (!query) {
      root.removeAttribute('aria-busy');
      browse.hidden = false;
      results.hidden = empty.hidden = help.hidden = true;
      return;
    }
    // Busy until the results are in; the stylesheet keeps the footer unpainted meanwhile, so
    // it cannot be seen jumping when the results replace the list of articles above it.
    root.setAttribute('aria-busy', 'true');
    try {
      const found = await findArticles(config, query, { literal });
      // "No good match": no page covers enough of the question to be offered as its answer;
      // the customer gets the topics and the contact channels instead of a list to wade through.
      const loaded = found.confidence === 'none' ? [] : await loadHits(found, MAX_RESULTS);
      if (mine !== generation) return;
      // The results replace the list of all articles in one step, once they are in: hiding the
      // list first left an empty page on a slow phone.
      root.removeAttribute('aria-busy');
      browse.hidden = true;
      hits = loaded;
      total = loaded.length;
      results.hidden = loaded.length === 0;
      empty.hidden = loaded.length > 0;
      help.hidden = found.confidence === 'strong';
      heading.textContent = fill(strings.resultsFor!, query);
      emptyHeading.textContent = fill(strings.noResults!, query);
      showCorrection(found.corrections.length > 0 && loaded.length > 0 ? found.searched : null);
      document.title = `${fill(strings.resultsFor!, query)} · ${document.title.split(' · ').at(-1)}`;
      renderChips();
      if (loaded.length) renderList();
      else status.textContent = emptyHeading.textContent;
      reportSearch({ query, resultCount: total, clickedResult: null, locale: config.locale, category }, config.endpoint);
    } catch {
      if (mine !== generation) return;
      root.removeAttribute('aria-busy');
      browse.hidden = false;
      status.textContent = config.strings.error!;
    }
  };

  /** "Showing results for *refund policy*. Search instead for *retun polcy*", or nothing. */
  const showCorrection = (searched: string | null) => {
    corrected.hidden = searched === null;
    if (searched === null) return;
    const [before, after] = strings.correctedTo!.split('{searched}');
    const shown = document.createElement('em');
    shown.textContent = searched;
    const instead = document.createElement('a');
    instead.href = `${location.pathname}?${new URLSearchParams({ q: query, literal: '1' })}`;
    instead.textContent = fill(strings.searchInstead!, query);
    instead.addEventListener('click', (event) => {
      event.preventDefault();
      literal = true;
      void run();
    });
    corrected.replaceChildren(before ?? '', shown, after ?? '', ' ', instead);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    literal = false;
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run();
  }
}
