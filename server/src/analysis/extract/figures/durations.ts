/** Units of time after a number: "24 months", "five-year", "10 min read", "2 consecutive years". */
import type { TimeUnit } from './calendar';

const UNIT = /[ \t\u00a0]*(?:-[ \t]*)?(?:(?:consecutive|straight|full|more|additional|further|long|successive|calendar|fiscal)[ \t]+)?(years?|yrs?|months?|mos|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|decades?|centur(?:y|ies)|quarters?)(?![A-Za-z])/iy;

/** A Map, not an object: looked up with many different keys, an object's property load was slow. */
const NORMAL: ReadonlyMap<string, TimeUnit> = new Map(Object.entries({
  y: 'years', yr: 'years', mo: 'months', mon: 'months', w: 'weeks', wk: 'weeks', d: 'days', h: 'hours', hr: 'hours',
  min: 'minutes', sec: 'seconds', s: 'seconds', decade: 'decades', centur: 'centuries', quarter: 'quarters',
  year: 'years', month: 'months', week: 'weeks', day: 'days', hour: 'hours', minute: 'minutes', second: 'seconds',
} as Record<string, TimeUnit>));

export function normalizeUnit(word: string): TimeUnit | undefined {
  let w = word.toLowerCase();
  if (w.startsWith('centur')) return 'centuries';
  if (w.endsWith('s')) w = w.slice(0, -1);
  return NORMAL.get(w);
}

export interface UnitMatch {
  unit: TimeUnit;
  end: number;
  /** Whether the number was joined by a hyphen ("five-year plan"): an adjective. */
  hyphen: boolean;
}

/** The time unit right after a number, if any. */
export function timeUnitAfter(text: string, pos: number): UnitMatch | undefined {
  UNIT.lastIndex = pos;
  const m = UNIT.exec(text);
  if (!m) return undefined;
  const unit = normalizeUnit(m[1]);
  if (!unit) return undefined;
  return { unit, end: UNIT.lastIndex, hyphen: m[0].includes('-') };
}
