/**
 * Absolute dates and periods: ISO dates and timestamps ("2025-12-24 06:14"),
 * numeric dates ("12/25/2025"), written dates ("January 25, 2026", "25 Jan
 * 2026", "Dec. 2025"), months, seasons ("spring 2026"), quarters and halves
 * ("Q3 2025", "the third quarter of 2025", "H1 2025"), fiscal years and
 * years with a part ("early 2026", "mid-2025", "the end of 2025").
 */
import { dateCandidate, type Candidate } from './build';
import { dayPeriod, instantPeriod, MONTHS, monthsPeriod, SEASONS, seasonPeriod, validDay, yearPeriod } from './calendar';
import type { DateContext } from './relativeDates';
import { relativeYear } from './relativeDates';
import { WordTable } from './wordTable';
import { wordBeforeIn } from './wordBefore';
import { isDigit } from '../../text/chars';

const ISO = /(\d{4})[-/.](\d{2})[-/.](\d{2})(?:(?:T|[ \t]+)(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?(?![\d])/y;
const ISO_MONTH = /(\d{4})-(0[1-9]|1[0-2])(?![\d-])/y;
const DECADE = /(\d{3}0)'?s(?![A-Za-z\d])/y;
const NUMERIC = /(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/y;
const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
/** The month of each name as the case-sensitive patterns below match it (no lower-cased copy per date). */
const MONTH_OF_NAME = new Map(MONTH_NAMES.split('|').map((name) => [name, MONTHS.get(name.toLowerCase())!]));
const DAY_MONTH = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?[ \\t]+(?:of[ \\t]+)?(${MONTH_NAMES})\\b\\.?(?:,?[ \\t]+(\\d{4})(?![\\d]))?`, 'y');
const MONTH_LED = new RegExp(`(${MONTH_NAMES})(?:\\b\\.?)(?:[ \\t]+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:]))?(?:,?[ \\t]+(?:of[ \\t]+)?(\\d{4})(?![\\d]))?`, 'y');
const MONTH_CONTEXT = /\b(?:in|since|until|till|by|from|during|through|early|late|mid|end of|start of|beginning of|last|next|this|each|every|of)[ \t-]+$/i;
/** The last words MONTH_CONTEXT can end with. */
const MONTH_CONTEXT_WORDS = new WordTable(['in', 'since', 'until', 'till', 'by', 'from', 'during', 'through', 'early', 'late', 'mid', 'of', 'last', 'next', 'this', 'each', 'every']);
const YEAR_AFTER = /[ \t]+(?:of[ \t]+)?(\d{4})(?![\d])|[ \t]+of[ \t]+(next|last|this)[ \t]+year\b/iy;
const QUARTER_CODE = /(?:Q([1-4])|([1-4])Q)(?:[ \t]*(?:FY)?[ \t]*'?(\d{4}|\d{2}))?(?![A-Za-z\d])/y;
const HALF_CODE = /H([12])(?:[ \t]+(?:FY)?(\d{4}))?(?![A-Za-z\d])/y;
const FISCAL = /(?:FY[ \t]?|fiscal[ \t]+(?:year[ \t]+)?)(\d{4}|\d{2})(?![\d])/iy;
const ORDINAL_PART = /\b(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[ \t]+(?:fiscal[ \t]+)?$/i;
const HALF_BEFORE = /\b(first|second|1st|2nd|latter)[ \t]+$/i;

const ORDINAL_INDEX: Record<string, number> = { first: 0, '1st': 0, second: 1, '2nd': 1, third: 2, '3rd': 2, fourth: 3, '4th': 3, final: 3, last: 3, latter: 1 };

function year2(s: string): number {
  const n = Number(s);
  return s.length === 2 ? 2000 + n : n;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * A quick test before DAY_MONTH: after one or two digits, an optional
 * ordinal suffix, blanks and an optional "of", a capital that can start a
 * month name. Most numbers followed by a blank are not days.
 */
function monthNameMayFollow(text: string, pos: number): boolean {
  let k = pos + 1;
  if (isDigit(text.charCodeAt(k))) k++;
  const l = text.charCodeAt(k);
  if (l >= 97 && l <= 122) k += 2;
  if (!isBlank(text.charCodeAt(k))) return false;
  while (isBlank(text.charCodeAt(k))) k++;
  if (text.charCodeAt(k) === 111 && text.charCodeAt(k + 1) === 102 && isBlank(text.charCodeAt(k + 2))) {
    k += 2;
    while (isBlank(text.charCodeAt(k))) k++;
  }
  const c = text.charCodeAt(k);
  // J(an), F(eb), M(ar, ay), A(pr, ug), S(ep), O(ct), N(ov), D(ec)
  return c === 74 || c === 70 || c === 77 || c === 65 || c === 83 || c === 79 || c === 78 || c === 68;
}

/** A date starting with a digit at pos. */
export function dateAtDigit(text: string, pos: number): Candidate | undefined {
  // Cheap shape tests before the patterns: "dddd-", "d/" or "dd/", "d Month" or "dd Month".
  const c4 = text.charCodeAt(pos + 4);
  const isoShape = c4 === 45 || c4 === 47 || c4 === 46;
  const c1 = text.charCodeAt(pos + 1);
  const c2 = text.charCodeAt(pos + 2);
  const numericShape = c1 === 47 || c2 === 47;
  const dayShape = !isoShape && !numericShape && (c1 === 32 || c2 === 32 || (c1 >= 97 && c1 <= 116) || (c2 >= 97 && c2 <= 116));
  if (c4 === 115 || c4 === 39) {
    // "the 1990s", "1990's": a decade.
    DECADE.lastIndex = pos;
    const dm = DECADE.exec(text);
    if (dm) return dateCandidate(text, pos, DECADE.lastIndex, yearPeriod(Number(dm[1]), 10), false);
  }
  if (!isoShape && !numericShape && !dayShape) return undefined;
  // ISO and ISO_MONTH both want four digits, the separator, a digit: "2019." ends a sentence.
  if (isoShape && !(isDigit(text.charCodeAt(pos + 1)) && isDigit(text.charCodeAt(pos + 2)) && isDigit(text.charCodeAt(pos + 3)) && isDigit(text.charCodeAt(pos + 5)))) return undefined;
  let m: RegExpExecArray | null = null;
  if (isoShape) {
    ISO.lastIndex = pos;
    m = ISO.exec(text);
  }
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
    if (validDay(y, mo, d)) {
      if (m[4] !== undefined) {
        const h = Number(m[4]);
        const mi = Number(m[5]);
        const s = m[6] ? Number(m[6]) : 0;
        if (h < 24 && mi < 60 && s < 61) {
          let ms = Date.UTC(y, mo, d, h, mi, s);
          if (m[7] && m[7] !== 'Z') {
            const sign = m[7][0] === '-' ? -1 : 1;
            const digits = m[7].slice(1).replace(':', '');
            ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
          }
          return dateCandidate(text, pos, ISO.lastIndex, instantPeriod(ms), false);
        }
      }
      const end = pos + 10;
      return dateCandidate(text, pos, end, dayPeriod(y, mo, d), false);
    }
  }
  if (isoShape) {
    ISO_MONTH.lastIndex = pos;
    m = ISO_MONTH.exec(text);
    if (m) return dateCandidate(text, pos, ISO_MONTH.lastIndex, monthsPeriod(Number(m[1]), Number(m[2]) - 1, 1), false);
    return undefined;
  }
  NUMERIC.lastIndex = pos;
  m = numericShape ? NUMERIC.exec(text) : null;
  if (m) {
    let [a, b] = [Number(m[1]), Number(m[2])];
    const y = Number(m[3]);
    // Month first unless that is impossible ("25/12/2025").
    if (a > 12 && b <= 12) [a, b] = [b, a];
    if (validDay(y, a - 1, b)) return dateCandidate(text, pos, NUMERIC.lastIndex, dayPeriod(y, a - 1, b), false);
  }
  if (!monthNameMayFollow(text, pos)) return undefined;
  DAY_MONTH.lastIndex = pos;
  m = DAY_MONTH.exec(text);
  if (m && /^[A-Z]/.test(m[2])) {
    const mo = MONTH_OF_NAME.get(m[2])!;
    const d = Number(m[1]);
    if (m[3] !== undefined && validDay(Number(m[3]), mo, d)) return dateCandidate(text, pos, DAY_MONTH.lastIndex, dayPeriod(Number(m[3]), mo, d), false);
    if (m[3] === undefined && d >= 1 && d <= 31) return dateCandidate(text, pos, DAY_MONTH.lastIndex, undefined, false);
  }
  return undefined;
}

/** A date starting with a month name at pos ("January 25, 2026", "Dec. 2025", "in May"). */
export function dateAtMonth(text: string, pos: number, ctx: DateContext): Candidate | undefined {
  const first = text.charCodeAt(pos);
  if (!(first >= 65 && first <= 90)) return undefined;
  MONTH_LED.lastIndex = pos;
  const m = MONTH_LED.exec(text);
  if (!m) return undefined;
  const mo = MONTH_OF_NAME.get(m[1])!;
  const end = MONTH_LED.lastIndex;
  const day = m[2] !== undefined ? Number(m[2]) : undefined;
  const year = m[3] !== undefined ? Number(m[3]) : undefined;
  // A bare month name is a date only where a date is expected ("in May", not "May I").
  if (day === undefined && year === undefined && !monthContext(text, pos)) return undefined;
  if (day !== undefined && (day < 1 || day > 31)) return undefined;
  if (year !== undefined) {
    if (day !== undefined) return validDay(year, mo, day) ? dateCandidate(text, pos, end, dayPeriod(year, mo, day), false) : undefined;
    return dateCandidate(text, pos, end, monthsPeriod(year, mo, 1), false);
  }
  // No year: the document's year, when it states a date.
  const y = ctx.doc?.year;
  if (y === undefined) return dateCandidate(text, pos, end, undefined, true);
  return dateCandidate(text, pos, end, day !== undefined ? dayPeriod(y, mo, day) : monthsPeriod(y, mo, 1), true);
}

function monthContext(text: string, pos: number): boolean {
  const from = Math.max(0, pos - 20);
  return wordBeforeIn(MONTH_CONTEXT_WORDS, text, pos, from, true) && MONTH_CONTEXT.test(text.slice(from, pos));
}

/** Whether YEAR_AFTER can match at pos: blanks, then a digit or the "o" of "of". */
function yearMayFollow(text: string, pos: number): boolean {
  if (!isBlank(text.charCodeAt(pos))) return false;
  let k = pos + 1;
  while (isBlank(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  return isDigit(c) || (c | 32) === 111;
}

/** "spring 2026", "spring of next year", "next spring" (the last with relativeDates). */
export function dateAtSeason(text: string, pos: number, word: string, ctx: DateContext): Candidate | undefined {
  const first = SEASONS.get(word.toLowerCase());
  if (first === undefined) return undefined;
  const wordEnd = pos + word.length;
  YEAR_AFTER.lastIndex = wordEnd;
  const m = yearMayFollow(text, wordEnd) ? YEAR_AFTER.exec(text) : null;
  if (!m) return undefined;
  const year = m[1] !== undefined ? Number(m[1]) : relativeYear(ctx, m[2]);
  const period = year === undefined ? undefined : seasonPeriod(year, first);
  return dateCandidate(text, pos, YEAR_AFTER.lastIndex, period, m[1] === undefined);
}

/** "Q3 2025", "3Q25", "H1 2025", "FY2025" at pos. */
export function dateAtCode(text: string, pos: number, ctx: DateContext): Candidate | undefined {
  const c = text[pos];
  // Digits start a code only as "3Q25"; letters as "Q3", "H1", "FY", "fiscal".
  if (c >= '0' && c <= '9' && text[pos + 1] !== 'Q') return undefined;
  if (c === 'Q' || /\d/.test(c)) {
    QUARTER_CODE.lastIndex = pos;
    const m = QUARTER_CODE.exec(text);
    if (m) {
      const q = Number(m[1] ?? m[2]) - 1;
      const year = m[3] !== undefined ? year2(m[3]) : ctx.doc?.year;
      return dateCandidate(text, pos, QUARTER_CODE.lastIndex, year === undefined ? undefined : monthsPeriod(year, 3 * q, 3), m[3] === undefined);
    }
  }
  if (c === 'H') {
    HALF_CODE.lastIndex = pos;
    const m = HALF_CODE.exec(text);
    if (m) {
      const year = m[2] !== undefined ? Number(m[2]) : ctx.doc?.year;
      return dateCandidate(text, pos, HALF_CODE.lastIndex, year === undefined ? undefined : monthsPeriod(year, 6 * (Number(m[1]) - 1), 6), m[2] === undefined);
    }
  }
  FISCAL.lastIndex = pos;
  const f = FISCAL.exec(text);
  if (f) return dateCandidate(text, pos, FISCAL.lastIndex, yearPeriod(year2(f[1])), false);
  return undefined;
}

/** "the third quarter of 2025", "the first half of next year", "the fourth quarter" (the document's year). */
export function dateAtPart(text: string, pos: number, word: string, ctx: DateContext): Candidate | undefined {
  const lower = word.toLowerCase();
  const isQuarter = lower === 'quarter';
  const before = text.slice(Math.max(0, pos - 16), pos);
  const m = (isQuarter ? ORDINAL_PART : HALF_BEFORE).exec(before);
  if (!m) return undefined;
  const index = ORDINAL_INDEX[m[1].toLowerCase()];
  const start = pos - before.length + m.index;
  const wordEnd = pos + word.length;
  YEAR_AFTER.lastIndex = wordEnd;
  const y = yearMayFollow(text, wordEnd) ? YEAR_AFTER.exec(text) : null;
  if (!y && !isQuarter) {
    // "the first half" alone is too vague to be a date unless a year follows.
    return undefined;
  }
  const year = y ? (y[1] !== undefined ? Number(y[1]) : relativeYear(ctx, y[2])) : ctx.doc?.year;
  const end = y ? YEAR_AFTER.lastIndex : wordEnd;
  const months = isQuarter ? 3 : 6;
  const period = year === undefined ? undefined : monthsPeriod(year, months * index, months);
  return dateCandidate(text, start, end, period, !y || y[1] === undefined);
}

/** The last words YEAR_PART can end with. */
const YEAR_PART_WORDS = new WordTable(['early', 'mid', 'late', 'of']);
const YEAR_PART = /\b(early|mid|late|the end of|end of|the start of|start of|the beginning of|beginning of|the middle of|middle of)[ \t-]*$/i;

/** A year number, with the part of the year written before it ("early 2026", "mid-2025"). */
export function yearCandidate(text: string, start: number, end: number, year: number): Candidate {
  const from = Math.max(0, start - 20);
  const m = wordBeforeIn(YEAR_PART_WORDS, text, start, from, true) ? YEAR_PART.exec(text.slice(from, start)) : null;
  if (m) {
    const part = m[1].toLowerCase().replace(/^the /, '');
    const s = from + m.index;
    const period =
      part === 'early' ? monthsPeriod(year, 0, 4) :
      part === 'late' ? monthsPeriod(year, 8, 4) :
      part === 'end of' ? monthsPeriod(year, 9, 3) :
      part === 'start of' || part === 'beginning of' ? monthsPeriod(year, 0, 3) :
      monthsPeriod(year, 4, 4);
    return dateCandidate(text, s, end, period, false);
  }
  return dateCandidate(text, start, end, yearPeriod(year), false);
}
