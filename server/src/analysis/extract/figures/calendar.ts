/** Periods of the calendar (UTC) as [start, end] in epoch milliseconds, end inclusive (last millisecond). */

export interface Period {
  low: number;
  high: number;
  /** ISO 8601 bounds: dates, or date-times for timestamps. */
  lowIso: string;
  highIso: string;
}

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 0], ['jan', 0], ['february', 1], ['feb', 1], ['march', 2], ['mar', 2], ['april', 3], ['apr', 3], ['may', 4],
  ['june', 5], ['jun', 5], ['july', 6], ['jul', 6], ['august', 7], ['aug', 7], ['september', 8], ['sep', 8], ['sept', 8],
  ['october', 9], ['oct', 9], ['november', 10], ['nov', 10], ['december', 11], ['dec', 11],
]);

/** Meteorological seasons of the northern hemisphere: first month and length. Winter starts in December. */
export const SEASONS: ReadonlyMap<string, number> = new Map([
  ['spring', 2], ['summer', 5], ['autumn', 8], ['fall', 8], ['winter', 11],
]);

const DAY_MS = 86_400_000;

/** YYYY-MM-DD of an instant (UTC), by integer arithmetic: dates are made by the thousand, Date objects are slow. */
export function isoDay(ms: number): string {
  // Howard Hinnant's civil_from_days.
  const z = Math.floor(ms / DAY_MS) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) return new Date(ms).toISOString().slice(0, new Date(ms).toISOString().indexOf('T'));
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** YYYY-MM-DDTHH:MMZ (seconds when not zero) of an instant, UTC. */
export function isoInstant(ms: number): string {
  const dayStart = Math.floor(ms / DAY_MS) * DAY_MS;
  let rest = ms - dayStart;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const mi = Math.floor(rest / 60_000);
  rest -= mi * 60_000;
  const sec = rest / 1000;
  const two = (n: number) => (n < 10 ? '0' : '') + n;
  const secPart = sec === 0 ? '' : `:${two(Math.floor(sec))}${sec % 1 ? (sec % 1).toFixed(3).slice(1) : ''}`;
  return `${isoDay(dayStart)}T${two(h)}:${two(mi)}${secPart}Z`;
}

/** Months from (year, month0) for `count` months; day-precision ISO bounds. */
export function monthsPeriod(year: number, month0: number, count: number): Period {
  const key = periodKey(0, year, month0, count);
  const known = key < 0 ? undefined : PERIODS.get(key);
  if (known !== undefined) return known;
  const low = Date.UTC(year, month0, 1);
  const high = Date.UTC(year, month0 + count, 1) - 1;
  return remember(key, { low, high, lowIso: isoDay(low), highIso: isoDay(high) });
}

/**
 * Periods already built, by kind and arguments (never changed once built):
 * the same years, months and days come back in article after article, and
 * building their ISO strings was about a twentieth of the extraction.
 */
const PERIODS = new Map<number, Period>();
const PERIODS_LIMIT = 20_000;

/** A small-integer key for (kind, year 1000–2999, a −100…99, b −200…199), or −1 outside those ranges. */
function periodKey(kind: number, year: number, a: number, b: number): number {
  if ((year | 0) !== year || (a | 0) !== a || (b | 0) !== b || year < 1000 || year > 2999 || a < -100 || a > 99 || b < -200 || b > 199) return -1;
  return (((year - 1000) * 200 + a + 100) * 400 + b + 200) * 2 + kind;
}

function remember(key: number, p: Period): Period {
  if (key >= 0) {
    if (PERIODS.size >= PERIODS_LIMIT) PERIODS.clear();
    PERIODS.set(key, p);
  }
  return p;
}

export function yearPeriod(year: number, count = 1): Period {
  return monthsPeriod(year, 0, 12 * count);
}

export function dayPeriod(year: number, month0: number, day: number): Period {
  const key = periodKey(1, year, month0, day);
  const known = key < 0 ? undefined : PERIODS.get(key);
  if (known !== undefined) return known;
  const low = Date.UTC(year, month0, day);
  const high = low + 86_400_000 - 1;
  return remember(key, { low, high, lowIso: isoDay(low), highIso: isoDay(high) });
}

export function instantPeriod(ms: number): Period {
  const iso = isoInstant(ms);
  return { low: ms, high: ms, lowIso: iso, highIso: iso };
}

/** From the start of one period to the end of another. */
export function spanPeriods(a: Period, b: Period): Period {
  return { low: a.low, high: b.high, lowIso: a.lowIso, highIso: b.highIso };
}

/** Day-precision period between two instants (inclusive). */
export function betweenDays(lowMs: number, highMs: number): Period {
  const a = new Date(lowMs);
  const b = new Date(highMs);
  return spanPeriods(dayPeriod(a.getUTCFullYear(), a.getUTCMonth(), a.getUTCDate()), dayPeriod(b.getUTCFullYear(), b.getUTCMonth(), b.getUTCDate()));
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function validDay(year: number, month0: number, day: number): boolean {
  if (month0 < 0 || month0 > 11 || day < 1 || !Number.isInteger(day)) return false;
  const leap = month0 === 1 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0);
  return day <= MONTH_DAYS[month0] + (leap ? 1 : 0);
}

export type TimeUnit = 'years' | 'months' | 'weeks' | 'days' | 'hours' | 'minutes' | 'seconds' | 'decades' | 'quarters' | 'centuries';

/** Moves an instant by n units (calendar-aware for months and longer). */
export function shift(ms: number, unit: TimeUnit, n: number): number {
  const d = new Date(ms);
  switch (unit) {
    case 'centuries':
      return d.setUTCFullYear(d.getUTCFullYear() + 100 * n);
    case 'decades':
      return d.setUTCFullYear(d.getUTCFullYear() + 10 * n);
    case 'years':
      return d.setUTCFullYear(d.getUTCFullYear() + n);
    case 'quarters':
      return d.setUTCMonth(d.getUTCMonth() + 3 * n);
    case 'months':
      return d.setUTCMonth(d.getUTCMonth() + n);
    case 'weeks':
      return ms + n * 7 * 86_400_000;
    case 'days':
      return ms + n * 86_400_000;
    case 'hours':
      return ms + n * 3_600_000;
    case 'minutes':
      return ms + n * 60_000;
    case 'seconds':
      return ms + n * 1000;
  }
}

/** The whole period of `unit` that contains ms ("three years ago" is that whole year). */
export function periodContaining(ms: number, unit: TimeUnit): Period {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (unit) {
    case 'centuries':
    case 'decades':
    case 'years':
      return yearPeriod(y);
    case 'quarters':
      return monthsPeriod(y, m - (m % 3), 3);
    case 'months':
      return monthsPeriod(y, m, 1);
    default:
      return dayPeriod(y, m, d.getUTCDate());
  }
}

/** A season of a year, from its first month (winter runs into the next year). */
export function seasonPeriod(year: number, firstMonth: number): Period {
  return monthsPeriod(year, firstMonth, 3);
}
