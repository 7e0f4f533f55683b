/**
 * Spelled-out numbers: "twenty-one trillion and three hundred", "one hundred
 * and three and two thirds", "a dozen", "nine point nought four", "hundreds
 * of thousands". A small state machine over the words from pos on.
 */
import type { NumberToken } from './numbers';
import { AFTER_SINGULAR_FRACTION, COMPOUND_ORDINALS, ORDINAL_DENOMINATORS, SCALE_WORDS, TENS, UNITS, VAGUE_PLURALS } from './numberWords';
import { WordTable } from './wordTable';
import { wordBeforeIn } from './wordBefore';
import { isAsciiLetter } from '../../text/chars';

interface Word {
  word: string;
  start: number;
  end: number;
  /** Joined to the previous word by a hyphen ("twenty-one", "one - fourth"). */
  hyphen: boolean;
}

/** Every word the parser tests for, in lower case; any other word reads as OTHER_WORD, which no test takes. */
const PARSER_WORDS = new WordTable([
  ...UNITS.keys(), ...TENS.keys(), ...SCALE_WORDS.keys(), ...VAGUE_PLURALS.keys(), ...ORDINAL_DENOMINATORS.keys(), ...COMPOUND_ORDINALS.keys(),
  ...AFTER_SINGULAR_FRACTION, 'a', 'and', 'of', 'one', 'tens', 'hundred', 'dozen', 'dozens', 'doz', 'dozs', 'point',
]);
const OTHER_WORD = '';

/** The run of ASCII letters at pos (no pattern, no lower-cased copy: the word comes from the table). */
function wordAt(text: string, pos: number): Word | undefined {
  let end = pos;
  while (isAsciiLetter(text.charCodeAt(end))) end++;
  if (end === pos) return undefined;
  return { word: PARSER_WORDS.find(text, pos, end) ?? OTHER_WORD, start: pos, end, hyphen: false };
}

/** The word after the one ending at pos, across spaces or one hyphen (not a line break). */
function nextWord(text: string, pos: number): Word | undefined {
  // Blanks, then maybe a hyphen and spaces or tabs (read in code: this runs after every number word).
  let at = pos;
  while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9 || text.charCodeAt(at) === 0xa0) at++;
  const c = text.charCodeAt(at);
  const hyphen = c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013;
  if (hyphen) {
    at++;
    while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
  }
  if (at === pos) return undefined;
  const w = wordAt(text, at);
  if (w) w.hyphen = hyphen;
  return w;
}

type Last = 'none' | 'a' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'dozen' | 'and';

const isSingular = (w: string) => !w.endsWith('s');

function singularFractionOk(text: string, w: Word): boolean {
  if (!isSingular(w.word)) return true;
  const after = nextWord(text, w.end);
  if (!after || after.hyphen) return !after;
  // Only a space between: the next word decides ("a third of" vs "a third round").
  return AFTER_SINGULAR_FRACTION.has(after.word);
}

function token(start: number, end: number, value: number, low = value, high = value, vague = false): NumberToken {
  return { start, end, value, low, high, words: true, scale: 1, plainInteger: false, vague };
}

/** Parses the spelled-out number starting at pos (or at an "a"/"an" right before it). */
export function parseWordsAt(text: string, pos: number): NumberToken | undefined {
  const first = wordAt(text, pos);
  if (!first) return undefined;
  const vague = parseVague(text, first);
  if (vague) return vague;
  const article = articleBefore(text, pos);
  if (article !== undefined) {
    const withA = parseFrom(text, article, true);
    if (withA) return withA;
  }
  const t = parseFrom(text, pos, false);
  if (t && t.end - t.start === 3 && first.word === 'one' && isPronounOne(text, t.start, t.end)) return undefined;
  return t;
}

const ARTICLE = /\b(an?)[ \t]+$/i;
/** Start of an "a"/"an" standing right before pos, if any. */
function articleBefore(text: string, pos: number): number | undefined {
  // Cheap test first: blanks right before pos, and an "a" or "n" before them.
  let k = pos - 1;
  if (text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 9) return undefined;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k--;
  const l = text.charCodeAt(k) | 32;
  if (l !== 97 && l !== 110) return undefined;
  const from = Math.max(0, pos - 5);
  const m = ARTICLE.exec(text.slice(from, pos));
  if (!m) return undefined;
  const at = from + m.index;
  const prev = at > 0 ? text.charCodeAt(at - 1) : 32;
  return /[A-Za-z]/.test(String.fromCharCode(prev)) ? undefined : at;
}

const PRONOUN_BEFORE = /\b(?:the|this|that|no|each|any|every|which|the only|one)[ \t]+$/i;
const PRONOUN_AFTER = /^[ \t]+(?:of|another|by|or another|at a time)\b/i;
/** The words PRONOUN_BEFORE can end with. */
const PRONOUN_LAST_WORDS = new WordTable(['the', 'this', 'that', 'no', 'each', 'any', 'every', 'which', 'only', 'one']);
/** "one of the largest", "no one", "this one": a pronoun, not a figure. */
function isPronounOne(text: string, start: number, end: number): boolean {
  // Cheap tests first: a word PRONOUN_BEFORE can end with before, a blank and "o", "a" or "b" after.
  const from = Math.max(0, start - 12);
  if (wordBeforeIn(PRONOUN_LAST_WORDS, text, start, from, false) && PRONOUN_BEFORE.test(text.slice(from, start))) return true;
  const c = text.charCodeAt(end);
  if (c !== 32 && c !== 9) return false;
  let k = end + 1;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
  const l = text.charCodeAt(k) | 32;
  return (l === 111 || l === 97 || l === 98) && PRONOUN_AFTER.test(text.slice(end, end + 14));
}

/** "hundreds", "dozens of", "tens of thousands", "hundreds of millions". */
function parseVague(text: string, first: Word): NumberToken | undefined {
  let range = VAGUE_PLURALS.get(first.word);
  if (!range && first.word !== 'tens') return undefined;
  let end = first.end;
  const of = nextWord(text, first.end);
  if (of && of.word === 'of' && !of.hyphen) {
    const big = nextWord(text, of.end);
    const inner = big && !big.hyphen ? VAGUE_PLURALS.get(big.word) : undefined;
    if (big && inner && big.word !== 'dozens' && big.word !== 'scores') {
      const unit = inner[0] / 2; // thousands → 1000
      const outer = range ?? [20, 99];
      range = [outer[0] * unit, outer[1] * unit + (unit - 1)];
      end = big.end;
    }
  }
  if (!range) return undefined;
  return token(first.start, end, range[0], range[0], range[1], true);
}

function parseFrom(text: string, pos: number, article: boolean): NumberToken | undefined {
  let total = 0;
  let group = 0;
  let segStart = 0;
  let last: Last = 'none';
  let end = pos;
  let any = false;
  let w: Word | undefined = wordAt(text, pos);
  if (article) {
    // "a"/"an" counts as one before a multiplier or a fraction.
    const next = w ? nextWord(text, w.end) : undefined;
    if (!next || next.hyphen) return undefined;
    const ok = next.word === 'hundred' || next.word === 'dozen' || SCALE_WORDS.has(next.word) || ORDINAL_DENOMINATORS.has(next.word) || (TENS.has(next.word) && isCompoundOrdinal(text, next));
    if (!ok) return undefined;
    last = 'a';
    w = next;
  }
  // A bare multiplier ("million-dollar", "trillion-parameter") is not a number on its own.
  if (!article && w && (w.word === 'hundred' || w.word === 'dozen' || SCALE_WORDS.has(w.word))) return undefined;
  let result: number | undefined;
  while (w) {
    const word = w.word;
    const unit = UNITS.get(word);
    const tens = TENS.get(word);
    const scale = SCALE_WORDS.get(word);
    const denominator = ORDINAL_DENOMINATORS.get(word);
    const current = total + group;
    if (unit !== undefined) {
      if (last === 'unit' || last === 'teen' || last === 'a' || (last === 'tens' && unit >= 10) || last === 'dozen') break;
      group += unit;
      last = unit < 10 ? 'unit' : 'teen';
    } else if (tens !== undefined) {
      const ord = compoundOrdinalAfter(text, w);
      if (ord !== undefined && (any || last === 'a')) {
        // "a twenty-first", "one hundred thirty fifths": the tens word opens the denominator.
        const num = last === 'a' ? 1 : current - segStart;
        const base = last === 'a' ? current : segStart;
        result = base + num / (tens + ord.value);
        end = ord.end;
        break;
      }
      if (last === 'unit' || last === 'teen' || last === 'tens' || last === 'a' || last === 'dozen') break;
      group += tens;
      last = 'tens';
    } else if (word === 'hundred') {
      if (last === 'hundred' || last === 'dozen') break;
      group = (group || 1) * 100;
      last = 'hundred';
    } else if (scale !== undefined) {
      if (last === 'scale') total = (total + group) * scale;
      else total += (group || 1) * scale;
      group = 0;
      last = 'scale';
    } else if ((word === 'dozen' || word === 'dozens' || word === 'doz' || word === 'dozs') && (any || last === 'a')) {
      group = (group || 1) * 12;
      last = 'dozen';
    } else if (word === 'and' && any) {
      const next = nextWord(text, w.end);
      if (!next || next.hyphen) break;
      // "one hundred and six", "a million and three hundred"; after a smaller group only a fraction follows ("one and a half").
      const continues =
        ((last === 'hundred' || last === 'scale') && (UNITS.has(next.word) || TENS.has(next.word))) ||
        (next.word === 'a' && isFractionAfter(text, next)) ||
        ((UNITS.has(next.word) || TENS.has(next.word)) && fractionFollows(text, next));
      if (!continues) break;
      segStart = current;
      if (next.word === 'a') {
        last = 'a';
        w = nextWord(text, next.end);
        continue;
      }
      last = 'and';
    } else if (word === 'point' && any) {
      const dec = parseDecimalWords(text, w.end);
      if (!dec) break;
      result = current + dec.value;
      end = dec.end;
      break;
    } else if (denominator !== undefined && (any || last === 'a')) {
      if (!singularFractionOk(text, w)) break;
      const num = last === 'a' ? 1 : current - segStart;
      const base = last === 'a' ? current : segStart;
      result = base + num / denominator;
      end = w.end;
      break;
    } else {
      break;
    }
    if (last !== 'and') {
      any = true;
      end = w.end;
    }
    w = nextWord(text, w.end);
  }
  if (!any && result === undefined) return undefined;
  const value = result ?? total + group;
  return token(pos, end, value);
}

function isCompoundOrdinal(text: string, tens: Word): boolean {
  return compoundOrdinalAfter(text, tens) !== undefined;
}

/** "twenty-first", "twenty fifths": the ordinal right after a tens word. */
function compoundOrdinalAfter(text: string, tens: Word): { value: number; end: number } | undefined {
  const next = nextWord(text, tens.end);
  if (!next) return undefined;
  const v = COMPOUND_ORDINALS.get(next.word);
  if (v === undefined) return undefined;
  if (!singularFractionOk(text, next)) return undefined;
  return { value: v, end: next.end };
}

/** A numerator word followed (possibly through a compound) by a fraction denominator: "three fifths", "twenty-one hundredths". */
function fractionFollows(text: string, w: Word): boolean {
  let next = nextWord(text, w.end);
  if (next && TENS.has(w.word) && UNITS.has(next.word) && next.hyphen) next = nextWord(text, next.end);
  return !!next && (ORDINAL_DENOMINATORS.has(next.word) || (TENS.has(w.word) && COMPOUND_ORDINALS.has(next.word)));
}

function isFractionAfter(text: string, a: Word): boolean {
  const next = nextWord(text, a.end);
  return !!next && ORDINAL_DENOMINATORS.has(next.word);
}

/** The digits after "point": "seventy-one" → .71, "nought four" → .04. */
function parseDecimalWords(text: string, pos: number): { value: number; end: number } | undefined {
  let digits = '';
  let end = pos;
  let w = nextWord(text, pos);
  while (w && !(digits && w.hyphen && !TENS.has(w.word))) {
    const u = UNITS.get(w.word);
    const t = TENS.get(w.word);
    if (u !== undefined && u < 10) {
      digits += String(u);
    } else if (u !== undefined) {
      digits += String(u);
    } else if (t !== undefined) {
      const after = nextWord(text, w.end);
      const tail = after ? UNITS.get(after.word) : undefined;
      if (after && tail !== undefined && tail > 0 && tail < 10) {
        digits += String(t + tail);
        w = after;
      } else digits += String(t);
    } else break;
    end = w.end;
    w = nextWord(text, w.end);
  }
  if (!digits) return undefined;
  return { value: Number(`0.${digits}`), end };
}
