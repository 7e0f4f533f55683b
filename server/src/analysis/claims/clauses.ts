/** Clause boundaries inside a sentence: the text between two words that separates their clauses. */
import { isDigit } from '../text/chars';

/**
 * True when text[from, to) holds a clause boundary: a comma, semicolon, colon,
 * bracket or dash (a comma between two digits, as in "1,000", is not one).
 * A char-code scan: this runs for every pair of words of a claim's sentence.
 */
export function hasBoundary(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (isBoundaryAt(text, p, text.charCodeAt(p))) return true;
  return false;
}

/** Whether the character c at text[p] is a clause boundary (its neighbours decide for a comma or a hyphen). */
export function isBoundaryAt(text: string, p: number, c: number): boolean {
  if (c === 44 /* , */) return !(isDigit(text.charCodeAt(p - 1)) && isDigit(text.charCodeAt(p + 1)));
  if (c === 59 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93 || c === 0x2014 || c === 0x2013) return true;
  return c === 45 && text.charCodeAt(p - 1) === 32 && text.charCodeAt(p + 1) === 32;
}
