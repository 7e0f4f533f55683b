/**
 * The next place in a text where any of a few characters stands, for
 * positions asked in increasing order. Each character is found with its own
 * indexOf, a native scan that jumps further than a regular expression over a
 * character class or a loop over character codes, and its place is
 * remembered until the search passes it.
 */
export class CharFinder {
  /** Per character, its next place found so far (text.length when there is none; -1 before the first search). */
  private readonly next: Int32Array;

  constructor(
    private readonly text: string,
    private readonly chars: readonly string[],
  ) {
    this.next = new Int32Array(chars.length).fill(-1);
  }

  /** The first of the characters at or after `from`, or the text's length; `from` must not decrease from call to call. */
  firstFrom(from: number): number {
    const { text, chars, next } = this;
    let first = text.length;
    for (let k = 0; k < chars.length; k++) {
      let at = next[k];
      if (at < from) {
        at = text.indexOf(chars[k], from);
        next[k] = at = at < 0 ? text.length : at;
      }
      if (at < first) first = at;
    }
    return first;
  }
}
