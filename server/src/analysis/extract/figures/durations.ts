/** Units of time after a number: "24 months", "five-year", "10 min read", "2 consecutive years". */
import type { TimeUnit } from './calendar';
import { WordTable } from './wordTable';
import { isAsciiLetter } from '../../text/chars';

const UNIT = /[ \t\u00a0]*(?:-[ \t]*)?(?:(?:consecutive|straight|full|more|additional|further|long|successive|calendar|fiscal)[ \t]+)?(years?|yrs?|months?|mos|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|decades?|centur(?:y|ies)|quarters?)(?![A-Za-z])/iy;

/** A Map, not an object: looked up with many different keys, an object's property load was slow. */
const NORMAL: ReadonlyMap<string, TimeUnit> = new Map(Object.entries({
  y: 'years', yr: 'years', mo: 'months', mon: 'months', w: 'weeks', wk: 'weeks', d: 'days', h: 'hours', hr: 'hours',
  min: 'minutes', sec: 'seconds', s: 'seconds', decade: 'decades', centur: 'centuries', quarter: 'quarters',
  year: 'years', month: 'months', week: 'weeks', day: 'days', hour: 'hours', minute: 'minutes', second: 'seconds',
} as Record<string, TimeUnit>));

function normalizeUnit(word: string): TimeUnit | undefined {
  let w = word.toLowerCase();
  if (w.startsWith('centur')) return 'centuries';
  if (w.endsWith('s')) w = w.slice(0, -1);
  return NORMAL.get(w);
}

/** Every word UNIT's unit group can match, read from the text with the unit it stands for (no copy, no lower case). */
const UNIT_WORDS = ['year', 'yr', 'month', 'week', 'wk', 'day', 'hour', 'hr', 'minute', 'min', 'second', 'sec', 'decade', 'quarter'].flatMap((w) => [w, `${w}s`]);
const UNIT_TABLE = new WordTable([...UNIT_WORDS, 'mos', 'century', 'centuries']);
const UNIT_OF = new Map([...UNIT_TABLE.words()].map((w) => [w, normalizeUnit(w)]));

export interface UnitMatch {
  unit: TimeUnit;
  end: number;
  /** Whether the number was joined by a hyphen ("five-year plan"): an adjective. */
  hyphen: boolean;
}

/** The time unit right after a number, if any. */
export function timeUnitAfter(text: string, pos: number): UnitMatch | undefined {
  UNIT.lastIndex = pos;
  if (!UNIT.test(text)) return undefined;
  const end = UNIT.lastIndex;
  // The unit is the run of letters the match ends with (blanks or a hyphen stand before it, or the number itself).
  let start = end;
  while (start > pos && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  const word = UNIT_TABLE.find(text, start, end);
  const unit = word === undefined ? undefined : UNIT_OF.get(word);
  if (!unit) return undefined;
  return { unit, end, hyphen: hasHyphen(text, pos, start) };
}

function hasHyphen(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 45) return true;
  return false;
}
