/**
 * Numbers for the words the claim layer looks for (its vocabulary), so that a
 * sentence's words are compared as integers, not as strings sliced out of the
 * text and hashed for every lookup. A tokenizer finds a word's number while it
 * scans the word's letters, through a trie of the vocabulary's spellings in
 * lower-case ASCII letters and apostrophes; a word with other letters is
 * sliced, lower-cased and looked up by its text (`idOf`).
 */

/** Trie symbols: a–z, ' and ’. */
const ALPHABET = 28;
/** The state no vocabulary word continues from (its row of `next` stays all zero). */
export const NO_WORD_STATE = 0;
export const FIRST_STATE = 1;

/** The trie symbol of a character code of a word, lower-casing A–Z; -1 for any other character. */
export function trieSymbol(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  if (c === 39) return 26;
  if (c === 0x2019) return 27;
  return -1;
}

export class WordIds {
  /** next[state * ALPHABET + symbol]: the state after one more letter. */
  next = new Int32Array(ALPHABET * 256);
  /** The id of the vocabulary word spelled by the letters that lead to a state, or 0. */
  accept = new Int32Array(256);
  private states = 2;
  private readonly byText = new Map<string, number>();

  /** The id of a word, given it one if it has none yet (ids start at 1; 0 is "not a vocabulary word"). */
  add(word: string): number {
    const known = this.byText.get(word);
    if (known !== undefined) return known;
    const id = this.byText.size + 1;
    this.byText.set(word, id);
    // Only a spelling in lower-case letters and apostrophes is one a scanned word can have without falling back to idOf.
    let state = FIRST_STATE;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      const symbol = c >= 65 && c <= 90 ? -1 : trieSymbol(c);
      if (symbol < 0) return id;
      state = this.step(state, symbol);
    }
    if (word.length > 0) this.accept[state] = id;
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

  private step(state: number, symbol: number): number {
    const slot = state * ALPHABET + symbol;
    if (this.next[slot] !== NO_WORD_STATE) return this.next[slot];
    if (this.states === this.accept.length) {
      const next = new Int32Array(this.next.length * 2);
      next.set(this.next);
      this.next = next;
      const accept = new Int32Array(this.accept.length * 2);
      accept.set(this.accept);
      this.accept = accept;
    }
    const made = this.states++;
    this.next[slot] = made;
    return made;
  }
}

export { ALPHABET };
