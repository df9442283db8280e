/**
 * Results as you type, on the search forms of every page (ARIA combobox with a listbox).
 * Keyboard: `/` focuses search, ↑/↓ move, Enter opens, Esc closes (a second Esc clears).
 * Without this script the form still submits to the search page.
 */
import { reportSearch } from '../lib/search/analytics.ts';
import type { ArticleHit, SearchConfig } from './search-client.ts';
import type { FoundArticles } from '../lib/search/find-articles.ts';

// The search code is fetched with Pagefind, when the customer first uses the box: a page
// that is only read loads this small file and nothing more.
const client = () => import('./search-client.ts');
const fill = (template: string, query: string) => template.replace('{query}', query);

const SUGGESTIONS = 6;
const DEBOUNCE_MS = 50;
/** A query is reported once the customer has stopped typing for this long. */
const REPORT_AFTER_MS = 1500;

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function installSlashShortcut(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const input = [...document.querySelectorAll<HTMLInputElement>('form[data-search] input[type="search"]')].find((el) => el.offsetParent !== null);
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}

function enhance(form: HTMLFormElement): void {
  const config = JSON.parse(form.dataset.config ?? '{}') as SearchConfig;
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const popup = form.querySelector<HTMLElement>('.search-popup')!;
  const list = popup.querySelector<HTMLUListElement>('[role="listbox"]')!;
  const empty = popup.querySelector<HTMLElement>('[data-search-empty]')!;
  const emptyMessage = popup.querySelector<HTMLElement>('[data-search-empty-message]')!;
  const help = popup.querySelector<HTMLElement>('[data-search-help]')!;
  const helpWeak = popup.querySelector<HTMLElement>('[data-search-help-weak]')!;
  const all = popup.querySelector<HTMLAnchorElement>('[data-search-all]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);

  let hits: ArticleHit[] = [];
  let active = -1;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  /** The query on screen, and the last query already reported as a search. */
  let current = { query: '', resultCount: 0 };
  let reportedQuery = '';
  /** Submitted to the search page, which reports the query itself: reporting here too counted it twice. */
  let handedOver = false;

  const open = (isOpen: boolean) => {
    popup.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen));
    if (!isOpen) setActive(-1);
  };

  const setActive = (index: number) => {
    active = index;
    list.querySelectorAll<HTMLElement>('[role="option"]').forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      const option = list.children[index] as HTMLElement;
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  // One event when a query settles (the customer stopped typing, submitted or left), and one
  // when a result is opened.
  const report = (clickedResult: string | null) => {
    clearTimeout(reportTimer);
    if (handedOver || !current.query || (!clickedResult && reportedQuery === current.query)) return;
    reportSearch({ ...current, clickedResult, locale: config.locale }, config.endpoint);
    reportedQuery = current.query;
  };

  const go = (hit: ArticleHit) => {
    report(hit.url);
    window.location.assign(hit.url);
  };

  const render = async (query: string, found: FoundArticles, loaded: ArticleHit[]) => {
    const { pluralCount, renderExcerpt } = await client();
    hits = loaded;
    list.replaceChildren(
      ...loaded.map((hit, i) => {
        const option = document.createElement('li');
        option.id = `${list.id}-${i}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.className = 'search-option';
        const title = document.createElement('span');
        title.className = 'search-option__title';
        title.textContent = hit.title;
        const category = document.createElement('span');
        category.className = 'search-option__category';
        category.textContent = hit.category;
        const excerpt = document.createElement('span');
        excerpt.className = 'search-option__excerpt';
        renderExcerpt(excerpt, hit);
        option.append(title, category, excerpt);
        // mousedown, not click: the input's blur would close the list first.
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          go(hit);
        });
        return option;
      }),
    );
    list.hidden = loaded.length === 0;
    empty.hidden = loaded.length > 0;
    emptyMessage.textContent = fill(config.strings.noResults!, query);
    help.hidden = found.confidence === 'strong';
    helpWeak.hidden = found.confidence !== 'weak';
    all.textContent = fill(config.strings.seeAll!, query);
    all.href = `${config.searchPage}?q=${encodeURIComponent(query)}`;
    all.hidden = loaded.length === 0;
    status.textContent = loaded.length ? pluralCount(config, found.results.length) : fill(config.strings.noResults!, query);
    setActive(-1);
    open(true);
    const shown = loaded.length ? found.results.length : 0;
    current = { query, resultCount: shown };
    clearTimeout(reportTimer);
    reportTimer = setTimeout(() => report(null), REPORT_AFTER_MS);
  };

  const run = async () => {
    const query = input.value.trim();
    const mine = ++generation;
    if (!query) {
      open(false);
      status.textContent = '';
      return;
    }
    try {
      const { findArticles, loadHits } = await client();
      const found = await findArticles(config, query, { typing: true });
      // "No good match": nothing is offered as the answer; topics and contact channels are.
      const loaded = found.confidence === 'none' ? [] : await loadHits(found, SUGGESTIONS);
      if (mine === generation) await render(query, found, loaded);
    } catch {
      if (mine !== generation) return;
      status.textContent = config.strings.error!;
    }
  };

  // Pagefind is fetched the first time the customer shows interest, not on page load.
  input.addEventListener('focus', () => void client().then((c) => c.loadFinder(config.base)).catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    const expanded = !popup.hidden && hits.length > 0;
    if (event.key === 'ArrowDown' && expanded) {
      event.preventDefault();
      setActive((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && expanded) {
      event.preventDefault();
      setActive(active <= 0 ? hits.length - 1 : active - 1);
    } else if (event.key === 'Enter' && active >= 0 && !popup.hidden) {
      event.preventDefault();
      go(hits[active]!);
    } else if (event.key === 'Escape') {
      if (!popup.hidden) {
        event.preventDefault();
        open(false);
      } else if (input.value) {
        event.preventDefault();
        input.value = '';
        status.textContent = '';
      }
    }
  });
  form.addEventListener('submit', () => {
    clearTimeout(reportTimer);
    handedOver = true;
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) open(false);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && list.children.length + Number(!empty.hidden) > 0) open(true);
  });
  window.addEventListener('pagehide', () => report(null));
  // Back from the search page (restored from the back-forward cache): this box reports again.
  window.addEventListener('pageshow', () => (handedOver = false));
}

let installed = false;
export function enhanceSearchForms(): void {
  if (installed) return;
  installed = true;
  installSlashShortcut();
  document.querySelectorAll<HTMLFormElement>('form[data-search="suggest"]').forEach(enhance);
}

export type { SearchConfig };
