/**
 * A cheap membership pre-check for a set of words, on the first two
 * characters, the last one and the length of a token, so that most tokens
 * that cannot be in the set are rejected without slicing a string out of the
 * text. False positives are fine (the Map lookup follows); no false negatives.
 */
/** The slot of text.slice(start, end) (a non-empty word) among mask + 1 slots. */
export function wordSlot(text: string, start: number, end: number, mask: number): number {
  const length = end - start;
  const c0 = text.charCodeAt(start);
  const c1 = length > 1 ? text.charCodeAt(start + 1) : 0;
  // Multiplicative mixing: frequent words must not share a slot with the set's words by the shape of a weak sum.
  return ((Math.imul((c0 << 16) ^ c1, 0x9e3779b1) ^ Math.imul((text.charCodeAt(end - 1) << 8) ^ length, 0x85ebca77)) >>> 8) & mask;
}

export class WordFilter {
  private readonly bits: Uint8Array;
  private readonly mask: number;

  /** 2^slotBits slots: 15 suits a lexicon's thousands of words. */
  constructor(slotBits = 15) {
    this.bits = new Uint8Array(1 << slotBits);
    this.mask = (1 << slotBits) - 1;
  }

  add(word: string): void {
    if (word.length > 0) this.bits[wordSlot(word, 0, word.length, this.mask)] = 1;
  }

  /** Whether text.slice(start, end) may be in the set. */
  mayHave(text: string, start: number, end: number): boolean {
    return this.bits[wordSlot(text, start, end, this.mask)] === 1;
  }
}
