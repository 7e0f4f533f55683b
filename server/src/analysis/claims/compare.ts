/**
 * Comparing two figures of the same claim: money in US dollars (through each
 * figure's dated rate), everything else in its own unit.
 */
import type { Claim, Figure } from '../model';

export interface Interval {
  low: number;
  high: number;
  /** 'USD' for money, else the figure's unit. */
  unit: string;
}

export function comparableInterval(f: Figure): Interval | undefined {
  if (f.kind === 'money' || f.rangeOf === 'money') {
    if (!f.usd) return undefined;
    return { low: f.usd.low, high: f.usd.high, unit: 'USD' };
  }
  return { low: f.low, high: f.high, unit: f.unit };
}

/**
 * How far apart two intervals are, relative to the larger of the two facing
 * ends: 0 when they overlap, (6.7 − 6.34) / 6.7 ≈ 0.054 for $6.34bn vs $6.7bn.
 */
export function relativeGap(a: Interval, b: Interval): number {
  if (b.low > a.high) return (b.low - a.high) / Math.max(Math.abs(b.low), Math.abs(a.high));
  if (a.low > b.high) return (a.low - b.high) / Math.max(Math.abs(a.low), Math.abs(b.high));
  return 0;
}

/** The tolerance for a pair: amounts in different currencies carry the looser conversion tolerance. */
export function toleranceFor(a: Figure, b: Figure, tolerance: number, conversionTolerance: number): number {
  const currencies = a.kind === 'money' && b.kind === 'money' && a.unit !== b.unit;
  return currencies ? Math.max(tolerance, conversionTolerance) : tolerance;
}

export interface Comparison {
  conflict: boolean;
  gap: number;
  tolerance: number;
}

export function compareClaims(a: Claim, b: Claim, tolerance: number, conversionTolerance: number): Comparison | undefined {
  const ia = comparableInterval(a.figure);
  const ib = comparableInterval(b.figure);
  if (!ia || !ib || ia.unit !== ib.unit) return undefined;
  const tol = toleranceFor(a.figure, b.figure, tolerance, conversionTolerance);
  const gap = relativeGap(ia, ib);
  return { conflict: gap > tol, gap, tolerance: tol };
}
