/**
 * Cue tables over word ids: single words, and two-word phrases keyed by their
 * first word. A cue found at a word is returned as one number (the index of
 * its value, times two, plus one for a two-word cue) so that reading a
 * sentence allocates nothing.
 */
import type { SentenceWords } from './sentenceWords';
import type { WordIds } from './wordIds';

export interface CueTable {
  /** The distinct cue values (measures, scopes, directions …). */
  values: string[];
  /** Value index of each single-word cue by word id, -1 for none. */
  single: Int32Array;
  /** By the id of a phrase's first word: (second word id, value index) pairs, in the order of the lists. */
  pairs: Array<number[] | undefined>;
}

/** Builds a table from value -> cue words (lower-cased; a phrase's words after its second are ignored). Every word must be in ids. */
export function cueTable(cues: Record<string, string[]>, ids: WordIds): CueTable {
  const table: CueTable = { values: [], single: new Int32Array(ids.size).fill(-1), pairs: new Array(ids.size).fill(undefined) };
  for (const [value, words] of Object.entries(cues)) {
    const v = table.values.length;
    table.values.push(value);
    for (const w of words) {
      const parts = w.toLowerCase().split(/\s+/);
      if (parts.length === 1) table.single[ids.idOf(parts[0])] = v;
      else (table.pairs[ids.idOf(parts[0])] ??= []).push(ids.idOf(parts[1]), v);
    }
  }
  return table;
}

/** The cue at word i (a two-word cue first), as cueValue/cueSpan read it, or -1. */
export function cueAt(table: CueTable, words: SentenceWords, i: number): number {
  const id = words.ids[i];
  if (id === 0) return -1;
  const pairs = table.pairs[id];
  if (pairs !== undefined && i + 1 < words.count) {
    const second = words.ids[i + 1];
    for (let k = 0; k < pairs.length; k += 2) if (pairs[k] === second) return 2 * pairs[k + 1] + 1;
  }
  const v = table.single[id];
  return v < 0 ? -1 : 2 * v;
}

export function cueValue(table: CueTable, cue: number): string {
  return table.values[cue >> 1];
}

export function cueSpan(cue: number): number {
  return (cue & 1) + 1;
}
