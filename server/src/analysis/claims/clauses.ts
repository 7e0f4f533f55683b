/** Clause boundaries inside a sentence, in terms of its words. */
import type { Word } from '../text/words';
import { isDigit } from '../text/chars';

/**
 * clause[i] is the clause number of word i: it grows wherever the text
 * between two words holds a comma, semicolon, colon, bracket or dash (a comma
 * between two digits, as in "1,000", is not a boundary).
 */
export function clauseNumbers(text: string, words: Word[]): Int32Array {
  const out = new Int32Array(words.length);
  let clause = 0;
  for (let i = 1; i < words.length; i++) {
    if (hasBoundary(text, words[i - 1].end, words[i].start)) clause++;
    out[i] = clause;
  }
  return out;
}

/** True when text[from, to) holds a clause boundary (a char-code scan: this runs for every pair of words). */
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

