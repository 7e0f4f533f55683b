/** Questions about the words around a token, shared by the matcher and the inference rules. */
import { CAP, GAP_COMMA, GAP_SPACE, LOWER_START, tokenIs, tokenText, type TokenStream } from './tokens';
import { ATTRIBUTION, AUXILIARY, LEGAL_FORM, ORG_VERB, PERSON_TITLE, STRONG_ORG_VERB, isClass, wordClass } from './wordClasses';

export const NO_VERB = 0;
export const VERB = 1;
export const STRONG_VERB = 2;

const word = tokenText;

/** Whether token `last` is followed by an organization verb ("announced", "has acquired"), and how strong. */
export function orgVerbAfter(ts: TokenStream, last: number): number {
  let v = last + 1;
  if (v >= ts.count || ts.gaps[last] !== GAP_SPACE || (ts.flags[v] & LOWER_START) === 0) return NO_VERB;
  let cls = wordClass(ts, v);
  if (cls & AUXILIARY && v + 1 < ts.count && ts.gaps[v] === GAP_SPACE) {
    v++;
    cls = wordClass(ts, v);
  }
  if (cls & STRONG_ORG_VERB) return STRONG_VERB;
  return cls & ORG_VERB ? VERB : NO_VERB;
}

/** Whether the words before token i attribute a report to it: "reported by", "via", "according to". */
export function attributionBefore(ts: TokenStream, i: number): boolean {
  if (i === 0) return false;
  if (!isClass(ts, i - 1, ATTRIBUTION)) return false;
  if (tokenIs(ts, i - 1, 'to')) return i >= 2 && tokenIs(ts, i - 2, 'according');
  return true;
}

/** Whether a person's title or honorific stands right before token i: "Mr. Son", "CEO Jane Doe". */
export function personTitleBefore(ts: TokenStream, i: number): boolean {
  if (i === 0 || ts.starts[i] - ts.ends[i - 1] > 3) return false;
  return isClass(ts, i - 1, PERSON_TITLE);
}

/**
 * The last token and end offset of a name ending at token `last`, extended
 * over a legal suffix that follows it: "Preferred Networks Inc.", "Acme, Ltd.".
 */
export function extendOverLegalSuffix(ts: TokenStream, last: number): { last: number; end: number } {
  const next = last + 1;
  if (next < ts.count && (ts.gaps[last] === GAP_SPACE || ts.gaps[last] === GAP_COMMA) && ts.flags[next] & CAP && isClass(ts, next, LEGAL_FORM)) last = next;
  let end = ts.ends[last];
  // "Inc." keeps its dot, even when the dot also ends the sentence.
  if (ts.text.charCodeAt(end) === 46 && isClass(ts, last, LEGAL_FORM) && ABBREVIATED_WITH_DOT.has(word(ts, last))) end++;
  return { last, end };
}

/** Legal forms (LEGAL_FORM words) written with a dot. */
const ABBREVIATED_WITH_DOT = new Set(['Inc', 'Corp', 'Co', 'Ltd', 'Bhd']);

export { word as tokenWord };
