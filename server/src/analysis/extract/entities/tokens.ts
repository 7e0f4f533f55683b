/**
 * One pass over a text that finds its word tokens and what separates them,
 * in typed arrays (no per-token objects). Entity matching works on these.
 *
 * A token is a run of letters and digits; '.' joins two alphanumerics
 * ("Gate.io", "U.S"), and an acronym of single letters keeps its final dot
 * ("U.S."). An apostrophe joins letters ("O'Neil") except a possessive 's,
 * which ends the token and is flagged instead.
 */

import { CodeUnitBuffer } from '../../text/codeUnits';

/** The tokenizer's copy of the text it reads. */
const codeUnits = new CodeUnitBuffer();

/** Token flags. */
export const CAP = 1; // first character is an upper-case letter
export const UPPER = 2; // two or more letters, all upper case ("NEC", "U.S.")
export const INNER_CAP = 4; // an upper-case letter after a lower-case one ("SoftBank", "OpenAI")
export const SENT_START = 8; // first token of a sentence (after . ! ? : or a line break)
export const LINE_START = 16; // first token of its line
export const DIGIT = 32; // contains a digit
export const POSSESSIVE = 64; // followed by 's or s' (’s)
export const LOWER_START = 128; // first character is a lower-case letter

/** A token that can be part of a name: capitalized, an acronym, or camel-cased ("xAI", "eBay"). */
export const NAME_TOKEN = CAP | UPPER | INNER_CAP;

/** What stands between a token and the next one. */
export const GAP_BREAK = 0; // punctuation, line break, or anything else
export const GAP_SPACE = 1; // spaces or tabs only
export const GAP_HYPHEN = 2; // a hyphen, no spaces
export const GAP_AMP = 3; // an ampersand, with or without spaces
export const GAP_COMMA = 4; // a comma and spaces
export const GAP_POSSESSIVE = 5; // 's (or ’s) and spaces: "People's Republic"
export const GAP_ABBREVIATION = 6; // the dot of an abbreviation and spaces: "St. Petersburg", "Warner Bros. Discovery"

export interface TokenStream {
  readonly text: string;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
  /** gaps[i]: what separates token i from token i + 1. */
  gaps: Uint8Array;
  /** The indices of the tokens with a NAME_TOKEN flag, in order (the passes that look only at names skip the rest). */
  names: Int32Array;
  nameCount: number;
  /** The index of the first token of each line, in order. */
  lineStarts: Int32Array;
  lineCount: number;
  /** Token texts sliced so far (see tokenText): words[i] holds token i's when sliced[i] is 1 (a reused array keeps stale ones). */
  words: string[];
  sliced: Uint8Array;
  /** Vocabulary class bits per token, computed on demand (see wordClasses.ts); 0 until then. */
  classes: Int32Array;
}

const enum C {
  Other = 0,
  Upper = 1,
  Lower = 2,
  Digit = 3,
}

const ASCII = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ASCII[c] = C.Upper;
for (let c = 97; c <= 122; c++) ASCII[c] = C.Lower;
for (let c = 48; c <= 57; c++) ASCII[c] = C.Digit;

function classify(c: number): C {
  if (c < 128) return ASCII[c] as C;
  // Latin-1 supplement and Latin Extended-A/B: enough for names like "Nestlé", "Škoda".
  if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) {
    if (c <= 0xde) return C.Upper;
    if (c <= 0xff) return C.Lower;
    return c % 2 === 0 ? C.Upper : C.Lower; // Extended-A pairs: even upper, odd lower (close enough)
  }
  return C.Other;
}

/** . ! ? : • · | */
function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 124 || c === 0x2022 || c === 0xb7;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function isInlineSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/** Titles, initials and name abbreviations after which a '.' does not end a sentence. */
function isTitleBefore(text: string, start: number, end: number): boolean {
  const len = end - start;
  if (len === 1) return true;
  if (len > 4) return false;
  // Each of them but "vs" starts with a capital: most words before a full stop are rejected unsliced.
  const c0 = text.charCodeAt(start);
  if (c0 !== 118 && (c0 < 65 || c0 > 90)) return false;
  const w = text.slice(start, end);
  return w === 'Mr' || w === 'Mrs' || w === 'Ms' || w === 'Dr' || w === 'Prof' || w === 'St' || w === 'Jr' || w === 'Sr' || w === 'No' || w === 'vs' || w === 'Bros' || w === 'Mt' || w === 'Ft';
}

/**
 * The tokens of a text. A caller that is done with a stream may pass it as
 * `reuse`: its arrays are then filled again where they are large enough (the
 * old stream is no longer valid), which spares allocating them per text.
 * `units`, when given, holds the text's code units with a 0 after them
 * (CodeUnitBuffer.of), else the tokenizer copies them.
 */
export function tokenize(text: string, reuse?: TokenStream, units?: Uint16Array): TokenStream {
  const n = text.length;
  let cap = Math.max(16, ((n / 5) | 0) + 16); // words average five or six characters with their space
  let starts: Int32Array;
  let ends: Int32Array;
  let flags: Uint8Array;
  let gaps: Uint8Array;
  let names: Int32Array;
  let lineStarts: Int32Array;
  let classes: Int32Array | undefined;
  let words: string[] | undefined;
  let sliced: Uint8Array | undefined;
  if (reuse !== undefined && reuse.starts.length >= cap) {
    cap = reuse.starts.length;
    ({ starts, ends, flags, gaps, names, lineStarts, classes, words, sliced } = reuse);
  } else {
    starts = new Int32Array(cap);
    ends = new Int32Array(cap);
    flags = new Uint8Array(cap);
    gaps = new Uint8Array(cap);
    names = new Int32Array(cap);
    lineStarts = new Int32Array(cap);
  }
  let count = 0;
  let nameCount = 0;
  let lineCount = 0;
  // SENT_START and LINE_START for the next token.
  let pending = SENT_START | LINE_START;
  // Gap bookkeeping since the previous token.
  let gapKind = GAP_SPACE;
  let gapChars = 0;
  const u = units ?? codeUnits.of(text);
  let i = 0;
  // c is always u[i]: the character that ends a token is read once.
  let c = u[0];
  while (i < n) {
    if (c === 32) {
      // the commonest gap: one space, which keeps the gap kind
      gapChars++;
      c = u[++i];
      continue;
    }
    const k = c < 128 ? (ASCII[c] as C) : classify(c);
    if (k === C.Other) {
      if (c === 10 || c === 13) {
        pending = SENT_START | LINE_START;
        gapKind = GAP_BREAK;
      } else if (isInlineSpace(c)) {
        // spaces keep the gap kind
      } else if (c === 45 && gapChars === 0) {
        gapKind = GAP_HYPHEN;
      } else if (c === 38 && (gapKind === GAP_SPACE || gapKind === GAP_AMP)) {
        gapKind = GAP_AMP;
      } else if (c === 44 && gapChars === 0) {
        gapKind = GAP_COMMA;
      } else {
        gapKind = GAP_BREAK;
        if (isSentenceEnd(c)) {
          const prev = count - 1;
          if (c === 46 && prev >= 0 && ends[prev] === i && isTitleBefore(text, starts[prev], ends[prev])) gapKind = GAP_ABBREVIATION;
          else pending |= SENT_START;
        }
      }
      // gaps[count - 1] is the gap after the last token: GAP_SPACE when it was stored, kept up to date here.
      if (count > 0) gaps[count - 1] = gapKind;
      gapChars++;
      c = u[++i];
      continue;
    }
    // A token starts here.
    const start = i;
    let f: number;
    let possessiveEnd = -1;
    if (c < 128 && k !== C.Digit) {
      // Fast path, most tokens: an ASCII letter, then lower-case ASCII letters up to a character that simply
      // ends the token (u[n] is 0, which does). Such a token has no digit and no inner or second capital.
      f = k === C.Upper ? CAP : LOWER_START;
      c = u[++i];
      while ((c - 97) >>> 0 < 26) c = u[++i]; // c in a-z
      // A full stop not followed by a letter or digit ends the token too (the commonest '.': a sentence's end).
      if (c >= 128 || (ENDS_TOKEN[c] === 0 && !(c === 46 && classify(u[i + 1]) === C.Other))) {
        possessiveEnd = scanToken(u, n, start, i, f);
        i = scanned.end;
        f = scanned.flags;
        c = u[i];
      }
    } else {
      possessiveEnd = scanToken(u, n, start, start, k === C.Upper ? CAP : k === C.Lower ? LOWER_START : 0);
      i = scanned.end;
      f = scanned.flags;
      c = u[i];
    }
    f |= pending;
    if (count === cap) {
      cap *= 2;
      starts = grow32(starts, cap);
      ends = grow32(ends, cap);
      flags = grow8(flags, cap);
      gaps = grow8(gaps, cap);
      names = grow32(names, cap);
      lineStarts = grow32(lineStarts, cap);
    }
    gaps[count] = GAP_SPACE;
    starts[count] = start;
    ends[count] = i;
    flags[count] = f;
    if (f & NAME_TOKEN) names[nameCount++] = count;
    if (pending & LINE_START) lineStarts[lineCount++] = count;
    count++;
    pending = 0;
    gapKind = GAP_SPACE;
    gapChars = 0;
    if (possessiveEnd >= 0) {
      // Step over the 's: it belongs to no token, and what follows is joined as a possessive.
      i = possessiveEnd + 2;
      c = u[i];
      gapKind = GAP_POSSESSIVE;
      gaps[count - 1] = GAP_POSSESSIVE;
      gapChars = 2;
      continue;
    }
    // Most of a text is words of ASCII letters after one space each, all lower case but maybe the first: read
    // them here, one store per array each. Such a word keeps GAP_SPACE before it and gets no pending flag.
    while (c === 32 && count < cap) {
      const first = u[i + 1];
      let wordFlags: number;
      if ((first - 97) >>> 0 < 26) wordFlags = LOWER_START;
      else if ((first - 65) >>> 0 < 26) wordFlags = CAP;
      else break;
      const wordStart = i + 1;
      let j = wordStart + 1;
      let d = u[j];
      while ((d - 97) >>> 0 < 26) d = u[++j];
      // What the general path would read on: a letter, digit, '.', apostrophe or non-ASCII character after the word.
      if (d >= 128 || (ENDS_TOKEN[d] === 0 && !(d === 46 && classify(u[j + 1]) === C.Other))) break;
      gaps[count] = GAP_SPACE;
      starts[count] = wordStart;
      ends[count] = j;
      flags[count] = wordFlags;
      if (wordFlags === CAP) names[nameCount++] = count;
      count++;
      i = j;
      c = d;
    }
  }
  if (count > 0) gaps[count - 1] = GAP_BREAK;
  if (classes !== undefined && classes.length >= count) classes.fill(0, 0, count);
  else classes = new Int32Array(cap);
  if (sliced !== undefined && sliced.length >= count && words !== undefined) sliced.fill(0, 0, count);
  else {
    sliced = new Uint8Array(cap);
    words = new Array<string>(cap).fill('');
  }
  return { text, count, starts, ends, flags, gaps, names, nameCount, lineStarts, lineCount, words, sliced, classes };
}

/** ASCII characters that end a token outright: not a letter or digit, nor a '.' or an apostrophe that may join. */
const ENDS_TOKEN = new Uint8Array(128);
for (let c = 0; c < 128; c++) ENDS_TOKEN[c] = ASCII[c] === C.Other && c !== 46 && c !== 39 ? 1 : 0;

/** Where scanToken's token ends and its flags (one object for all calls). */
const scanned = { end: 0, flags: 0 };

/**
 * Reads a token from `start` in the general way, for the tokens the fast path
 * cannot finish. [start, from) was read already: nothing (from = start), or
 * one ASCII letter and lower-case ASCII letters; `f` holds the first
 * character's flag. Fills `scanned`; returns where a possessive 's starts, or -1.
 */
function scanToken(u: Uint16Array, n: number, start: number, from: number, f: number): number {
  let i = from;
  let letters = from - start;
  let uppers = from > start && f & CAP ? 1 : 0;
  let prevLower = from - start > 1 || (from > start && (f & CAP) === 0);
  let singleLetterSegments = true;
  let segLen = from - start;
  let sawDot = false;
  let possessiveEnd = -1;
  while (i < n) {
    const d = u[i];
    if (d >= 97 && d <= 122) {
      // Most characters are ASCII lower-case letters.
      letters++;
      prevLower = true;
      segLen++;
      i++;
      continue;
    }
    const kd = d < 128 ? (ASCII[d] as C) : classify(d);
    if (kd !== C.Other) {
      if (kd === C.Digit) f |= DIGIT;
      else {
        letters++;
        if (kd === C.Upper) {
          uppers++;
          if (prevLower) f |= INNER_CAP;
          prevLower = false;
        } else prevLower = true;
      }
      segLen++;
      i++;
      continue;
    }
    // '.' between two alphanumerics joins ("U.S", "Gate.io").
    if (d === 46 && i + 1 < n && classify(u[i + 1]) !== C.Other) {
      if (segLen !== 1) singleLetterSegments = false;
      segLen = 0;
      sawDot = true;
      i++;
      continue;
    }
    if (isApostrophe(d) && i + 1 < n) {
      const e = u[i + 1];
      const afterS = i + 2 < n ? classify(u[i + 2]) : C.Other;
      if ((e === 115 || e === 83) && afterS === C.Other) {
        f |= POSSESSIVE;
        possessiveEnd = i;
        break;
      }
      if (classify(e) === C.Upper || classify(e) === C.Lower) {
        i++;
        continue;
      }
    }
    break;
  }
  if (segLen !== 1) singleLetterSegments = false;
  // Acronym with dots keeps its final dot: "U.S." (the dot may also end the sentence).
  if (sawDot && singleLetterSegments && i < n && u[i] === 46) i++;
  if (letters >= 2 && uppers === letters) f |= UPPER;
  scanned.end = i;
  scanned.flags = f;
  return possessiveEnd;
}

function grow32(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

function grow8(a: Uint8Array, size: number): Uint8Array {
  const b = new Uint8Array(size);
  b.set(a);
  return b;
}

/** Whether token i is `word`, without slicing it. */
export function tokenIs(ts: TokenStream, i: number, word: string): boolean {
  return ts.ends[i] - ts.starts[i] === word.length && ts.text.startsWith(word, ts.starts[i]);
}

/** The text of token i, sliced once per stream and then reused (several rules ask for the same words). */
export function tokenText(ts: TokenStream, i: number): string {
  if (ts.sliced[i] === 1) return ts.words[i];
  const w = ts.text.slice(ts.starts[i], ts.ends[i]);
  ts.words[i] = w;
  ts.sliced[i] = 1;
  return w;
}
