/**
 * Which of the vocabulary's lists a token's word is in, as bits, looked up
 * once per token (one lookup of the token in place, never sliced, instead of
 * a Set lookup per list per rule).
 */
import type { TokenStream } from './tokens';
import { TRAILING_ABBREVIATIONS } from './keys';
import { WordTable } from './wordTable';
import {
  APPOSITIVE_CONTINUATIONS, APPOSITIVE_HEADS, ATTRIBUTION_WORDS, AUXILIARIES, CLASSIFIER_LINKS, COMMON_ACRONYMS,
  CORPORATE_FORMS, GENERIC_WORDS, GIVEN_NAMES, INSTITUTION_HEADS, NAME_CONNECTORS, ORG_CLASSIFIERS, ORG_SUFFIXES,
  ORG_VERBS, PERSON_TITLES, PROGRAMME_SUFFIXES, STOP_CAPITALIZED, STRONG_ORG_VERBS,
} from './vocabulary';

export const STOP = 1;
export const GENERIC = 2;
export const ORG_SUFFIX = 4;
export const PROGRAMME_SUFFIX = 8;
export const ACRONYM = 16;
export const GIVEN_NAME = 32;
export const INSTITUTION = 64;
export const CONNECTOR = 128;
export const LEGAL_FORM = 256; // "Inc", "Ltd": may trail a name
export const CORPORATE_FORM = 512;
// The lower-case word lists of the context rules (and the titles before a person's name).
export const ORG_CLASSIFIER = 1 << 10;
export const CLASSIFIER_LINK = 1 << 11;
export const ORG_VERB = 1 << 12;
export const STRONG_ORG_VERB = 1 << 13;
export const AUXILIARY = 1 << 14;
export const ATTRIBUTION = 1 << 15;
export const PERSON_TITLE = 1 << 16;
export const APPOSITIVE_HEAD = 1 << 17;
export const APPOSITIVE_CONTINUATION = 1 << 18;

/** Words that cannot tell one organization from another. */
export const NOT_DISTINCTIVE = STOP | GENERIC | ORG_SUFFIX | PROGRAMME_SUFFIX | ACRONYM;

const COMPUTED = 1 << 29;

const CLASSES = new Map<string, number>();
const addAll = (words: ReadonlySet<string>, bit: number) => {
  for (const w of words) CLASSES.set(w, (CLASSES.get(w) ?? 0) | bit);
};
addAll(STOP_CAPITALIZED, STOP);
addAll(GENERIC_WORDS, GENERIC);
addAll(ORG_SUFFIXES, ORG_SUFFIX);
addAll(PROGRAMME_SUFFIXES, PROGRAMME_SUFFIX);
addAll(COMMON_ACRONYMS, ACRONYM);
addAll(GIVEN_NAMES, GIVEN_NAME);
addAll(INSTITUTION_HEADS, INSTITUTION);
addAll(NAME_CONNECTORS, CONNECTOR);
addAll(CORPORATE_FORMS, CORPORATE_FORM);
addAll(TRAILING_ABBREVIATIONS, LEGAL_FORM);
addAll(ORG_CLASSIFIERS, ORG_CLASSIFIER);
addAll(CLASSIFIER_LINKS, CLASSIFIER_LINK);
addAll(ORG_VERBS, ORG_VERB);
addAll(STRONG_ORG_VERBS, STRONG_ORG_VERB);
addAll(AUXILIARIES, AUXILIARY);
addAll(ATTRIBUTION_WORDS, ATTRIBUTION);
addAll(PERSON_TITLES, PERSON_TITLE);
addAll(APPOSITIVE_HEADS, APPOSITIVE_HEAD);
addAll(APPOSITIVE_CONTINUATIONS, APPOSITIVE_CONTINUATION);

/** CLASSES, looked up with a token in place: no token is sliced to learn its class. */
const CLASS_TABLE = new WordTable<number>();
for (const [w, bits] of CLASSES) CLASS_TABLE.set(w, bits);

/** The class bits of a word. */
export function classOfWord(word: string): number {
  return CLASSES.get(word) ?? 0;
}

/** Every word in a class, with its class bits. */
export function classifiedWords(): ReadonlyMap<string, number> {
  return CLASSES;
}

/** Records token i's class bits, found by a caller's own lookup of its word (see TokenInfo). */
export function knowWordClass(ts: TokenStream, i: number, bits: number): void {
  ts.classes[i] = bits | COMPUTED;
}

/** The class bits of token i, computed once per stream. */
export function wordClass(ts: TokenStream, i: number): number {
  let c = ts.classes[i];
  if (c === 0) {
    c = (CLASS_TABLE.get(ts.text, ts.starts[i], ts.ends[i]) ?? 0) | COMPUTED;
    ts.classes[i] = c;
  }
  return c & ~COMPUTED;
}

/** Whether token i is in any of the given classes. */
export function isClass(ts: TokenStream, i: number, bits: number): boolean {
  return (wordClass(ts, i) & bits) !== 0;
}
