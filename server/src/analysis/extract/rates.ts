import type { Config } from '../config';

/** US dollars per one unit of a currency, by year. (Placeholder: the built-in table comes with the extraction engine.) */
export interface RateTable {
  /** The rate for a currency in a year, or the nearest year available. */
  rate(currency: string, year?: number): { rate: number; year: number } | undefined;
}

export function createRateTable(overrides: Config['exchangeRates']): RateTable {
  return {
    rate(currency, year) {
      if (currency === 'USD') return { rate: 1, year: year ?? new Date().getUTCFullYear() };
      const years = overrides[currency];
      if (!years) return undefined;
      const keys = Object.keys(years).map(Number).sort((a, b) => a - b);
      if (keys.length === 0) return undefined;
      const want = year ?? keys[keys.length - 1];
      const best = keys.reduce((b, y) => (Math.abs(y - want) < Math.abs(b - want) ? y : b), keys[0]);
      return { rate: years[String(best)], year: best };
    },
  };
}
