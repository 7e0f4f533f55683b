/**
 * A possible mention, before overlaps are resolved: tokens [first, last] of
 * the stream, its character span, and what it names.
 */
import type { EntityMention, EntityType } from '../../model';
import type { EntitySource } from './types';

export interface Candidate {
  first: number;
  last: number;
  start: number;
  end: number;
  id: string;
  name: string;
  type: EntityType;
  source: EntitySource;
}

const SOURCE_RANK: Record<EntitySource, number> = { annotation: 3, config: 2, builtin: 1, inferred: 0 };

export interface Selection {
  /** Kept candidates, in text order. */
  kept: Candidate[];
  /** taken[t] is 1 when token t belongs to a kept candidate. */
  taken: Uint8Array;
}

/**
 * Keeps the best non-overlapping candidates: a longer span beats a shorter one
 * it overlaps ("South China Morning Post" over "China"), and at equal length
 * the surer source wins (annotation > config > builtin > inferred). Texts the
 * researcher marked "not an entity" are dropped.
 */
export function selectCandidates(text: string, tokenCount: number, candidates: Candidate[], notEntities: ReadonlySet<string>, reuse?: Uint8Array): Selection {
  // Candidates are whole tokens, so overlap is checked on token indices. `reuse` is an array the caller is done with.
  const taken = reuse !== undefined && reuse.length >= tokenCount ? reuse.fill(0, 0, tokenCount) : new Uint8Array(tokenCount);
  const apart = allApart(text, candidates, notEntities, taken);
  if (apart !== undefined) return { kept: apart, taken };
  taken.fill(0, 0, tokenCount);
  const sorted = candidates.slice().sort((a, b) => b.end - b.start - (a.end - a.start) || SOURCE_RANK[b.source] - SOURCE_RANK[a.source] || a.start - b.start);
  const kept: Candidate[] = [];
  next: for (const c of sorted) {
    if (c.end <= c.start) continue;
    for (let t = c.first; t <= c.last; t++) if (taken[t]) continue next;
    if (notEntities.size > 0 && notEntities.has(text.slice(c.start, c.end).toLowerCase())) continue;
    taken.fill(1, c.first, c.last + 1);
    kept.push(c);
  }
  sortByStart(kept);
  return { kept, taken };
}

/**
 * The common case, without ranking: when no two candidates share a token,
 * every one is kept (but those marked "not an entity"), in text order, with
 * its tokens marked taken. Undefined when some overlap.
 */
function allApart(text: string, candidates: Candidate[], notEntities: ReadonlySet<string>, taken: Uint8Array): Candidate[] | undefined {
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (c.end <= c.start) continue;
    for (let t = c.first; t <= c.last; t++) {
      if (taken[t]) return undefined;
      taken[t] = 1;
    }
    kept.push(c);
  }
  sortByStart(kept);
  if (notEntities.size === 0) return kept;
  return kept.filter((c) => {
    if (!notEntities.has(text.slice(c.start, c.end).toLowerCase())) return true;
    taken.fill(0, c.first, c.last + 1);
    return false;
  });
}

export function byStart(a: Candidate, b: Candidate): number {
  return a.start - b.start;
}

/**
 * Sorts candidates by start, stably, in place. A document's few dozen come
 * in a few ordered runs (known, then inferred), which an insertion sort
 * merges without a comparator call per step; long lists go to Array#sort.
 */
export function sortByStart(list: Candidate[]): void {
  if (list.length > 64) {
    list.sort(byStart);
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const c = list[i];
    let j = i - 1;
    while (j >= 0 && list[j].start > c.start) {
      list[j + 1] = list[j];
      j--;
    }
    list[j + 1] = c;
  }
}

export function toMentions(text: string, kept: readonly Candidate[]): EntityMention[] {
  // Pushed, not mapped: an inlined map() makes holey arrays and the builtin packed ones, and readers of both kinds were deoptimized.
  const mentions: EntityMention[] = [];
  for (const c of kept) mentions.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), id: c.id, name: c.name, type: c.type, source: c.source });
  return mentions;
}
