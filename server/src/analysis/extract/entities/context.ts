/** Questions about the words around a token, shared by the matcher and the inference rules. */
import { CAP, GAP_COMMA, GAP_SPACE, LOWER_START, tokenText, type TokenStream } from './tokens';
import { isTrailingAbbreviation } from './keys';
import { ATTRIBUTION_WORDS, AUXILIARIES, ORG_VERBS, PERSON_TITLES, STRONG_ORG_VERBS } from './vocabulary';

export const NO_VERB = 0;
export const VERB = 1;
export const STRONG_VERB = 2;

const word = tokenText;

/** Whether token `last` is followed by an organization verb ("announced", "has acquired"), and how strong. */
export function orgVerbAfter(ts: TokenStream, last: number): number {
  let v = last + 1;
  if (v >= ts.count || ts.gaps[last] !== GAP_SPACE || (ts.flags[v] & LOWER_START) === 0) return NO_VERB;
  let w = word(ts, v);
  if (AUXILIARIES.has(w) && v + 1 < ts.count && ts.gaps[v] === GAP_SPACE) {
    v++;
    w = word(ts, v);
  }
  if (STRONG_ORG_VERBS.has(w)) return STRONG_VERB;
  return ORG_VERBS.has(w) ? VERB : NO_VERB;
}

/** Whether the words before token i attribute a report to it: "reported by", "via", "according to". */
export function attributionBefore(ts: TokenStream, i: number): boolean {
  if (i === 0) return false;
  const w = word(ts, i - 1);
  if (w === 'to') return i >= 2 && word(ts, i - 2) === 'according';
  return ATTRIBUTION_WORDS.has(w);
}

/** Whether a person's title or honorific stands right before token i: "Mr. Son", "CEO Jane Doe". */
export function personTitleBefore(ts: TokenStream, i: number): boolean {
  if (i === 0 || ts.starts[i] - ts.ends[i - 1] > 3) return false;
  return PERSON_TITLES.has(word(ts, i - 1));
}

/**
 * The last token and end offset of a name ending at token `last`, extended
 * over a legal suffix that follows it: "Preferred Networks Inc.", "Acme, Ltd.".
 */
export function extendOverLegalSuffix(ts: TokenStream, last: number): { last: number; end: number } {
  const next = last + 1;
  if (next < ts.count && (ts.gaps[last] === GAP_SPACE || ts.gaps[last] === GAP_COMMA) && ts.flags[next] & CAP && isTrailingAbbreviation(word(ts, next))) last = next;
  let end = ts.ends[last];
  // "Inc." keeps its dot, even when the dot also ends the sentence.
  if (ts.text.charCodeAt(end) === 46 && ABBREVIATED_WITH_DOT.has(word(ts, last))) end++;
  return { last, end };
}

const ABBREVIATED_WITH_DOT = new Set(['Inc', 'Corp', 'Co', 'Ltd', 'Bhd']);

export { word as tokenWord };
