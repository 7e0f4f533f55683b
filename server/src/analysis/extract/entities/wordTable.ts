/**
 * A map from words to values that is looked up with a span of a text, in
 * place: the span is never sliced into a string nor hashed by the engine.
 * The slot (WordFilter's, from the first two characters, the last one and
 * the length) holds the few words of that shape, and the span is compared
 * with each (`startsWith` at its offset).
 */
import { wordSlot } from './wordFilter';

export class WordTable<V> {
  /** Per slot, 1 + the index of its latest word; 0 when the slot is empty. */
  private readonly heads: Int32Array;
  private readonly mask: number;
  private readonly words: string[] = [];
  private readonly values: V[] = [];
  /** Per word, 1 + the index of the next word of its slot; 0 at the end. */
  private readonly next: number[] = [];

  /** 2^slotBits slots: 15 suits a lexicon's thousands of words. */
  constructor(slotBits = 15) {
    this.heads = new Int32Array(1 << slotBits);
    this.mask = (1 << slotBits) - 1;
  }

  get size(): number {
    return this.words.length;
  }

  set(word: string, value: V): void {
    if (word.length === 0) return;
    const s = wordSlot(word, 0, word.length, this.mask);
    for (let e = this.heads[s]; e !== 0; e = this.next[e - 1]) {
      if (this.words[e - 1] === word) {
        this.values[e - 1] = value;
        return;
      }
    }
    this.words.push(word);
    this.values.push(value);
    this.next.push(this.heads[s]);
    this.heads[s] = this.words.length;
  }

  /** The value of the word text.slice(start, end), or undefined. */
  get(text: string, start: number, end: number): V | undefined {
    const length = end - start;
    if (length <= 0) return undefined;
    for (let e = this.heads[wordSlot(text, start, end, this.mask)]; e !== 0; e = this.next[e - 1]) {
      const w = this.words[e - 1];
      if (w.length === length && text.startsWith(w, start)) return this.values[e - 1];
    }
    return undefined;
  }
}
