/**
 * A cheap membership pre-check for a set of words, on the first two
 * characters, the last one and the length of a token, so that most tokens
 * that cannot be in the set are rejected without slicing a string out of the
 * text. False positives are fine (the Map lookup follows); no false negatives.
 */
function slot(c0: number, c1: number, last: number, length: number, mask: number): number {
  // Multiplicative mixing: frequent words must not share a slot with the set's words by the shape of a weak sum.
  return ((Math.imul((c0 << 16) ^ c1, 0x9e3779b1) ^ Math.imul((last << 8) ^ length, 0x85ebca77)) >>> 8) & mask;
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
    if (word.length === 0) return;
    const n = word.length;
    this.bits[slot(word.charCodeAt(0), n > 1 ? word.charCodeAt(1) : 0, word.charCodeAt(n - 1), n, this.mask)] = 1;
  }

  /** Whether text.slice(start, end) may be in the set. */
  mayHave(text: string, start: number, end: number): boolean {
    const length = end - start;
    return this.bits[slot(text.charCodeAt(start), length > 1 ? text.charCodeAt(start + 1) : 0, text.charCodeAt(end - 1), length, this.mask)] === 1;
  }
}
