/** Human formatting of values for hovers, inlay hints and views. */
import type { Figure } from '../analysis/model';

const SCALES: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** 19_800_000_000 -> "19.8 billion"; two significant decimals at most. */
export function formatAmount(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  const abs = Math.abs(value);
  for (const [scale, word] of SCALES) {
    if (abs >= scale) return `${trim(value / scale)} ${word}`;
  }
  return abs >= 1000 ? Math.round(value).toLocaleString('en-US') : trim(value);
}

function trim(n: number): string {
  const abs = Math.abs(n);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return n.toFixed(digits).replace(/\.0+$|(\.\d*?)0+$/, '$1');
}

export function formatUsd(value: number): string {
  return `US$${formatAmount(value)}`;
}

export function formatPercent(fraction: number): string {
  const p = fraction * 100;
  return `${p >= 10 ? p.toFixed(0) : p.toFixed(1)}%`;
}

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
