/**
 * A quick test of the word right before a position, made before a pattern
 * anchored at the end of a slice ("\b(next|last)[ \t]+$"): such a pattern is
 * tried at every position of its slice, while most numbers follow a word that
 * cannot end it, which this test sees without a slice or a pattern.
 */
import type { WordTable } from './wordTable';

function isGap(c: number, dash: boolean): boolean {
  return c === 32 || c === 9 || (dash && c === 45);
}

function isAsciiAlnum(c: number): boolean {
  const l = c | 32;
  return (l >= 97 && l <= 122) || (c >= 48 && c <= 57);
}

/**
 * Whether the word (ASCII letters and digits) before pos, after spaces and
 * tabs (and dashes, with `dash`), is in `table`, looking no further back than
 * `from` (where the pattern's slice starts). A necessary condition for a
 * pattern `\b(?:words)[ \t]*$` whose words' last words are all in the table.
 */
export function wordBeforeIn(table: WordTable, text: string, pos: number, from: number, dash: boolean): boolean {
  let k = pos - 1;
  while (k >= from && isGap(text.charCodeAt(k), dash)) k--;
  let j = k;
  while (j >= from && isAsciiAlnum(text.charCodeAt(j))) j--;
  return j < k && table.has(text, j + 1, k + 1);
}

/** The character before pos after spaces and tabs (and dashes, with `dash`), not before `from`; -1 when none. */
export function codeBefore(text: string, pos: number, from: number, dash: boolean): number {
  let k = pos - 1;
  while (k >= from && isGap(text.charCodeAt(k), dash)) k--;
  return k >= from ? text.charCodeAt(k) : -1;
}
