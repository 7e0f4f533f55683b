/**
 * Everything a number can be, decided by what stands around it: money (a
 * currency before or after), a percentage, a duration or a relative date (a
 * time unit), a count (a plural noun), a year, or a plain number; then the
 * qualifier before it sets the interval.
 */
import type { FigureKind, Qualifier } from '../../model';
import { figure, type Candidate } from './build';
import { countNounAfter } from './counts';
import { currencyAfter, currencyBefore } from './currencies';
import { yearCandidate } from './dates';
import { timeUnitAfter } from './durations';
import { centsAfter } from './money';
import { parseNumberAt, type NumberOptions } from './numbers';
import { percentAfter, percentBefore } from './percent';
import { interval, qualifierAfter, qualifierBefore } from './qualifiers';
import { classifyFollow, Follow } from './follow';
import { relativeFromDuration, type DateContext } from './relativeDates';
import { WordTable } from './wordTable';
import { codeBefore, wordBeforeIn } from './wordBefore';

const OF = /[ \t]+of(?=[ \t])/y;
const PARAMETERS = /[ \t]*-?[ \t]*param(?:eter)?s?\b/iy;
const YEAR_CONTEXT = /\b(?:in|since|by|of|until|till|from|during|through|before|after|to|and|or|early|mid|late|year|fiscal|the|end|start|beginning|already|,)[ \t-]*$/i;

/** The words YEAR_CONTEXT can end with (it also takes a comma). */
const YEAR_CONTEXT_WORDS = new WordTable([
  'in', 'since', 'by', 'of', 'until', 'till', 'from', 'during', 'through', 'before', 'after', 'to', 'and', 'or', 'early', 'mid', 'late', 'year',
  'fiscal', 'the', 'end', 'start', 'beginning', 'already',
]);

/** "in 2025", "by 2030", "mid-2025": a word before the number that makes it a year. */
function yearContext(text: string, start: number): boolean {
  const from = Math.max(0, start - 12);
  if (codeBefore(text, start, from, true) !== 44 && !wordBeforeIn(YEAR_CONTEXT_WORDS, text, start, from, true)) return false;
  return YEAR_CONTEXT.test(text.slice(from, start));
}

const MONEY_NUMBER: NumberOptions = { money: true };
const PLAIN_NUMBER: NumberOptions = { money: false };

/** A currency after the number; after a vague plural, after "of" ("hundreds of millions of dollars"). */
function moneyAfter(text: string, end: number, vague: boolean) {
  if (!vague) return currencyAfter(text, end);
  OF.lastIndex = end;
  return OF.exec(text) ? currencyAfter(text, OF.lastIndex) : undefined;
}

/** Whether text[start, end) ends with "dollar" or "dollars", in any case (the cents may follow). */
function endsWithDollars(text: string, start: number, end: number): boolean {
  let e = end;
  if ((text.charCodeAt(e - 1) | 32) === 115) e--;
  if (e - 6 < start) return false;
  for (let i = 0; i < 6; i++) if ((text.charCodeAt(e - 6 + i) | 32) !== DOLLAR.charCodeAt(i)) return false;
  return true;
}
const DOLLAR = 'dollar';

/** The figure whose number starts at pos, or undefined when there is none. */
export function figureAtNumber(text: string, pos: number, dates: DateContext): Candidate | undefined {
  const cur = currencyBefore(text, pos);
  const tok = parseNumberAt(text, pos, cur ? MONEY_NUMBER : PLAIN_NUMBER);
  if (!tok) return undefined;
  let start = cur ? Math.min(cur.at, tok.start) : tok.start;
  let end = tok.end;
  let value = tok.value;
  let low = tok.low;
  let high = tok.high;
  let kind: FigureKind = 'number';
  let unit = '';
  let bare = false;

  // What follows decides which unit recognizers can match at all.
  const follow = classifyFollow(text, end);
  const unitMayFollow = follow === Follow.Symbol || follow === Follow.UnitWord;
  const wordFollows = follow === Follow.UnitWord || follow === Follow.OtherWord;

  if (cur) {
    kind = 'money';
    unit = cur.code;
    const again = currencyAfter(text, end);
    if (again && (again.code === cur.code || /^[A-Z]{3}$/.test(text.slice(again.at - 3, again.at))) && again.factor === 1) {
      unit = again.code;
      end = again.at;
    }
  } else {
    const pct = tok.vague || !unitMayFollow ? undefined : percentAfter(text, end);
    const after = pct || !(unitMayFollow || (tok.vague && wordFollows)) ? undefined : moneyAfter(text, end, tok.vague);
    if (pct) {
      kind = 'percent';
      unit = pct.unit;
      value *= pct.factor;
      low *= pct.factor;
      high *= pct.factor;
      end = pct.end;
    } else if (after && !(after.ambiguous && tok.scale === 1)) {
      kind = 'money';
      unit = after.code;
      value *= after.factor;
      low *= after.factor;
      high *= after.factor;
      end = after.at;
      if (after.factor === 1 && endsWithDollars(text, start, end)) {
        const c = centsAfter(text, end);
        if (c) {
          value += c.cents / 100;
          low = high = value;
          end = c.end;
        }
      }
    } else {
      const tu = tok.vague || follow !== Follow.UnitWord ? undefined : timeUnitAfter(text, end);
      if (tu) {
        const rel = tu.hyphen ? undefined : relativeFromDuration(text, tok.start, tu.end, value, tu.unit, dates);
        if (rel) return rel;
        kind = 'duration';
        unit = tu.unit;
        end = tu.end;
      } else {
        const pb = percentBefore(text, tok.start);
        PARAMETERS.lastIndex = end;
        if (pb !== undefined || !wordFollows) {
          if (pb !== undefined) {
            kind = 'percent';
            unit = '%';
            start = pb;
          } else if (tok.plainInteger && value >= 1900 && value <= 2100 && !qualifierBefore(text, start)) {
            return yearCandidate(text, start, end, value);
          } else bare = true;
        } else if (pb !== undefined) {
          kind = 'percent';
          unit = '%';
          start = pb;
        } else if (follow === Follow.UnitWord && PARAMETERS.exec(text)) {
          kind = 'count';
          unit = 'parameters';
          end = PARAMETERS.lastIndex;
        } else {
          const yearLike = tok.plainInteger && value >= 1900 && value <= 2100;
          if (yearLike && (yearContext(text, start) || !countNounAfter(text, end, false, false))) {
            if (!qualifierBefore(text, start)) return yearCandidate(text, start, end, value);
          }
          const noun = countNounAfter(text, end, value === 1, tok.vague);
          if (noun) {
            kind = 'count';
            unit = noun.unit;
          } else bare = true;
        }
      }
    }
  }

  let qualifier: Qualifier = tok.vague ? 'between' : 'exact';
  if (!tok.vague) {
    // "500 or more" says more than "about 500 or more": a qualifier after the number wins.
    const qa = qualifierAfter(text, end);
    const q = qa ? undefined : qualifierBefore(text, start);
    if (qa) {
      qualifier = qa.qualifier;
      end = qa.end;
    } else if (q) {
      qualifier = q.qualifier;
      start = q.start;
    }
    // An exact figure is its value (no interval array to build for the common case).
    if (qualifier === 'exact') low = high = value;
    else [low, high] = interval(value, qualifier, kind);
  }
  const fig = figure(text, start, end, kind, value, low, high, unit, qualifier);
  return { fig, scale: tok.scale, numStart: tok.start, numEnd: tok.end, bare: bare && qualifier === 'exact' };
}

const BARE_SCALES: ReadonlyMap<string, number> = new Map([['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12]]);

/** "trillion-parameter": a model size written with a bare scale word. */
export function modelSizeAtScale(text: string, pos: number, word: string): Candidate | undefined {
  const factor = BARE_SCALES.get(word.toLowerCase());
  if (!factor) return undefined;
  PARAMETERS.lastIndex = pos + word.length;
  if (!PARAMETERS.exec(text)) return undefined;
  const fig = figure(text, pos, PARAMETERS.lastIndex, 'count', factor, factor, factor, 'parameters', 'exact');
  return { fig, scale: factor, numStart: pos, numEnd: pos + word.length, bare: false };
}
