/**
 * The next place in a text where any of a few characters stands, for
 * positions asked in increasing order. Each character is found with its own
 * indexOf, a native scan that jumps further than a regular expression over a
 * character class or a loop over character codes, and its place is
 * remembered until the search passes it.
 */
export class CharFinder {
  /** The characters the text holds at all: one it lacks is never looked for again. */
  private readonly chars: string[] = [];
  /** Per character kept, its next place found so far. */
  private readonly next: number[] = [];

  constructor(
    private readonly text: string,
    chars: readonly string[],
  ) {
    for (const c of chars) {
      const at = text.indexOf(c);
      if (at < 0) continue;
      this.chars.push(c);
      this.next.push(at);
    }
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
