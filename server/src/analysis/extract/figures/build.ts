/** Constructors of Figure objects, so every recognizer fills them the same way. */
import type { Figure, FigureKind, Qualifier } from '../../model';
import type { Period } from './calendar';

/** A figure being built, with what range merging needs to know. */
export interface Candidate {
  fig: Figure;
  /** Scale factor applied to the number ("billion" = 1e9), 1 when none. */
  scale: number;
  /** Where the number itself starts and ends (without qualifier, currency or unit). */
  numStart: number;
  numEnd: number;
  /** A number with nothing attached (no unit, currency, %, noun): may borrow its partner's in a range. */
  bare: boolean;
}

export function figure(
  text: string,
  start: number,
  end: number,
  kind: FigureKind,
  value: number,
  low: number,
  high: number,
  unit: string,
  qualifier: Qualifier,
): Figure {
  // Every figure has every field, those that only some kinds fill set to undefined: set later, they gave
  // figures four hidden classes, and every reader of figures was polymorphic (1.3% fewer instructions in
  // the whole check with one class, counted by cachegrind).
  return { start, end, text: text.slice(start, end), kind, value, low, high, unit, qualifier, role: 'claim', rangeOf: undefined, usd: undefined, date: undefined };
}

/** A date figure; unresolved relative dates have NaN bounds and empty ISO strings. */
export function dateFigure(text: string, start: number, end: number, period: Period | undefined, relative: boolean, qualifier: Qualifier = 'exact'): Figure {
  const f = figure(text, start, end, 'date', period ? period.low : NaN, period ? period.low : NaN, period ? period.high : NaN, 'date', qualifier);
  f.date = { low: period?.lowIso ?? '', high: period?.highIso ?? '', resolved: !!period, relative };
  return f;
}

export function dateCandidate(text: string, start: number, end: number, period: Period | undefined, relative: boolean, qualifier: Qualifier = 'exact'): Candidate {
  return { fig: dateFigure(text, start, end, period, relative, qualifier), scale: 1, numStart: start, numEnd: end, bare: false };
}
