/**
 * Dates relative to the document's own date: "next year", "last month", "this
 * quarter", "next spring", "early next year", "three years ago", "within 24
 * months", "over the next five years", "the past two years", "today".
 * Without a document date they are still recognised, but left unresolved.
 */
import { dateCandidate, type Candidate } from './build';
import { WordTable } from './wordTable';
import { wordBeforeIn } from './wordBefore';
import { betweenDays, dayPeriod, monthsPeriod, periodContaining, SEASONS, seasonPeriod, shift, yearPeriod, type Period, type TimeUnit } from './calendar';

export interface DateContext {
  doc?: { ms: number; year: number; month: number; day: number };
}

export function dateContext(iso: string | undefined): DateContext {
  // "YYYY-MM-DD" at the start, read by character codes (once per document: no match array, no substrings).
  if (!iso || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return {};
  const year = digitsAt(iso, 0, 4);
  const month1 = digitsAt(iso, 5, 2);
  const day = digitsAt(iso, 8, 2);
  if (year < 0 || month1 < 0 || day < 0) return {};
  const month = month1 - 1;
  const ms = Date.UTC(year, month, day);
  if (!Number.isFinite(ms)) return {};
  return { doc: { ms, year, month, day } };
}

/** The number the n ASCII digits at text[from] spell, or -1 when one is not a digit. */
function digitsAt(text: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 48 && c <= 57)) return -1;
    v = v * 10 + (c - 48);
  }
  return v;
}

/** The year of "next year", "last year", "this year". */
export function relativeYear(ctx: DateContext, which: string | undefined): number | undefined {
  if (!ctx.doc || !which) return undefined;
  const w = which.toLowerCase();
  return ctx.doc.year + (w === 'next' || w === 'coming' || w === 'following' ? 1 : w === 'last' || w === 'previous' || w === 'past' ? -1 : 0);
}

const MODIFIER = /\b(next|last|this|coming|previous|past|current|following)[ \t]+$/i;
const PART_BEFORE = /\b(early|late|mid|the end of|end of|the start of|start of|the beginning of|beginning of)[ \t-]*$/i;
const PART_LAST_WORDS = new WordTable(['early', 'late', 'mid', 'of']);
const MODIFIER_WORDS = new WordTable(['next', 'last', 'this', 'coming', 'previous', 'past', 'current', 'following']);
const PERIOD_NOUNS = new Set(['year', 'month', 'week', 'decade', 'quarter', 'weekend', 'spring', 'summer', 'autumn', 'fall', 'winter']);

/** "next year", "last quarter", "this spring", "early next year"; today, yesterday, tomorrow. */
export function relativeAtNoun(text: string, pos: number, word: string, ctx: DateContext): Candidate | undefined {
  const noun = word.toLowerCase();
  const end = pos + word.length;
  if (noun === 'today' || noun === 'yesterday' || noun === 'tomorrow') {
    const d = ctx.doc;
    const period = d ? dayPeriod(d.year, d.month, d.day + (noun === 'today' ? 0 : noun === 'yesterday' ? -1 : 1)) : undefined;
    return dateCandidate(text, pos, end, period, true);
  }
  if (!PERIOD_NOUNS.has(noun)) return undefined;
  const from = Math.max(0, pos - 14);
  if (!wordBeforeIn(MODIFIER_WORDS, text, pos, from, false)) return undefined;
  const before = text.slice(from, pos);
  const m = MODIFIER.exec(before);
  if (!m) return undefined;
  let start = pos - before.length + m.index;
  const which = m[1].toLowerCase();
  const dir = which === 'next' || which === 'coming' || which === 'following' ? 1 : which === 'last' || which === 'previous' || which === 'past' ? -1 : 0;
  let period = ctx.doc ? relativePeriod(ctx.doc, noun, dir) : undefined;
  // Only a year or a month has a part; PART_BEFORE ends with one of PART_LAST_WORDS.
  const partFrom = Math.max(0, start - 22);
  if ((noun === 'year' || noun === 'month') && wordBeforeIn(PART_LAST_WORDS, text, start, partFrom, true)) {
    const partText = text.slice(partFrom, start);
    const part = PART_BEFORE.exec(partText);
    if (part) {
      start = start - partText.length + part.index;
      if (period) period = partOf(period, part[1].toLowerCase().replace(/^the /, ''));
    }
  }
  return dateCandidate(text, start, end, period, true);
}

function partOf(p: Period, part: string): Period {
  const d = new Date(p.low);
  const months = Math.round((p.high + 1 - p.low) / (30.44 * 86_400_000));
  if (months < 12) return p;
  const y = d.getUTCFullYear();
  if (part === 'early') return monthsPeriod(y, 0, 4);
  if (part === 'late') return monthsPeriod(y, 8, 4);
  if (part === 'end of') return monthsPeriod(y, 9, 3);
  if (part === 'start of' || part === 'beginning of') return monthsPeriod(y, 0, 3);
  return monthsPeriod(y, 4, 4);
}

function relativePeriod(doc: NonNullable<DateContext['doc']>, noun: string, dir: number): Period {
  const { year, month, ms } = doc;
  switch (noun) {
    case 'year':
      return yearPeriod(year + dir);
    case 'month':
      return monthsPeriod(year, month + dir, 1);
    case 'quarter':
      return monthsPeriod(year, month - (month % 3) + 3 * dir, 3);
    case 'decade':
      // "the next decade": the ten years from now; "the last decade": the ten years to now.
      return dir >= 0 ? betweenDays(ms, shift(ms, 'years', 10)) : betweenDays(shift(ms, 'years', -10), ms);
    case 'week':
    case 'weekend': {
      const start = ms + dir * 7 * 86_400_000;
      return betweenDays(start, start + 6 * 86_400_000);
    }
    default: {
      const first = SEASONS.get(noun)!;
      // The season's start this year; "next spring" is the first one starting after the document date.
      const thisYears = Date.UTC(year, first, 1);
      let y = year;
      if (dir > 0 && thisYears <= ms) y = year + 1;
      if (dir < 0) y = Date.UTC(year, first + 3, 1) <= ms ? year : year - 1;
      return seasonPeriod(y, first);
    }
  }
}

const WITHIN = /\b(within|in|over|during|for)[ \t]+(?:the[ \t]+)?(next|coming|past|last|previous|following)?[ \t]*$/i;
const BARE_WINDOW = /\b(?:the[ \t]+)?(next|coming|past|last|previous|following)[ \t]+$/i;
/** The last words WITHIN and BARE_WINDOW can end with. */
const WINDOW_WORDS = new WordTable(['within', 'in', 'over', 'during', 'for', 'the', 'next', 'coming', 'past', 'last', 'previous', 'following']);
const AGO = /[ \t]+(ago|earlier|before|later|from now|hence)\b/iy;

/** Whether blanks and then a letter that can start AGO's words ("ago", "earlier", "before", "later", "from now", "hence") stand at pos. */
function agoMayFollow(text: string, pos: number): boolean {
  let k = pos;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
  if (k === pos) return false;
  const l = text.charCodeAt(k) | 32;
  return l === 97 || l === 101 || l === 98 || l === 108 || l === 102 || l === 104;
}

/**
 * A count of time units that places a date: "within 24 months", "in two
 * years", "over the next five years", "the past two years", "three years ago".
 * `start` is where the number starts, `end` where the unit ends.
 */
export function relativeFromDuration(text: string, start: number, end: number, n: number, unit: TimeUnit, ctx: DateContext): Candidate | undefined {
  if (!Number.isFinite(n) || n < 0 || n > 1000) return undefined;
  AGO.lastIndex = end;
  const ago = agoMayFollow(text, end) ? AGO.exec(text) : null;
  if (ago) {
    const w = ago[1].toLowerCase();
    if (w === 'before' || w === 'earlier' || w === 'later') return undefined; // relative to another event, not to the document
    const dir = w === 'ago' ? -1 : 1;
    const period = ctx.doc ? periodContaining(shift(ctx.doc.ms, unit, dir * n), unit) : undefined;
    return dateCandidate(text, start, AGO.lastIndex, period, true);
  }
  const sliceStart = Math.max(0, start - 30);
  if (!wordBeforeIn(WINDOW_WORDS, text, start, sliceStart, false)) return undefined;
  const before = text.slice(sliceStart, start);
  const w = WITHIN.exec(before) ?? BARE_WINDOW.exec(before);
  if (!w) return undefined;
  // Both patterns start with a word: the preposition (or "the", or the direction) is w[0] up to its first blank.
  let firstBlank = 0;
  while (firstBlank < w[0].length && w[0].charCodeAt(firstBlank) !== 32 && w[0].charCodeAt(firstBlank) !== 9) firstBlank++;
  const prep = w[0].slice(0, firstBlank).toLowerCase();
  const which = (w[2] ?? (w[1] && /^(next|coming|past|last|previous|following)$/i.test(w[1]) ? w[1] : '')).toLowerCase();
  // "for two years" and "over three years" are durations, not dates, unless "next"/"past" says where.
  if ((prep === 'for' || prep === 'over' || prep === 'during') && !which) return undefined;
  const past = which === 'past' || which === 'last' || which === 'previous';
  const s = sliceStart + w.index;
  let period: Period | undefined;
  if (ctx.doc) {
    const from = ctx.doc.ms;
    if (past) period = betweenDays(shift(from, unit, -n), from);
    else if (prep === 'in' && !which) period = periodContaining(shift(from, unit, n), unit);
    else period = betweenDays(from, shift(from, unit, n));
  }
  return dateCandidate(text, s, end, period, true, prep === 'within' ? 'at-most' : 'exact');
}
