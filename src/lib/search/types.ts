/** The parts of Pagefind's browser API (pagefind.js) this site uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<PagefindResultData>;
}
export interface PagefindSearchResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string | string[]> }): Promise<PagefindSearchResponse>;
  debouncedSearch?(query: string, options?: object, ms?: number): Promise<PagefindSearchResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload?(query: string): Promise<void>;
}
