/**
 * Numbers for the words the claim layer looks for (its vocabulary), so that a
 * sentence's words are compared as integers, not as strings sliced out of the
 * text and hashed for every lookup. A tokenizer finds a word's number while it
 * scans the word's letters, through a trie of the vocabulary's spellings in
 * lower-case ASCII letters and apostrophes; a word with other letters is
 * sliced, lower-cased and looked up by its text (`idOf`).
 */

/** Trie symbols: a–z, ' and ’; a row of the trie has one slot per symbol and one for the id of the word ending there. */
const SYMBOLS = 28;
export const ROW = SYMBOLS + 1;
export const ID_SLOT = SYMBOLS;
/** The row no vocabulary word continues from (it stays all zero, so every step from it leads back to it). */
export const NO_WORD_ROW = 0;
export const FIRST_ROW = ROW;

/** The trie symbol of a character code of a word: a–z and A–Z as 0–25, ' and ’ as 26 and 27; -1 for any other character. */
export function trieSymbol(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  if (c === 39) return 26;
  if (c === 0x2019) return 27;
  return -1;
}

export class WordIds {
  /** Rows of ROW slots: trie[row + symbol] is the row after one more letter, trie[row + ID_SLOT] the id of the word the row spells (0 if none). */
  trie = new Int32Array(ROW * 256);
  private rows = 2;
  private readonly byText = new Map<string, number>();

  /** The id of a word, given it one if it has none yet (ids start at 1; 0 is "not a vocabulary word"). */
  add(word: string): number {
    const known = this.byText.get(word);
    if (known !== undefined) return known;
    const id = this.byText.size + 1;
    this.byText.set(word, id);
    // Only a spelling in lower-case letters and apostrophes is one a scanned word can have without falling back to idOf.
    let row = FIRST_ROW;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      const symbol = c >= 65 && c <= 90 ? -1 : trieSymbol(c);
      if (symbol < 0) return id;
      row = this.step(row, symbol);
    }
    if (word.length > 0) this.trie[row + ID_SLOT] = id;
    return id;
  }

  /** The id of a lower-case word, or 0 when it is not in the vocabulary. */
  idOf(word: string): number {
    return this.byText.get(word) ?? 0;
  }

  /** One more than the largest id: the length of arrays indexed by id. */
  get size(): number {
    return this.byText.size + 1;
  }

  private step(row: number, symbol: number): number {
    const slot = row + symbol;
    if (this.trie[slot] !== NO_WORD_ROW) return this.trie[slot];
    if ((this.rows + 1) * ROW > this.trie.length) {
      const grown = new Int32Array(this.trie.length * 2);
      grown.set(this.trie);
      this.trie = grown;
    }
    const made = this.rows++ * ROW;
    this.trie[slot] = made;
    return made;
  }
}
