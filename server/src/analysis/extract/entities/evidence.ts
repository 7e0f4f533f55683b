/**
 * What the inference rules share: their input, and the tests of whether a
 * run of capitalized words can be an organization's name at all.
 */
import type { Candidate } from './candidates';
import type { Run } from './runs';
import type { Namer } from './naming';
import { INNER_CAP, DIGIT, LOWER_START, type TokenStream } from './tokens';
import { personTitleBefore } from './context';
import { CONNECTOR, GIVEN_NAME, NOT_DISTINCTIVE, STOP, isClass } from './wordClasses';

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
  if (ts.flags[i] & LOWER_START && (ts.flags[i] & INNER_CAP) === 0) return false;
  if (ts.ends[i] - ts.starts[i] < 2 && (ts.flags[i] & DIGIT) === 0) return false;
  return !isClass(ts, i, NOT_DISTINCTIVE);
}

export function anyDistinctive(ts: TokenStream, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (isDistinctive(ts, i)) return true;
  return false;
}

/** A person's name rather than an organization: "Masayoshi Son", "Mr. Son". */
export function looksLikePerson(ts: TokenStream, first: number, last: number): boolean {
  if (personTitleBefore(ts, first)) return true;
  return last > first && last - first <= 2 && isClass(ts, first, GIVEN_NAME);
}

/** First token of a run after leading stop words ("The", "In", "January" …) and connectors. */
export function trimLeading(ts: TokenStream, run: Run): number {
  let a = run.first;
  while (a <= run.last && (isClass(ts, a, STOP) || (ts.flags[a] & LOWER_START && isClass(ts, a, CONNECTOR)))) a++;
  return a;
}

/**
 * A run that can be one organization's name: short, distinctive, not a
 * person's, and with no title or given name inside ("Tesla CEO Elon Musk").
 */
export function acceptableName(ts: TokenStream, a: number, b: number): boolean {
  if (b - a > 4 || !anyDistinctive(ts, a, b) || looksLikePerson(ts, a, b)) return false;
  if (a === b && isClass(ts, a, GIVEN_NAME)) return false; // "partners Alice and Bob"
  for (let i = a + 1; i <= b; i++) if (isClass(ts, i, STOP | GIVEN_NAME)) return false;
  return true;
}

