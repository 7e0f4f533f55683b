/**
 * The words of one sentence as the claim layer reads them: offsets, vocabulary
 * id (0 for a word outside the vocabulary) and clause number, in typed arrays
 * that are reused from sentence to sentence rather than an object and a
 * lower-cased slice per word.
 *
 * A word is a run of letters (isWordLetter) with one inner apostrophe followed
 * by ASCII letters ("don't", "O’Neil"); its id is that of its lower-case text.
 * The clause number grows wherever the text between two words holds a clause
 * boundary (clauses.ts).
 */
import { isAsciiLetter, isWordLetter } from '../text/chars';
import { isBoundaryAt } from './clauses';
import { FIRST_ROW, ID_SLOT, NO_WORD_ROW, trieSymbol, type WordIds } from './wordIds';

export class SentenceWords {
  count = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  ids = new Int32Array(64);
  clauses = new Int32Array(64);

  /**
   * Reads the words of text[start, end), replacing those held before. `units`
   * holds the text's code units (text/codeUnits.ts): indexed there, a
   * character costs less than a charCodeAt.
   */
  read(text: string, units: Uint16Array, start: number, end: number, vocabulary: WordIds): this {
    const trie = vocabulary.trie;
    let count = 0;
    let clause = 0;
    // Whether the text since the last word holds a clause boundary: the gap is read once, as it is skipped.
    let boundary = false;
    let i = start;
    while (i < end) {
      let c = units[i];
      if (!isWordLetter(c)) {
        if (c !== 32 && !boundary && isBoundaryAt(text, i, c)) boundary = true;
        i++;
        continue;
      }
      const s = i;
      let row = FIRST_ROW;
      let ascii = true;
      // The letters of isWordLetter, each range tested once: it also gives the trie symbol.
      for (;;) {
        if (c >= 97 && c <= 122) row = trie[row + c - 97];
        else if (c >= 65 && c <= 90) row = trie[row + c - 65];
        else if (c >= 0xc0 && c <= 0x24f) ascii = false;
        else break;
        if (++i >= end) break;
        c = units[i];
        if (row === NO_WORD_ROW) {
          // No vocabulary word goes on from here (most words leave the trie early): the rest is letters to step over.
          while (isWordLetter(c)) {
            if (c >= 0xc0) ascii = false;
            if (++i >= end) break;
            c = units[i];
          }
          break;
        }
      }
      const q = units[i];
      if ((q === 39 || q === 0x2019) && i + 1 < end && isAsciiLetter(units[i + 1])) {
        row = trie[row + trieSymbol(q)];
        for (i++; i < end && isAsciiLetter((c = units[i])); i++) row = trie[row + (c | 32) - 97];
      }
      if (count === this.starts.length) this.grow();
      if (boundary && count > 0) clause++;
      boundary = false;
      this.starts[count] = s;
      this.ends[count] = i;
      this.ids[count] = ascii ? trie[row + ID_SLOT] : vocabulary.idOf(text.slice(s, i).toLowerCase());
      this.clauses[count] = clause;
      count++;
    }
    this.count = count;
    return this;
  }

  /** Index of the first word starting at or after offset (binary search); count when none does. */
  firstFrom(offset: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    for (const name of ['starts', 'ends', 'ids', 'clauses'] as const) {
      const grown = new Int32Array(size);
      grown.set(this[name]);
      this[name] = grown;
    }
  }
}
