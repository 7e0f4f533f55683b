import type { Config } from '../config';
import builtin from '../data/exchangeRates.json';

/** US dollars per one unit of a currency, by year: the built-in annual averages under workspace overrides. */
export interface RateTable {
  /** The rate for a currency in a year, or the nearest year available; the latest year when no year is given. */
  rate(currency: string, year?: number): { rate: number; year: number } | undefined;
}

type Years = Record<string, number>;

export function createRateTable(overrides: Config['exchangeRates'] = {}): RateTable {
  const table = new Map<string, Array<[number, number]>>();
  const add = (code: string, years: Years) => {
    const merged = new Map(table.get(code) ?? []);
    for (const [y, r] of Object.entries(years)) {
      const year = Number(y);
      if (Number.isInteger(year) && Number.isFinite(r) && r > 0) merged.set(year, r);
    }
    table.set(code, [...merged].sort((a, b) => a[0] - b[0]));
  };
  for (const [code, years] of Object.entries((builtin as { rates: Record<string, Years> }).rates)) add(code, years);
  for (const [code, years] of Object.entries(overrides)) add(code, years);
  let latestYear = 0;
  for (const ys of table.values()) if (ys.length) latestYear = Math.max(latestYear, ys[ys.length - 1][0]);

  const nearest = (currency: string, want: number): { rate: number; year: number } | undefined => {
    if (currency === 'USD') return { rate: 1, year: want };
    const years = table.get(currency);
    if (!years || years.length === 0) return undefined;
    let best = years[0];
    for (const y of years) if (Math.abs(y[0] - want) < Math.abs(best[0] - want) || (Math.abs(y[0] - want) === Math.abs(best[0] - want) && y[0] > best[0])) best = y;
    return { rate: best[1], year: best[0] };
  };
  // Every money figure asks: the answers are kept (read-only), per currency and year, instead of searched again.
  const known = new Map<string, Map<number, { rate: number; year: number } | undefined>>();
  return {
    rate(currency, year) {
      const want = year ?? latestYear;
      let byYear = known.get(currency);
      if (byYear === undefined) known.set(currency, (byYear = new Map()));
      let r = byYear.get(want);
      if (r === undefined && !byYear.has(want)) byYear.set(want, (r = nearest(currency, want)));
      return r;
    },
  };
}

/** Rounds a converted amount to three significant digits: a conversion is never more precise than its rate. */
export function roundConverted(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const a = Math.abs(x);
  if (a >= 100 && a < 1e15) {
    // An integer step (a power of ten ≥ 1): exact in binary, no string round trip.
    const step = POWERS[Math.floor(Math.log10(a)) - 2];
    if (step !== undefined) return Math.round(x / step) * step;
  }
  return Number(x.toPrecision(3));
}

const POWERS = Array.from({ length: 13 }, (_, i) => 10 ** i);
