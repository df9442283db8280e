/**
 * Groups tickets into topics by the words that set them apart, merges topics that are near
 * duplicates, and names each with the phrase its tickets use most.
 */
import { isStopWord } from './analyze.ts';
import type { Ticket } from './tickets.ts';

export interface TopicDraft {
  key: string;
  tickets: Ticket[];
  /** Most characteristic stemmed terms, best first. */
  terms: string[];
}

const MIN_SHARE_FOR_KEY = 0.002;
/** Cosine similarity of word profiles above which two topics are one. */
const MERGE_SIMILARITY = 0.5;

export function clusterTickets(tickets: readonly Ticket[]): TopicDraft[] {
  const df = new Map<string, number>();
  for (const t of tickets) for (const term of new Set(t.terms)) df.set(term, (df.get(term) ?? 0) + 1);
  const n = tickets.length;
  const minDf = Math.max(2, Math.floor(n * MIN_SHARE_FOR_KEY));
  const idf = (term: string) => Math.log(n / (df.get(term) ?? 1));
  const usable = (term: string) => (df.get(term) ?? 0) >= minDf && (df.get(term) ?? 0) <= n * 0.4;

  const groups = new Map<string, Ticket[]>();
  for (const ticket of tickets) {
    const counts = new Map<string, number>();
    for (const term of ticket.terms) if (usable(term)) counts.set(term, (counts.get(term) ?? 0) + 1);
    // The two words most specific to this ticket name its topic.
    const ranked = [...counts].map(([term, c]) => [term, c * idf(term)] as const).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const key = ranked.slice(0, 2).map(([term]) => term).sort().join(' ') || '(other)';
    const group = groups.get(key);
    if (group) group.push(ticket);
    else groups.set(key, [ticket]);
  }

  // Merge topics whose word profiles are near duplicates ("refund status" / "refund update").
  const drafts = [...groups].map(([key, list]) => ({ key, tickets: list, profile: profileOf(list, usable, idf) }));
  drafts.sort((a, b) => b.tickets.length - a.tickets.length);
  const merged: typeof drafts = [];
  for (const draft of drafts) {
    const home = draft.key === '(other)' ? undefined : merged.find((m) => m.key !== '(other)' && cosine(m.profile, draft.profile) >= MERGE_SIMILARITY);
    if (home) {
      // Profiles are sums over tickets, so merging adds them.
      for (const ticket of draft.tickets) home.tickets.push(ticket);
      for (const [term, weight] of draft.profile) home.profile.set(term, (home.profile.get(term) ?? 0) + weight);
    } else merged.push({ ...draft });
  }
  return merged.map((m) => ({ key: m.key, tickets: m.tickets, terms: [...m.profile].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([t]) => t) }));
}

function profileOf(tickets: readonly Ticket[], usable: (t: string) => boolean, idf: (t: string) => number): Map<string, number> {
  const profile = new Map<string, number>();
  for (const t of tickets) for (const term of new Set(t.terms)) if (usable(term)) profile.set(term, (profile.get(term) ?? 0) + idf(term));
  return profile;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, v] of a) {
    na += v * v;
    const w = b.get(t);
    if (w) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

const WORD = /[\p{L}\p{M}\p{N}']+/gu;
const LABEL_SAMPLE = 2000;

/** The 2–3 word phrase (as customers wrote it) most shared by the topic's tickets. */
export function labelFor(all: readonly Ticket[], stems: readonly string[], stem: (w: string) => string): string {
  // A few thousand tickets name a topic as well as a million do.
  const tickets = all.length > LABEL_SAMPLE ? all.filter((_, i) => i % Math.ceil(all.length / LABEL_SAMPLE) === 0) : all;
  const counts = new Map<string, number>();
  for (const ticket of tickets) {
    const words = (ticket.text.toLowerCase().replace(/\[\w+\]/g, ' ').match(WORD) ?? []);
    const seen = new Set<string>();
    for (let size = 2; size <= 3; size++) {
      for (let i = 0; i + size <= words.length; i++) {
        const gram = words.slice(i, i + size);
        if (isStopWord(gram[0]!) || isStopWord(gram.at(-1)!) || /\d/.test(gram.join(''))) continue;
        if (!gram.some((w) => stems.slice(0, 3).includes(stem(w)))) continue;
        const phrase = gram.join(' ');
        if (!seen.has(phrase)) counts.set(phrase, (counts.get(phrase) ?? 0) + 1), seen.add(phrase);
      }
    }
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0];
  if (best && best[1] >= 2) return best[0];
  // No shared phrase: the customers' most common spelling of the topic's two main words.
  const surface = new Map<string, Map<string, number>>();
  for (const ticket of tickets) {
    for (const word of ticket.text.toLowerCase().match(WORD) ?? []) {
      const s = stem(word);
      if (!stems.slice(0, 2).includes(s)) continue;
      const forms = surface.get(s) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + 1);
      surface.set(s, forms);
    }
  }
  return stems.slice(0, 2).map((s) => [...(surface.get(s) ?? new Map([[s, 1]]))].sort((a, b) => b[1] - a[1])[0]![0]).join(' ');
}
