/**
 * A fixed set of lower-case words, looked up straight from a span of the text,
 * ASCII case-insensitively, without slicing or lower-casing it: the scanners
 * look up most words of a text, and a slice plus a lower-cased copy per word
 * cost more than the lookup itself.
 */

/** ASCII lower case of a character code ("A" → "a"); other codes unchanged. */
export function lowerCode(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

export class WordTable {
  private readonly list: string[];
  /** Open addressing: slot → word index + 1 (0 when empty), and the word's hash. */
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly mask: number;
  /** Bit n of lengthsByFirst[c] is set when a word of length n starts with code c (lengths under 32, codes under 128). */
  private readonly lengthsByFirst: Int32Array;
  /** Words longer than 31 characters or starting beyond ASCII skip the quick test. */
  private readonly unusual: boolean;

  constructor(words: Iterable<string>) {
    this.list = [...new Set(words)];
    let size = 16;
    while (size < this.list.length * 4) size *= 2;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
    this.lengthsByFirst = new Int32Array(128);
    let unusual = false;
    this.list.forEach((w, i) => {
      if (w !== w.toLowerCase()) throw new Error(`WordTable words are lower-case: ${w}`);
      const c = w.charCodeAt(0);
      if (w.length > 31 || c >= 128) unusual = true;
      else this.lengthsByFirst[c] |= 1 << w.length;
      const h = hashOf(w, 0, w.length);
      let s = h & this.mask;
      while (this.slots[s] !== 0) s = (s + 1) & this.mask;
      this.slots[s] = i + 1;
      this.hashes[s] = h;
    });
    this.unusual = unusual;
  }

  /** The listed word that text[start, end) spells, ignoring ASCII case, or undefined. */
  find(text: string, start: number, end: number): string | undefined {
    const len = end - start;
    if (len <= 0) return undefined;
    if (!this.unusual) {
      const c = lowerCode(text.charCodeAt(start));
      if (c >= 128 || len > 31 || ((this.lengthsByFirst[c] >>> len) & 1) === 0) return undefined;
    }
    const h = hashOf(text, start, end);
    let s = h & this.mask;
    for (let slot = this.slots[s]; slot !== 0; slot = this.slots[s]) {
      if (this.hashes[s] === h) {
        const w = this.list[slot - 1];
        if (w.length === len && spells(w, text, start)) return w;
      }
      s = (s + 1) & this.mask;
    }
    return undefined;
  }

  /** The listed words, lower-case. */
  words(): readonly string[] {
    return this.list;
  }

  has(text: string, start: number, end: number): boolean {
    return this.find(text, start, end) !== undefined;
  }
}

/**
 * A hash of the length and four characters (first, second, middle, last),
 * not of every character: the words tried are mostly not listed, and the
 * full comparison after a hash match settles the rest.
 */
function hashOf(text: string, start: number, end: number): number {
  const len = end - start;
  let h = Math.imul(len, 31) + lowerCode(text.charCodeAt(start));
  h = Math.imul(h, 31) + lowerCode(text.charCodeAt(len > 1 ? start + 1 : start));
  h = Math.imul(h, 31) + lowerCode(text.charCodeAt(start + (len >> 1)));
  h = Math.imul(h, 31) + lowerCode(text.charCodeAt(end - 1));
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

function spells(word: string, text: string, start: number): boolean {
  for (let i = 0; i < word.length; i++) if (lowerCode(text.charCodeAt(start + i)) !== word.charCodeAt(i)) return false;
  return true;
}
