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
  const unit = comparableUnit(f);
  return unit === undefined ? undefined : { low: lowOf(f), high: highOf(f), unit };
}

/**
 * How far apart two intervals are, relative to the larger of the two facing
 * ends: 0 when they overlap, (6.7 − 6.34) / 6.7 ≈ 0.054 for $6.34bn vs $6.7bn.
 */
export function relativeGap(a: Interval, b: Interval): number {
  return gapBetween(a.low, a.high, b.low, b.high);
}

function gapBetween(aLow: number, aHigh: number, bLow: number, bHigh: number): number {
  if (bLow > aHigh) return (bLow - aHigh) / Math.max(Math.abs(bLow), Math.abs(aHigh));
  if (aLow > bHigh) return (aLow - bHigh) / Math.max(Math.abs(aLow), Math.abs(bHigh));
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
  // Read in place rather than through comparableInterval: two objects fewer per pair, and a corpus compares many pairs.
  const fa = a.figure;
  const fb = b.figure;
  const unit = comparableUnit(fa);
  if (unit === undefined || unit !== comparableUnit(fb)) return undefined;
  const tol = toleranceFor(fa, fb, tolerance, conversionTolerance);
  const gap = gapBetween(lowOf(fa), highOf(fa), lowOf(fb), highOf(fb));
  return { conflict: gap > tol, gap, tolerance: tol };
}

function isMoney(f: Figure): boolean {
  return f.kind === 'money' || f.rangeOf === 'money';
}

/** A figure's comparable interval part by part ('USD' for money, else its unit), without building it. */
function comparableUnit(f: Figure): string | undefined {
  if (isMoney(f)) return f.usd ? 'USD' : undefined;
  return f.unit;
}

function lowOf(f: Figure): number {
  return isMoney(f) ? f.usd!.low : f.low;
}

function highOf(f: Figure): number {
  return isMoney(f) ? f.usd!.high : f.high;
}
