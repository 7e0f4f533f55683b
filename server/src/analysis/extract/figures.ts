/**
 * Figures in a text: money, percentages, counts, numbers, ranges, dates and
 * durations, with their intervals, units, qualifiers and roles.
 *
 * One pass: a scan of the text's code units (figures/triggers.ts) finds every
 * place a figure can start (a digit, a number word, a month, a season, a
 * period noun); the recognizers in `figures/` read around that place with
 * sticky patterns; overlapping candidates keep the longer; neighbours joined
 * by "to", "-" or "between … and" become ranges; then roles and US-dollar
 * values are set.
 *
 * A figure's span covers its qualifier, currency, number, scale and unit
 * ("about 100", "nearly 19 billion USD", "24 months"), not the noun it counts
 * ("experts" is the unit of "about 100"), so an edit that replaces a figure
 * keeps the sentence around it.
 */
import type { Figure } from '../model';
import type { RateTable } from './rates';
import type { Candidate } from './figures/build';
import { NUMBER_TRIGGER_WORDS, ORDINAL_DENOMINATORS } from './figures/numberWords';
import { MONTHS, SEASONS } from './figures/calendar';
import { dateAtCode, dateAtDigit, dateAtMonth, dateAtPart, dateAtSeason } from './figures/dates';
import { dateContext, relativeAtNoun, type DateContext } from './figures/relativeDates';
import { figureAtNumber, modelSizeAtScale } from './figures/numberFigures';
import { mergeRanges } from './figures/ranges';
import { assignRoles } from './figures/roles';
import { convertToUsd } from './figures/money';
import { isDigit, isLetter } from './figures/numbers';
import { TriggerScanner } from './figures/triggers';
import { CodeUnitBuffer } from '../text/codeUnits';
import { WordTable } from './figures/wordTable';
import { isAsciiLetter, isRegExpWordChar } from '../text/chars';

export interface FigureContext {
  rates: RateTable;
  /** The document's own date (ISO 8601), against which relative dates resolve. */
  documentDate?: string;
}

const PERIOD_WORDS = ['year', 'month', 'week', 'weekend', 'decade', 'quarter', 'today', 'tomorrow', 'yesterday', 'fiscal'];
/** The words a figure can start with (besides "FY", "Q3", "H1" and digits). */
export const TRIGGER_WORDS = [...new Set([...NUMBER_TRIGGER_WORDS, ...ORDINAL_DENOMINATORS.keys(), 'tens', ...MONTHS.keys(), ...SEASONS.keys(), ...PERIOD_WORDS])];
/** Every place a figure can start but the first (see triggers.ts). */
const TRIGGERS = new TriggerScanner(new WordTable([...TRIGGER_WORDS, 'fy']));
/** The text findCandidates reads, as code units. */
const codeUnits = new CodeUnitBuffer();

const MID = /\b(?:mid|early|late|pre|post)-$/i;
const CHAIN = /[+]?\d+(?:[-–]\d+){2,}/y;

/** "+1-222-2222-2222", "978-3-16-148410-0": three or more digit groups joined by dashes are a code, not figures. */
function isCodeChain(text: string, pos: number): boolean {
  // Cheap test first: the digits at pos must be followed by a dash.
  let k = pos;
  while (isDigit(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  if (k === pos || (c !== 45 && c !== 0x2013)) return false;
  CHAIN.lastIndex = pos;
  return CHAIN.test(text);
}

const SCALE_ALONE = new Set(['thousand', 'million', 'billion', 'trillion']);

const enum WordKind {
  Month,
  Season,
  Period,
  Scale,
  Number,
}
/** What each trigger word is, in the order candidateAtWord tries them (one lookup instead of a test per set). */
const WORD_KIND = new Map<string, WordKind>(
  TRIGGER_WORDS.map((w) => [
    w,
    MONTHS.has(w) ? WordKind.Month : SEASONS.has(w) ? WordKind.Season : PERIOD_WORDS.includes(w) ? WordKind.Period : SCALE_ALONE.has(w) ? WordKind.Scale : WordKind.Number,
  ]),
);
const GLUED_CODE = /(?:\b(?:[A-Z]{3}|Q|H|FY))$/;

/**
 * Finds every figure in text, in order of position, never overlapping.
 * `units`, when given, holds the text's code units with a 0 after them
 * (CodeUnitBuffer.of): analyze.ts copies a text once for every pass.
 */
export function extractFigures(text: string, ctx: FigureContext, units?: Uint16Array): Figure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const dates = dateContext(ctx.documentDate);
  const merged = mergeRanges(text, findCandidates(text, dates, units ?? codeUnits.of(text)));
  // Pushed, not mapped: an inlined map() makes holey arrays and the builtin packed ones, and readers of both kinds were deoptimized.
  const figures: Figure[] = [];
  for (const c of merged) figures.push(c.fig);
  assignRoles(text, figures);
  const year = dates.doc?.year;
  for (const f of figures) if (f.kind === 'money' || (f.kind === 'range' && f.rangeOf === 'money')) convertToUsd(f, ctx.rates, year);
  return figures;
}

/**
 * Every candidate from the start of the text on, sorted and disjoint; after a
 * candidate the search goes on at its end. (Its own function: figures of many
 * shapes pass through extractFigures, and this loop should not be deoptimized
 * with it.)
 */
function findCandidates(text: string, dates: DateContext, u: Uint16Array): Candidate[] {
  const found: Candidate[] = [];
  let from = 0;
  while (from < text.length) {
    let pos: number;
    let end: number;
    let word: boolean;
    // A word right at `from`, whose character before the scan does not read.
    const wordEnd = isAsciiLetter(u[from]) && (from === 0 || !isRegExpWordChar(u[from - 1])) ? TRIGGERS.wordEndAt(text, u, from) : -1;
    if (wordEnd >= 0) {
      pos = from;
      end = wordEnd;
      word = true;
    } else {
      end = TRIGGERS.nextEnd(text, u, from);
      if (end < 0) break;
      pos = triggerStart(text, from, end);
      word = isAsciiLetter(text.charCodeAt(pos));
    }
    const digit = !word && isDigit(text.charCodeAt(pos));
    const cand = word ? candidateAtWord(text, pos, end, dates) : candidateAtDigit(text, pos, dates);
    if (cand) {
      push(found, cand);
      from = cand.fig.end > end ? cand.fig.end : end;
    } else if (digit) {
      // Skip the rest of a run of digits and letters that is not a figure ("Web3", "29km").
      let k = pos + 1;
      while (k < text.length && (isDigit(text.charCodeAt(k)) || isLetter(text.charCodeAt(k)) || (text.charCodeAt(k) === 45 && isDigit(text.charCodeAt(k + 1))))) k++;
      from = k;
    } else from = end;
  }
  return found;
}

/**
 * Where the trigger found from `from` and ending at `end` starts (after the
 * character before a word): a word ends with a letter, and is preceded by
 * the character the scan took; "Q3" and "H1" (either case)
 * end with a digit, and win over the digit when that character is in the
 * search; else ".5" or a lone digit.
 */
function triggerStart(text: string, from: number, end: number): number {
  const last = text.charCodeAt(end - 1);
  if (isAsciiLetter(last)) {
    let p = end - 1;
    while (isAsciiLetter(text.charCodeAt(p - 1))) p--;
    return p;
  }
  const code = text.charCodeAt(end - 2) | 32;
  if ((code === 113 || code === 104) && last >= 49 && last <= 52 && end - 3 >= from && !isRegExpWordChar(text.charCodeAt(end - 3)) && !isRegExpWordChar(text.charCodeAt(end))) return end - 2;
  return end - 2 >= from && text.charCodeAt(end - 2) === 46 ? end - 2 : end - 1;
}

/** Keeps candidates sorted and disjoint: of two overlapping, the longer stays. */
function push(found: Candidate[], c: Candidate): void {
  while (found.length > 0) {
    const last = found[found.length - 1];
    if (last.fig.end <= c.fig.start) break;
    if (last.fig.end - last.fig.start >= c.fig.end - c.fig.start) return;
    found.pop();
  }
  found.push(c);
}

function candidateAtDigit(text: string, pos: number, dates: DateContext): Candidate | undefined {
  if (pos > 0 && isLetter(text.charCodeAt(pos - 1))) return gluedAt(text, pos, dates);
  if (pos > 0 && isDigit(text.charCodeAt(pos - 1))) return undefined;
  if (pos > 1 && text.charCodeAt(pos - 1) === 47 && isDigit(text.charCodeAt(pos - 2))) return undefined; // the "7" of "24/7"
  // "layer-2", "COVID-19", "F-35": a number that is part of a name ("mid-2025" is a date).
  if (pos > 1 && text.charCodeAt(pos - 1) === 45 && isLetter(text.charCodeAt(pos - 2)) && !MID.test(text.slice(Math.max(0, pos - 5), pos))) return undefined;
  // A code starts with a digit only as "3Q25".
  const d = dateAtDigit(text, pos) ?? (text.charCodeAt(pos + 1) === 81 ? dateAtCode(text, pos, dates) : undefined);
  // A date here always reaches at least as far as the number would, so it wins without reading the number:
  // the number stops at the date's first separator ("2025-", "12/", "2025.12", "5 May"), and what follows
  // there (a digit, a capitalised month name, "Q", "s") starts no scale, unit, currency or qualifier.
  if (d) return d;
  if (isCodeChain(text, pos)) return undefined;
  return figureAtNumber(text, pos, dates);
}

/** A figure starting with the listed word, "FY", "Q3" or "H1" at text[pos, end). */
function candidateAtWord(text: string, pos: number, end: number, dates: DateContext): Candidate | undefined {
  // The listed word in lower case, from the table (no slice, no lower-cased copy); none for "Q3", "H1".
  const word = TRIGGERS.words.find(text, pos, end);
  if (word === undefined || word === 'fy') {
    const c = text.charCodeAt(pos);
    return c >= 65 && c <= 90 ? dateAtCode(text, pos, dates) : undefined;
  }
  // The recognizers below read only the word's lower case and length.
  if (word === 'fiscal') return dateAtCode(text, pos, dates);
  if (word === 'quarter' || word === 'half') {
    return dateAtPart(text, pos, word, dates) ?? (word === 'quarter' ? relativeAtNoun(text, pos, word, dates) : undefined) ?? figureAtNumber(text, pos, dates);
  }
  switch (WORD_KIND.get(word)) {
    case WordKind.Month:
      return dateAtMonth(text, pos, dates);
    case WordKind.Season:
      return dateAtSeason(text, pos, word, dates) ?? relativeAtNoun(text, pos, word, dates);
    case WordKind.Period:
      return relativeAtNoun(text, pos, word, dates);
    case WordKind.Scale:
      return modelSizeAtScale(text, pos, word) ?? figureAtNumber(text, pos, dates);
    default:
      return figureAtNumber(text, pos, dates);
  }
}

/** A digit glued to letters before it: a currency code ("JPY20"), a quarter ("Q3"), a fiscal year ("FY2025"), a counter ("Reply0"). */
function gluedAt(text: string, pos: number, dates: DateContext): Candidate | undefined {
  const before = text.slice(Math.max(0, pos - 8), pos);
  const g = GLUED_CODE.exec(before);
  if (g) {
    if (g[0] === 'Q' || g[0] === 'H' || g[0] === 'FY') return dateAtCode(text, pos - g[0].length, dates);
    return figureAtNumber(text, pos, dates);
  }
  if (/(?:Reply|Replies|Likes?|Comments?|Shares?|Reposts?|Views?)$/i.test(before)) {
    const n = figureAtNumber(text, pos, dates);
    return n && n.fig.kind === 'number' ? n : undefined;
  }
  return undefined;
}
