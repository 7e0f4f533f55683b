/** Character classes by UTF-16 code, shared by the scanners (they test codes, not strings, on hot paths). */

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A-Z or a-z (setting bit 5 maps exactly those codes into a-z: one test, not two ranges). */
export function isAsciiLetter(c: number): boolean {
  return ((c | 32) - 97) >>> 0 < 26;
}

/** A word character of a regular expression's `\w` and `\b`: A-Z, a-z, 0-9 or _. */
export function isRegExpWordChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 95;
}

/** Letters of words: ASCII and accented Latin (U+00C0–U+024F); hyphens and digits split words ("state-backed" -> state, backed). */
export function isWordLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f);
}
