/**
 * What the inference rules share: their input, and the tests of whether a
 * run of capitalized words can be an organization's name at all.
 */
import type { Candidate } from './candidates';
import type { Run } from './runs';
import type { Namer } from './naming';
import { INNER_CAP, DIGIT, LOWER_START, type TokenStream } from './tokens';
import { personTitleBefore, tokenWord } from './context';
import { COMMON_ACRONYMS, GENERIC_WORDS, GIVEN_NAMES, NAME_CONNECTORS, ORG_SUFFIXES, PROGRAMME_SUFFIXES, STOP_CAPITALIZED } from './vocabulary';

export interface InferenceInput {
  ts: TokenStream;
  runs: Run[];
  kinds: Uint8Array;
  /** For each token, the index of the known candidate covering it, or -1. */
  knownAt: Int32Array;
  known: Candidate[];
  name: Namer;
}

/** A word that can tell one organization from another: not a stop word, generic word, suffix or common acronym. */
export function isDistinctive(ts: TokenStream, i: number): boolean {
  const w = tokenWord(ts, i);
  if (ts.flags[i] & LOWER_START && (ts.flags[i] & INNER_CAP) === 0) return false;
  if (w.length < 2 && (ts.flags[i] & DIGIT) === 0) return false;
  return !STOP_CAPITALIZED.has(w) && !GENERIC_WORDS.has(w) && !ORG_SUFFIXES.has(w) && !PROGRAMME_SUFFIXES.has(w) && !COMMON_ACRONYMS.has(w);
}

export function anyDistinctive(ts: TokenStream, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (isDistinctive(ts, i)) return true;
  return false;
}

/** A person's name rather than an organization: "Masayoshi Son", "Mr. Son". */
export function looksLikePerson(ts: TokenStream, first: number, last: number): boolean {
  if (personTitleBefore(ts, first)) return true;
  return last > first && last - first <= 2 && GIVEN_NAMES.has(tokenWord(ts, first));
}

/** First token of a run after leading stop words ("The", "In", "January" …) and connectors. */
export function trimLeading(ts: TokenStream, run: Run): number {
  let a = run.first;
  while (a <= run.last && (STOP_CAPITALIZED.has(tokenWord(ts, a)) || ts.flags[a] & LOWER_START && NAME_CONNECTORS.has(tokenWord(ts, a)))) a++;
  return a;
}

/**
 * A run that can be one organization's name: short, distinctive, not a
 * person's, and with no title or given name inside ("Tesla CEO Elon Musk").
 */
export function acceptableName(ts: TokenStream, a: number, b: number): boolean {
  if (b - a > 4 || !anyDistinctive(ts, a, b) || looksLikePerson(ts, a, b)) return false;
  for (let i = a + 1; i <= b; i++) {
    const w = tokenWord(ts, i);
    if (STOP_CAPITALIZED.has(w) || GIVEN_NAMES.has(w)) return false;
  }
  return true;
}

