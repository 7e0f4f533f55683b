/** Clause boundaries inside a sentence, in terms of its words. */
import type { Word } from '../text/words';

const BOUNDARY = /[,;:()\[\]—–]|\s-\s/;

/**
 * clause[i] is the clause number of word i: it grows wherever the text
 * between two words holds a comma, semicolon, colon, bracket or dash (a comma
 * between two digits, as in "1,000", is not a boundary).
 */
export function clauseNumbers(text: string, words: Word[]): Int32Array {
  const out = new Int32Array(words.length);
  let clause = 0;
  for (let i = 1; i < words.length; i++) {
    const between = text.slice(words[i - 1].end, words[i].start);
    if (BOUNDARY.test(between) && !onlyDigitCommas(text, words[i - 1].end, words[i].start)) clause++;
    out[i] = clause;
  }
  return out;
}

function onlyDigitCommas(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text[p];
    if (c === ',' && /\d/.test(text[p - 1] ?? '') && /\d/.test(text[p + 1] ?? '')) continue;
    if (BOUNDARY.test(c) || (c === '-' && text[p - 1] === ' ' && text[p + 1] === ' ')) return false;
  }
  return true;
}
