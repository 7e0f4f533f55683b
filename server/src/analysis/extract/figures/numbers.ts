/**
 * The number layer: numbers written in digits ("1,234.5", "40 000", "1.2b",
 * "12.32e+14", "2 1/4") or in words ("twenty-one trillion", "two thirds",
 * "one and a half", "nine point nought four", "a dozen", "hundreds"). Every
 * figure is built on a number found here.
 */
import { parseScaleAt } from './scales';
import { parseWordsAt } from './numberParser';
import { isDigit } from '../../text/chars';

export interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** Bounds: equal to value, except for vague plurals ("hundreds" is [200, 999]). */
  low: number;
  high: number;
  /** Spelled out, at least in part. */
  words: boolean;
  /** Multiplier of a scale word or suffix already applied ("2 million" has 1e6), 1 when none. */
  scale: number;
  /** A bare run of digits, no sign, separator, decimals or scale: a year candidate. */
  plainInteger: boolean;
  vague: boolean;
}

export interface NumberOptions {
  /** Money context: a lower-case "m" after the digits means million ("$5m"). */
  money?: boolean;
}

const DIGITS = /(?:\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?![\d]|[.,]\d)|\d+)(?:\.\d+)?|\.\d+/y;
const DECIMAL_COMMA = /,(\d{1,2})(?![\d])/y;
const EXPONENT = /[eE]([+-]?\d{1,3})(?![A-Za-z\d])/y;
const POWER = /\^([+-]*)(\d{1,3})/y;
const MIXED_FRACTION = /[ \t]+(\d{1,3})\/(\d{1,3})(?![\d/])/y;
const SLASH_FRACTION = /\/(\d{1,6})(?![\d/])/y;
const GLUED_UNIT = /(?:pp|ppts?|bps|pct|USD|EUR|GBP|JPY|CNY|RMB|KRW|INR|CHF|CAD|AUD)(?![A-Za-z])/y;
const NEGATIVE_SIGN = /[-−][ \t]?$/;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0xbf && c !== 0x2212 && c !== 0xd7 && c !== 0xf7 && c < 0x2000;
}

/**
 * Where the run of 1 to 15 digits at pos ends when DIGITS would match just
 * that run (no group separator, no decimals after it), else -1: most numbers
 * are such runs, read without the pattern.
 */
function plainRunEnd(text: string, pos: number): number {
  let k = pos;
  while (isDigit(text.charCodeAt(k))) k++;
  const n = k - pos;
  if (n === 0 || n > 15) return -1;
  const a = text.charCodeAt(k);
  // A separator or a point takes a digit after it ("1,234", "40 000", "3.5"); a separator only after at most three digits.
  if (a === 46) return isDigit(text.charCodeAt(k + 1)) ? -1 : k;
  if ((a === 44 || a === 32 || a === 0xa0 || a === 0x202f) && n <= 3 && isDigit(text.charCodeAt(k + 1))) return -1;
  return k;
}

/**
 * The value of a DIGITS match text[pos, end) (digits, group separators, one
 * point). Up to 15 digits, the integer of all digits over a power of ten:
 * both are exact doubles, so the quotient is the correctly rounded value,
 * as Number() gives it from the text; longer numbers go through Number().
 */
function digitsValue(text: string, pos: number, end: number): number {
  let n = 0;
  let digits = 0;
  let decimals = -1;
  for (let i = pos; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= 48 && ch <= 57) {
      n = n * 10 + (ch - 48);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (ch === 46) decimals = 0;
  }
  if (digits <= 15) return decimals > 0 ? n / POWERS_OF_TEN[decimals] : n;
  let raw = '';
  for (let i = pos; i < end; i++) {
    const ch = text.charCodeAt(i);
    if ((ch >= 48 && ch <= 57) || ch === 46) raw += text[i];
  }
  return Number(raw);
}
const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

function digitAfterBlanks(text: string, pos: number): boolean {
  let k = pos;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
  return isDigit(text.charCodeAt(k));
}

/** Parses a number written with digits starting exactly at pos (a digit or ".digit"). */
export function parseDigitsAt(text: string, pos: number, opts: NumberOptions = {}): NumberToken | undefined {
  let end = plainRunEnd(text, pos);
  let plainInteger = true;
  let value: number;
  if (end >= 0) {
    // A plain run of digits: its value by arithmetic, exact under 16 digits.
    value = 0;
    for (let i = pos; i < end; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  } else {
    DIGITS.lastIndex = pos;
    if (!DIGITS.test(text)) return undefined;
    end = DIGITS.lastIndex;
    // More than 15 digits, or a separator or a point in the number.
    for (let i = pos; i < end && plainInteger; i++) plainInteger = isDigit(text.charCodeAt(i));
    value = digitsValue(text, pos, end);
  }
  // "1,3": a lone decimal comma (not a list "22,24,26").
  if (plainInteger && text.charCodeAt(end) === 44) {
    DECIMAL_COMMA.lastIndex = end;
    const dc = DECIMAL_COMMA.exec(text);
    const prevIsList = pos >= 2 && text.charCodeAt(pos - 1) === 44 && isDigit(text.charCodeAt(pos - 2));
    if (dc && !prevIsList && !(text.charCodeAt(DECIMAL_COMMA.lastIndex) === 44 && isDigit(text.charCodeAt(DECIMAL_COMMA.lastIndex + 1)))) {
      value = Number(`${text.slice(pos, end)}.${dc[1]}`);
      end = DECIMAL_COMMA.lastIndex;
      plainInteger = false;
    }
  }
  const next = text.charCodeAt(end);
  if (next === 101 || next === 69) {
    EXPONENT.lastIndex = end;
    const e = EXPONENT.exec(text);
    if (e) {
      value *= 10 ** Number(e[1]);
      end = EXPONENT.lastIndex;
      plainInteger = false;
    }
  } else if (next === 94) {
    POWER.lastIndex = end;
    const p = POWER.exec(text);
    if (p) {
      const negative = (p[1].match(/-/g)?.length ?? 0) % 2 === 1;
      value = value ** (negative ? -Number(p[2]) : Number(p[2]));
      end = POWER.lastIndex;
      plainInteger = false;
    }
  } else if (next === 47 && plainInteger) {
    SLASH_FRACTION.lastIndex = end;
    const f = SLASH_FRACTION.exec(text);
    // A proper fraction only ("3/4", "0/400"); "24/7" is a name, not a figure.
    if (f && !(Number(f[1]) > value)) return undefined;
    if (f) {
      value = value / Number(f[1]);
      end = SLASH_FRACTION.lastIndex;
      plainInteger = false;
    }
  } else if ((next === 32 || next === 9) && plainInteger && digitAfterBlanks(text, end)) {
    MIXED_FRACTION.lastIndex = end;
    const f = MIXED_FRACTION.exec(text);
    if (f && Number(f[1]) < Number(f[2])) {
      value += Number(f[1]) / Number(f[2]);
      end = MIXED_FRACTION.lastIndex;
      plainInteger = false;
    }
  }
  let scale = 1;
  const s = parseScaleAt(text, end, opts);
  if (s) {
    scale = s.factor;
    end = s.end;
    plainInteger = false;
  } else if (isLetter(text.charCodeAt(end))) {
    // Glued to letters: an ordinal ("21st"), a unit ("29km") or a name ("5G") is not a figure of its own;
    // percentage points and currency codes are ("2pp", "115USD").
    GLUED_UNIT.lastIndex = end;
    if (!GLUED_UNIT.test(text)) return undefined;
  }
  if (!Number.isFinite(value)) return undefined;
  value *= scale;
  return { start: pos, end, value, low: value, high: value, words: false, scale, plainInteger, vague: false };
}

/**
 * Parses the number that starts at pos, digits or words, with a leading sign
 * ("-1", "minus five") when one stands right before it.
 */
export function parseNumberAt(text: string, pos: number, opts: NumberOptions = {}): NumberToken | undefined {
  const c = text.charCodeAt(pos);
  const tok = isDigit(c) || (c === 46 && isDigit(text.charCodeAt(pos + 1))) ? parseDigitsAt(text, pos, opts) : parseWordsAt(text, pos);
  if (!tok) return undefined;
  return applySign(text, ratioAfter(text, tok, opts) ?? tok);
}

const RATIO = /[ \t]+(?:over|out[ \t]+of)[ \t]+/iy;
const CLAUSE_END = /[ \t]*(?:$|[.,;:!?)\r\n])/y;

/**
 * "1 over three", "one out of three": a ratio, only when nothing follows the
 * divisor ("over 3 years" and "three out of four companies" are not ratios).
 */
function ratioAfter(text: string, tok: NumberToken, opts: NumberOptions): NumberToken | undefined {
  // The space first: a number that ends the text is not read past (a read beyond the end deoptimized the caller).
  if (tok.vague || tok.scale !== 1 || text.charCodeAt(tok.end) !== 32) return undefined;
  const o = text.charCodeAt(tok.end + 1);
  if (o !== 111 && o !== 79) return undefined; // " over", " out of"
  RATIO.lastIndex = tok.end;
  if (!RATIO.exec(text)) return undefined;
  const at = RATIO.lastIndex;
  const c = text.charCodeAt(at);
  const div = isDigit(c) ? parseDigitsAt(text, at, opts) : parseWordsAt(text, at);
  if (!div || div.vague || div.value === 0 || div.scale !== 1) return undefined;
  if (div.plainInteger && div.value >= 1900 && div.value <= 2100) return undefined;
  CLAUSE_END.lastIndex = div.end;
  if (!CLAUSE_END.test(text)) return undefined;
  return { ...tok, end: div.end, value: tok.value / div.value, low: tok.value / div.value, high: tok.value / div.value, plainInteger: false, words: tok.words || div.words };
}

const SIGN_WORD = /\b(?:minus|negative)[ \t]+$/i;

/** Index of the last character before pos that is not a space or tab, or -1. */
export function prevNonBlank(text: string, pos: number): number {
  let k = pos - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  return k;
}

/** Whether text[…, last] ends with the lower-case word w, in any ASCII case. */
function endsWithWord(text: string, last: number, w: string): boolean {
  const start = last + 1 - w.length;
  if (start < 0) return false;
  for (let i = 0; i < w.length; i++) if ((text.charCodeAt(start + i) | 32) !== w.charCodeAt(i)) return false;
  return true;
}

function applySign(text: string, tok: NumberToken): NumberToken {
  // Cheap test first: only "-", "−", "minus" or "negative" can stand right before.
  const p = prevNonBlank(text, tok.start);
  const pc = p >= 0 ? text.charCodeAt(p) : 0;
  if (pc !== 45 && pc !== 0x2212 && !((pc | 32) === 115 && endsWithWord(text, p, 'minus')) && !((pc | 32) === 101 && endsWithWord(text, p, 'negative'))) return tok;
  const from = Math.max(0, tok.start - 12);
  const before = text.slice(from, tok.start);
  const w = SIGN_WORD.exec(before);
  if (w) return negate(tok, from + w.index);
  const m = NEGATIVE_SIGN.exec(before);
  if (m) {
    const signPos = from + m.index;
    // A sign, not a dash: "-5" touching the number after a space or an opening; "- 1" only after nothing number-like.
    const before1 = signPos > 0 ? text.charCodeAt(signPos - 1) : 32;
    const touching = signPos + 1 === tok.start;
    const opens = before1 === 32 || before1 === 9 || before1 === 10 || before1 === 13 || before1 === 40 || before1 === 61 || before1 === 58;
    if (touching && opens) return negate(tok, signPos);
    let k = signPos - 1;
    while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
    const prev = k >= 0 ? text.charCodeAt(k) : -1;
    if (!touching && (prev === -1 || prev === 10 || prev === 13 || prev === 40 || prev === 61 || prev === 58)) return negate(tok, signPos);
  }
  return tok;
}

function negate(tok: NumberToken, start: number): NumberToken {
  return { ...tok, start, value: -tok.value, low: -tok.high, high: -tok.low, plainInteger: false };
}

export { isLetter, isDigit };
