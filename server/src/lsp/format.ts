/** Human formatting of values for hovers, inlay hints and views. */
import type { Figure } from '../analysis/model';
import { formatNumber, formatPercent } from '../analysis/rules/describe';

/** 19_800_000_000 -> "19.8 billion" (the wording the rules' messages use). */
export const formatAmount = formatNumber;

export function formatUsd(value: number): string {
  return `US$${formatAmount(value)}`;
}

export { formatPercent };

/** A figure's value normalised: US dollars for money, its own unit otherwise. */
export function normalisedValue(f: Figure): string {
  if (f.usd) {
    const range = f.usd.low !== f.usd.high && Number.isFinite(f.usd.low) && Number.isFinite(f.usd.high) ? ` (${formatUsd(f.usd.low)} – ${formatUsd(f.usd.high)})` : '';
    return `≈ ${formatUsd(f.usd.value)}${range}`;
  }
  if (f.kind === 'date' && f.date) return f.date.low === f.date.high ? f.date.low : `${f.date.low} – ${f.date.high}`;
  const unit = f.unit === '%' ? '%' : ` ${f.unit}`;
  const interval = f.low !== f.high ? ` (between ${formatAmount(f.low)} and ${formatAmount(f.high)})` : '';
  return `${formatAmount(f.value)}${unit}${interval}`;
}

/** "1 US$ = 0.0066 JPY"-style rate description for money in another currency. */
export function rateNote(f: Figure): string | undefined {
  if (!f.usd || f.unit === 'USD') return undefined;
  return `at ${f.usd.rate.toPrecision(3)} US$ per ${f.unit} (${f.usd.year} average)`;
}
