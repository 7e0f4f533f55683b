import type { Span } from '../model';
import { CharFinder } from './charFinder';

/** What may end a sentence: a full stop, '!', '?', a line break. */
const SENTENCE_ENDS = ['.', '\n', '\r', '!', '?'];

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'st', 'vs', 'etc', 'no',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'e.g', 'i.e', 'approx',
]);

/**
 * Splits text into sentences: a line break always ends one (articles put
 * headlines, list items and comments on lines of their own); within a line,
 * '.', '!' or '?' followed by space and an upper-case letter or digit does,
 * unless the word before is a known abbreviation or a single letter.
 * Leading and trailing white space is trimmed from each sentence.
 */
export function splitSentences(text: string): SentenceList {
  const out = builder.start();
  let start = 0;
  const n = text.length;
  const ends = new CharFinder(text, SENTENCE_ENDS);
  for (let i = ends.firstFrom(0); i < n; i = ends.firstFrom(i + 1)) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      pushTrimmed(out, text, start, i);
      start = i + 1;
      continue;
    }
    let j = i + 1;
    while (j < n && isCloser(text.charCodeAt(j))) j++;
    if (j >= n || text.charCodeAt(j) !== 32) continue;
    let k = j;
    while (k < n && text.charCodeAt(k) === 32) k++;
    if (k >= n) continue;
    const next = text.charCodeAt(k);
    const startsSentence = (next >= 65 && next <= 90) || (next >= 48 && next <= 57) || isOpener(next) || next > 127;
    if (!startsSentence) continue;
    if (c === 46 && isAbbreviationBefore(text, i)) continue;
    pushTrimmed(out, text, start, j);
    start = j;
  }
  pushTrimmed(out, text, start, n);
  return out.done();
}

function pushTrimmed(out: SentenceBuilder, text: string, s: number, e: number): void {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push(s, e);
}

function isLetterOrDot(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff;
}

function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019;
}

function isOpener(c: number): boolean {
  return c === 34 || c === 39 || c === 40 || c === 91 || c === 0x201c || c === 0x2018;
}

/** True when the word before a dot (its letters and dots) is a single letter or a known abbreviation. */
function isAbbreviationBefore(text: string, dot: number): boolean {
  let s = dot;
  // Past the longest abbreviation the word's length no longer matters.
  while (s > 0 && dot - s <= LONGEST_ABBREVIATION && isLetterOrDot(text.charCodeAt(s - 1))) s--;
  const length = dot - s;
  if (length === 1) return true; // initials: "J. Smith", "U.S."
  if (length > LONGEST_ABBREVIATION) return false;
  let key = 0;
  for (let p = s; p < dot; p++) key = key * 32 + abbreviationCode(text.charCodeAt(p));
  return ABBREVIATION_KEYS.has(key);
}

/**
 * Abbreviations as numbers, five bits a character, so that the word before a
 * dot is looked up without slicing and lower-casing it.
 */
const LONGEST_ABBREVIATION = 6;
const ABBREVIATION_KEYS = new Set<number>();
for (const word of ABBREVIATIONS) {
  if (word.length > LONGEST_ABBREVIATION || !/^[a-z.]+$/.test(word)) throw new Error(`abbreviation "${word}" cannot be keyed`);
  let key = 0;
  for (let p = 0; p < word.length; p++) key = key * 32 + abbreviationCode(word.charCodeAt(p));
  ABBREVIATION_KEYS.add(key);
}

/** 1–26 for a letter of either case, 27 for a dot. */
function abbreviationCode(c: number): number {
  return c === 46 ? 27 : (c | 32) - 96;
}

/**
 * A document's sentences as one array of offsets (start, end, start, end …)
 * rather than an object per sentence: a workspace of 10,000 articles holds
 * half a million sentences, and as objects they cost the server ~16 MB of
 * heap and the collector their tracing.
 */
export class SentenceList implements Iterable<Span> {
  constructor(
    /** start, end, start, end …: what a structured clone keeps, to rebuild the list from. */
    readonly bounds: Int32Array,
    readonly length: number,
  ) {}

  start(i: number): number {
    return this.bounds[2 * i];
  }

  end(i: number): number {
    return this.bounds[2 * i + 1];
  }

  /** Sentence i as a span, or undefined when i is out of range. */
  span(i: number): Span | undefined {
    return i >= 0 && i < this.length ? { start: this.bounds[2 * i], end: this.bounds[2 * i + 1] } : undefined;
  }

  /** Index of the sentence containing offset (binary search), or -1. */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (offset < this.bounds[2 * mid]) hi = mid - 1;
      else if (offset >= this.bounds[2 * mid + 1]) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** The sentence containing offset, or undefined. */
  at(offset: number): Span | undefined {
    return this.span(this.indexAt(offset));
  }

  *[Symbol.iterator](): Iterator<Span> {
    for (let i = 0; i < this.length; i++) yield { start: this.bounds[2 * i], end: this.bounds[2 * i + 1] };
  }
}

/** Collects the bounds of one document's sentences in a buffer kept from call to call (it grows to the longest document once). */
class SentenceBuilder {
  private bounds = new Int32Array(256);
  private count = 0;

  start(): this {
    this.count = 0;
    return this;
  }

  push(start: number, end: number): void {
    if (2 * this.count + 2 > this.bounds.length) {
      const grown = new Int32Array(this.bounds.length * 2);
      grown.set(this.bounds);
      this.bounds = grown;
    }
    this.bounds[2 * this.count] = start;
    this.bounds[2 * this.count + 1] = end;
    this.count++;
  }

  /** The list, in an array of exactly its size (the buffer is not kept by it). */
  done(): SentenceList {
    return new SentenceList(this.bounds.slice(0, 2 * this.count), this.count);
  }
}

const builder = new SentenceBuilder();
