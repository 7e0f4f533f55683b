/**
 * Qualifiers before and after a figure, and the interval they give it:
 * "about 100" is 100 ± 10%, "nearly 19 billion" is [0.9 × 19e9, 19e9],
 * "over 15 billion" is (15e9, ∞), "at least 40%" is [40, ∞), "up to 700" is
 * [0, 700], "500 or more" is [500, ∞).
 */
import type { FigureKind, Qualifier } from '../../model';
import { WordTable } from './wordTable';
import { isAsciiLetter } from '../../text/chars';

/** Relative tolerance of "about". */
export const ABOUT_TOLERANCE = 0.1;

const BEFORE: ReadonlyArray<[string, Qualifier]> = [
  ['greater than or equal to', 'at-least'], ['more than or equal to', 'at-least'], ['bigger than or equal to', 'at-least'],
  ['greater or equal than', 'at-least'], ['bigger or equal than', 'at-least'], ['more or equal than', 'at-least'], ['at least or equal to', 'at-least'],
  ['less than or equal to', 'at-most'], ['smaller than or equal to', 'at-most'], ['fewer than or equal to', 'at-most'],
  ['less or equal than', 'at-most'], ['smaller or equal than', 'at-most'],
  ['about', 'about'], ['approximately', 'about'], ['approx\\.?', 'about'], ['around', 'about'], ['roughly', 'about'],
  ['some', 'about'], ['circa', 'about'], ['ca\\.', 'about'], ['an estimated', 'about'], ['estimated', 'about'], ['~', 'about'],
  ['≈', 'about'], ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just under', 'nearly'], ['just shy of', 'nearly'],
  ['over', 'over'], ['more than', 'over'], ['above', 'over'], ['exceeding', 'over'], ['exceeds?', 'over'], ['in excess of', 'over'],
  ['upwards of', 'over'], ['greater than', 'over'], ['bigger than', 'over'], ['higher than', 'over'], ['just over', 'over'], ['>', 'over'],
  ['at least', 'at-least'], ['no less than', 'at-least'], ['no fewer than', 'at-least'], ['a minimum of', 'at-least'], ['minimum of', 'at-least'], ['>=', 'at-least'], ['≥', 'at-least'],
  ['less than', 'under'], ['fewer than', 'under'], ['under', 'under'], ['below', 'under'], ['smaller than', 'under'], ['lower than', 'under'], ['<', 'under'],
  ['up to', 'at-most'], ['at most', 'at-most'], ['no more than', 'at-most'], ['a maximum of', 'at-most'], ['maximum of', 'at-most'],
  ['as much as', 'at-most'], ['as many as', 'at-most'], ['<=', 'at-most'], ['≤', 'at-most'],
];

const words = BEFORE.filter(([w]) => /[a-z]/.test(w)).map(([w]) => w.replace(/ /g, '[ \\t]+'));
const symbols = BEFORE.filter(([w]) => !/[a-z]/.test(w)).map(([w]) => w);
/** Words need a word boundary before them; symbols may touch a name ("x>10"). */
const BEFORE_RE = new RegExp(`(?:(?:^|[^A-Za-z])(${words.join('|')})|(?:^|[^<>=~≈≤≥])(${symbols.join('|')}))[ \\t]*$`, 'i');
/** Qualifier by its words, lower-case, single-spaced; optional letters expanded ("exceeds?", "approx\\.?"). */
const BEFORE_MAP = new Map<string, Qualifier>(
  BEFORE.flatMap(([w, q]): Array<[string, Qualifier]> => {
    const plain = w.replace(/\\\./g, '.');
    if (plain.endsWith('?')) {
      const base = plain.slice(0, -2);
      return [[base, q], [base + plain[plain.length - 2], q]];
    }
    return [[plain, q]];
  }),
);

export interface QualifierMatch {
  qualifier: Qualifier;
  start: number;
}

/** Last words of every qualifier, to skip the pattern when the word before a number cannot end one. */
const LAST_WORDS = new Set(
  BEFORE.flatMap(([w]) => {
    const last = w.replace(/\\\./g, '').replace(/[^a-z ]/g, '').split(' ').pop()!;
    return [last, last.replace(/s$/, '')];
  }),
);
const LAST_WORD_TABLE = new WordTable([...LAST_WORDS].filter((w) => w !== ''));
/** Symbols leave an empty last word: then nothing before the number is a word either. */
const EMPTY_LAST_WORD = LAST_WORDS.has('');

function isLastWord(text: string, start: number, end: number): boolean {
  return end === start ? EMPTY_LAST_WORD : LAST_WORD_TABLE.has(text, start, end);
}

/**
 * For each last word of a qualifier of several words ("to" of "up to"), the
 * words that can stand before it; and the last words that are a qualifier
 * alone ("about"). "to", "of" and "than" are common before numbers, and
 * mostly not in a qualifier.
 */
const ALONE = new Set<string>();
const WORD_BEFORE = new Map<string, Set<string>>();
for (const phrase of BEFORE_MAP.keys()) {
  if (!/[a-z]/.test(phrase)) continue;
  const words = phrase.split(' ');
  const last = words.pop()!.replace(/\.$/, '');
  if (words.length === 0) ALONE.add(last);
  else WORD_BEFORE.set(last, new Set([...(WORD_BEFORE.get(last) ?? []), words[words.length - 1]]));
}
const WORD_BEFORE_TABLES = new Map([...WORD_BEFORE].map(([w, before]) => [w, new WordTable(before)]));

/** Whether the last word text[start, end) and the word before it (not before `from`) can end a qualifier. */
function endsQualifier(text: string, start: number, end: number, from: number): boolean {
  const last = LAST_WORD_TABLE.find(text, start, end);
  if (last === undefined) return false;
  if (ALONE.has(last)) return true;
  const before = WORD_BEFORE_TABLES.get(last);
  if (before === undefined) return false;
  let k = start - 1;
  while (k >= from && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  let j = k;
  while (j >= from && isAsciiLetter(text.charCodeAt(j))) j--;
  return j < k && before.has(text, j + 1, k + 1);
}

function isWordChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

/**
 * Qualifiers of one word that end no longer qualifier ("about", "nearly",
 * not "over" of "just over"): when such a word stands alone before the
 * number, it is the pattern's match, known without running it.
 */
const SOLE_WORDS = new Map([...BEFORE_MAP].filter(([w]) => ALONE.has(w) && !WORD_BEFORE.has(w)));

/** What the word before pos says: no qualifier (undefined), maybe one (the pattern decides), or a sole word's match. */
function quickQualifier(text: string, pos: number): QualifierMatch | 'maybe' | undefined {
  let k = pos - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  if (k < 0) return undefined;
  const c = text.charCodeAt(k);
  if (c === 126 || c === 60 || c === 61 || c === 62 || c === 0x2248 || c === 0x2264 || c === 0x2265) return 'maybe';
  if (!isWordChar(c)) return undefined;
  let j = k;
  while (j >= 0 && isWordChar(text.charCodeAt(j))) j--;
  if (k - j > 14) return undefined;
  const end = text.charCodeAt(k) === 46 ? k : k + 1; // "approx." → "approx"
  if (!(isLastWord(text, j + 1, end) || (end > j + 1 && (text.charCodeAt(end - 1) | 32) === 115 && isLastWord(text, j + 1, end - 1)))) return undefined;
  // The pattern looks 24 characters back; so does the test of the word before the last.
  const from = Math.max(0, pos - 24);
  if (end !== j + 1 && !endsQualifier(text, j + 1, end, from)) return undefined;
  // A sole word of letters, inside the pattern's window, a blank before the number: the pattern would match just it.
  if (end === k + 1 && end < pos && j + 1 >= from) {
    const w = LAST_WORD_TABLE.find(text, j + 1, end);
    const q = w === undefined ? undefined : SOLE_WORDS.get(w);
    if (q !== undefined) return { qualifier: q, start: j + 1 };
  }
  return 'maybe';
}

/** The qualifier right before pos, if any. */
export function qualifierBefore(text: string, pos: number): QualifierMatch | undefined {
  const quick = quickQualifier(text, pos);
  if (quick !== 'maybe') return quick;
  const from = Math.max(0, pos - 24);
  const slice = text.slice(from, pos);
  const m = BEFORE_RE.exec(slice);
  if (!m) return undefined;
  const word = m[1] ?? m[2];
  // Words must be separated from the number; symbols may touch it.
  const isSymbol = m[2] !== undefined;
  const lastCode = m[0].charCodeAt(m[0].length - 1);
  if (!isSymbol && lastCode !== 32 && lastCode !== 9) return undefined;
  const lower = word.toLowerCase();
  const q = BEFORE_MAP.get(lower.includes(' ') || lower.includes('\t') ? lower.replace(/[ \t]+/g, ' ') : lower);
  if (!q) return undefined;
  return { qualifier: q, start: from + m.index + m[0].indexOf(word) };
}

/** First letters of the words AFTER takes after "or" (more, greater, higher, above, over, less, fewer, lower, below, under) and after "and" (up, above, over). */
const OR_NEXT = 'mghaolfbu';
const AND_NEXT = 'uao';
const AFTER = /[ \t]+(or[ \t]+(?:more|greater|higher|above|over)|or[ \t]+(?:less|fewer|lower|below|under)|and[ \t]+(?:up|above|over))\b|(\+)(?![\d])/iy;

/** "or more", "or less", "+" right after a figure. */
export function qualifierAfter(text: string, pos: number): { qualifier: Qualifier; end: number } | undefined {
  // Cheap test first: a "+", or blanks, "or" or "and", blanks and a letter that can start the word AFTER wants next.
  const c = text.charCodeAt(pos);
  if (c !== 43) {
    if (c !== 32 && c !== 9) return undefined;
    let k = pos + 1;
    while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
    const l = text.charCodeAt(k) | 32;
    let next: string;
    if (l === 111) {
      if ((text.charCodeAt(k + 1) | 32) !== 114) return undefined;
      k += 2;
      next = OR_NEXT;
    } else if (l === 97) {
      if ((text.charCodeAt(k + 1) | 32) !== 110 || (text.charCodeAt(k + 2) | 32) !== 100) return undefined;
      k += 3;
      next = AND_NEXT;
    } else return undefined;
    if (text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 9) return undefined;
    while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
    const n = text.charCodeAt(k) | 32;
    if (n < 97 || n > 122 || !next.includes(String.fromCharCode(n))) return undefined;
  }
  AFTER.lastIndex = pos;
  const m = AFTER.exec(text);
  if (!m) return undefined;
  const w = (m[1] ?? m[2]).toLowerCase();
  const q: Qualifier = w === '+' || /more|greater|higher|above|over|up/.test(w) ? 'at-least' : 'at-most';
  return { qualifier: q, end: AFTER.lastIndex };
}

/** Kinds whose values cannot be negative: an open lower bound stops at zero. */
const NON_NEGATIVE: ReadonlySet<FigureKind> = new Set(['money', 'count', 'duration']);

/** The interval a qualifier gives a value. */
export function interval(value: number, qualifier: Qualifier, kind: FigureKind): [number, number] {
  const floor = NON_NEGATIVE.has(kind) && value >= 0 ? 0 : -Infinity;
  const a = Math.abs(value);
  switch (qualifier) {
    case 'about':
      return [value - ABOUT_TOLERANCE * a, value + ABOUT_TOLERANCE * a];
    case 'nearly':
      return value >= 0 ? [value * 0.9, value] : [value, value * 0.9];
    case 'over':
    case 'at-least':
      return [value, Infinity];
    case 'under':
    case 'at-most':
      return [floor, value];
    default:
      return [value, value];
  }
}
