/**
 * Which of the vocabulary's lists a token's word is in, as bits, looked up
 * once per token (one Map lookup instead of a Set lookup per list per rule).
 */
import { tokenText, type TokenStream } from './tokens';
import { TRAILING_ABBREVIATIONS } from './keys';
import { WordFilter } from './wordFilter';
import {
  COMMON_ACRONYMS, CORPORATE_FORMS, GENERIC_WORDS, GIVEN_NAMES, INSTITUTION_HEADS, NAME_CONNECTORS,
  ORG_SUFFIXES, PROGRAMME_SUFFIXES, STOP_CAPITALIZED,
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

/** Words that cannot tell one organization from another. */
export const NOT_DISTINCTIVE = STOP | GENERIC | ORG_SUFFIX | PROGRAMME_SUFFIX | ACRONYM;

const COMPUTED = 0x8000;

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

/** Pre-check of CLASSES' words: most tokens are in no class, and are then never sliced. */
const CLASS_FILTER = new WordFilter();
for (const w of CLASSES.keys()) CLASS_FILTER.add(w);

/** The class bits of a word. */
export function classOfWord(word: string): number {
  return CLASSES.get(word) ?? 0;
}

/** The class bits of token i, computed once per stream. */
export function wordClass(ts: TokenStream, i: number): number {
  let c = ts.classes[i];
  if (c === 0) {
    c = (CLASS_FILTER.mayHave(ts.text, ts.starts[i], ts.ends[i]) ? (CLASSES.get(tokenText(ts, i)) ?? 0) : 0) | COMPUTED;
    ts.classes[i] = c;
  }
  return c & ~COMPUTED;
}

/** Whether token i is in any of the given classes. */
export function isClass(ts: TokenStream, i: number, bits: number): boolean {
  return (wordClass(ts, i) & bits) !== 0;
}
