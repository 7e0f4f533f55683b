/** Clause boundaries inside a sentence: the text between two words that separates their clauses. */
import { isDigit } from '../text/chars';

/**
 * True when text[from, to) holds a clause boundary: a comma, semicolon, colon,
 * bracket or dash (a comma between two digits, as in "1,000", is not one).
 * A char-code scan: this runs for every pair of words of a claim's sentence.
 */
export function hasBoundary(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 44 /* , */) {
      if (isDigit(text.charCodeAt(p - 1)) && isDigit(text.charCodeAt(p + 1))) continue;
      return true;
    }
    if (c === 59 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93 || c === 0x2014 || c === 0x2013) return true;
    if (c === 45 && text.charCodeAt(p - 1) === 32 && text.charCodeAt(p + 1) === 32) return true;
  }
  return false;
}
