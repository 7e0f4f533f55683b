/**
 * Where the next figure can start, found by a loop over the text's code
 * units instead of the trigger pattern
 * `[^A-Za-z0-9_](?:word|…|[QH][1-4]|FY)\b|[0-9]|\.[0-9]` (case-insensitive):
 * the same matches, ending at the same places. The pattern was the engine's
 * largest single cost (~11% of the whole check's processor time under
 * `perf`): it tried three alternatives at every character, and a word
 * alternative at every space.
 *
 * A match is either a digit, or a listed word that a character other than
 * [A-Za-z0-9_] precedes and that ends where its run of such characters ends.
 * Only ASCII letters spell a listed word: with the 'i' flag and no 'u', a
 * pattern's letter matches no character beyond ASCII.
 */
import type { WordTable } from './wordTable';
import { isAsciiLetter, isDigit, isRegExpWordChar } from '../../text/chars';

export class TriggerScanner {
  /**
   * Two filters, by a word's first two letters (a-z): bit n of lengths[i]
   * is set when a listed word of n letters starts with them, bit l of
   * lastLetters[i] when one ends with letter l. Most words of a text fail
   * them, without being hashed.
   */
  private readonly lengths = new Int32Array(26 * 26);
  private readonly lastLetters = new Int32Array(26 * 26);

  /** `words` holds lower-case words of 2 to 31 ASCII letters (the pattern's words, and "fy"). */
  constructor(readonly words: WordTable) {
    for (const w of words.words()) {
      if (!/^[a-z]{2,31}$/.test(w)) throw new Error(`trigger words are 2-31 letters a-z: "${w}"`);
      const i = (w.charCodeAt(0) - 97) * 26 + (w.charCodeAt(1) - 97);
      this.lengths[i] |= 1 << w.length;
      this.lastLetters[i] |= 1 << (w.charCodeAt(w.length - 1) - 97);
    }
  }

  /**
   * Where the first match at or after `from` ends (the pattern's lastIndex
   * after a successful test), or -1 when there is none. `u` holds the text's
   * code units, with a 0 after the last (text/codeUnits.ts).
   */
  nextEnd(text: string, u: Uint16Array, from: number): number {
    const n = text.length;
    let q = from;
    while (q < n) {
      const c = u[q];
      if (isDigit(c)) return q + 1;
      q++;
      // A word character is skipped; any other may precede a word: read the run of ASCII letters after it.
      if (isAsciiLetter(c) || c === 95 || !isAsciiLetter(u[q])) continue;
      const s = q;
      do q++;
      while (isAsciiLetter(u[q]));
      const end = this.wordEnding(text, u, s, q);
      if (end >= 0) return end;
      // Past the run, at a digit, an underscore or another character, each read as such.
    }
    return -1;
  }

  /**
   * Where a listed word, "Q3" or "H1" that starts at `s` ends, or -1 when none
   * does (whatever stands before `s`). s must hold an ASCII letter.
   */
  wordEndAt(text: string, u: Uint16Array, s: number): number {
    let e = s + 1;
    while (isAsciiLetter(u[e])) e++;
    return this.wordEnding(text, u, s, e);
  }

  /** The end of the listed word, "Q3" or "H1" that the run of ASCII letters [s, e) starts, or -1. */
  private wordEnding(text: string, u: Uint16Array, s: number, e: number): number {
    const after = u[e];
    if (!isRegExpWordChar(after)) return this.isWord(text, u, s, e) ? e : -1;
    if (e === s + 1 && isDigit(after) && isQuarterOrHalf(u[s], after) && !isRegExpWordChar(u[e + 1])) return e + 1;
    return -1;
  }

  private isWord(text: string, u: Uint16Array, s: number, e: number): boolean {
    const len = e - s;
    if (len < 2 || len > 31) return false;
    const i = ((u[s] | 32) - 97) * 26 + ((u[s + 1] | 32) - 97);
    if (((this.lengths[i] >>> len) & 1) === 0 || ((this.lastLetters[i] >>> ((u[e - 1] | 32) - 97)) & 1) === 0) return false;
    return this.words.has(text, s, e);
  }
}

/** Q or H (either case), then 1 to 4. */
function isQuarterOrHalf(letter: number, digit: number): boolean {
  const l = letter | 32;
  return (l === 113 || l === 104) && digit >= 49 && digit <= 52;
}
