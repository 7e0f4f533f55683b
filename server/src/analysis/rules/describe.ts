/** Words and numbers for finding messages: every message names its values and sources. */
import type { Claim, Figure, Finding, Severity } from '../model';
import type { Config } from '../config';
import type { Rule } from './rule';

/**
 * Labels made so far: the findings of a corpus name the same documents again
 * and again (making them was 32 ms of the ~440 ms the server's final check of
 * 10,000 articles spent computing findings, in a profile).
 */
const labels = new Map<string, string>();

/** A document id (path or URI) as a reader names it: its file name. */
export function docLabel(doc: string): string {
  let label = labels.get(doc);
  if (label === undefined) {
    if (labels.size >= 1 << 16) labels.clear();
    labels.set(doc, (label = fileNameOf(doc)));
  }
  return label;
}

function fileNameOf(doc: string): string {
  const last = doc.split(/[\\/]/).pop() ?? doc;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

const SCALES: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** 6.7e9 -> "6.7 billion", 1234 -> "1,234". */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '−∞';
  const abs = Math.abs(n);
  for (const [scale, word] of SCALES) {
    if (abs >= scale) return `${round3(n / scale)} ${word}`;
  }
  return round3(n).toLocaleString('en-US');
}

function round3(n: number): number {
  const digits = Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 10 ? 1 : 2;
  return Number(n.toFixed(digits));
}

export function formatPercent(ratio: number): string {
  const p = ratio * 100;
  return `${p >= 10 ? p.toFixed(0) : p.toFixed(1)}%`;
}

/** The figure as written, with its dollar value when it is money in another currency: "3 trillion yen" (≈ US$20 billion). */
export function describeFigure(f: Figure): string {
  const quoted = `"${f.text}"`;
  if (f.usd && f.unit !== 'USD') return `${quoted} (≈ US$${formatNumber(f.usd.value)} at ${f.usd.year} rates)`;
  return quoted;
}

/** "SoftBank Group · funding · public". */
export function describeClaim(claim: Claim, nameOf: (id: string) => string): string {
  const parts = [claim.subjects.map(nameOf).join(', '), claim.measure];
  if (claim.scope) parts.push(claim.scope);
  if (claim.frame) parts.push(claim.frame);
  return parts.join(' · ');
}

/** The configured severity of a rule (its default when none is), or undefined when the researcher turned it off. */
export function severityOf(rule: Pick<Rule, 'id' | 'defaultSeverity'>, config: Config): Severity | undefined {
  const s = config.severity[rule.id] ?? rule.defaultSeverity;
  return s === 'off' ? undefined : s;
}
