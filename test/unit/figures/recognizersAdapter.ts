/**
 * Maps the engine's output onto Microsoft Recognizers-Text results, for the
 * dev suite in test/eval/recognizers-dev. Test-side only: the engine knows
 * nothing of their unit names or interval notation.
 */
import type { Figure } from '../../../server/src/analysis/model';
import { extractFigures } from '../../../server/src/analysis/extract/figures';
import { scanNumbers } from '../../../server/src/analysis/extract/figures/scanNumbers';
import { createRateTable } from '../../../server/src/analysis/extract/rates';

export type Model = 'currency' | 'percentage' | 'number' | 'numberrange';

export interface Result {
  /** Offsets into the input, end exclusive. */
  start: number;
  end: number;
  value: string | null;
  unit?: string;
  iso?: string;
}

const rates = createRateTable({});
const LEADING_QUALIFIER =
  /^(?:(?:greater|more|bigger|less|smaller|fewer)(?: than)? or equal (?:to|than)|at least or equal to|about|approximately|approx\.?|around|roughly|some|circa|an estimated|estimated|nearly|almost|close to|just under|over|more than|above|exceeding|in excess of|upwards of|at least|no less than|less than|fewer than|under|below|up to|at most|no more than|as much as|as many as|~)\s*/i;
const TRAILING_QUALIFIER = /\s*(?:or more|or less|or fewer|\+)$/i;

/** The span of the amount itself: our figures include their qualifier, theirs do not. */
function core(f: Figure): { start: number; end: number } {
  const lead = LEADING_QUALIFIER.exec(f.text);
  const trail = TRAILING_QUALIFIER.exec(f.text);
  return { start: f.start + (lead ? lead[0].length : 0), end: f.end - (trail ? trail[0].length : 0) };
}

const MINOR = /\b(?:cents?|pence|penny|pennies)\b|¢/i;

/** Recognizers' unit names depend on how the currency is written ("$" is "Dollar", "US$" is "United States dollar"). */
export function unitName(f: Figure): string {
  const t = f.text.toLowerCase();
  if (/\bcents?\b|¢/.test(t) && !/dollar/.test(t)) return 'Cent';
  if (/\bpence|penny|pennies/.test(t)) return 'Pence';
  switch (f.unit) {
    case 'USD':
      return /us\$|u\.s\.|usd|us dollar|united states/.test(t) ? 'United States dollar' : 'Dollar';
    case 'CAD':
      return 'Canadian dollar';
    case 'AUD':
      return 'Australian dollar';
    case 'EUR':
      return 'Euro';
    case 'GBP':
      return /gbp|british/.test(t) ? 'British pound' : 'Pound';
    case 'JPY':
      return 'Japanese yen';
    case 'CNY':
      return 'Chinese yuan';
    case 'CHF':
      return /swiss/.test(t) ? 'Swiss franc' : 'Franc';
    case 'INR':
      return /rupee/.test(t) && !/indian/.test(t) ? 'Rupee' : 'Indian rupee';
    case 'CRC':
      return 'Costa Rican colón';
    case 'LAK':
      return 'Lao kip';
    default:
      return f.unit;
  }
}

function num(n: number): string {
  return String(Number(n.toPrecision(15)));
}

function interval(f: Figure): string | undefined {
  if (f.kind === 'range') return `[${num(f.low)},${num(f.high)})`;
  switch (f.qualifier) {
    case 'over':
      return `(${num(f.value)},)`;
    case 'at-least':
      return `[${num(f.value)},)`;
    case 'under':
      return `(,${num(f.value)})`;
    case 'at-most':
      return `(,${num(f.value)}]`;
    default:
      return undefined;
  }
}

export function recognize(model: Model, input: string): Result[] {
  if (model === 'number') {
    return scanNumbers(input)
      .filter((t) => !t.vague)
      .map((t) => ({ start: t.start, end: t.end, value: num(t.value) }));
  }
  const figures = extractFigures(input, { rates });
  const out: Result[] = [];
  for (const f of figures) {
    if (model === 'currency' && f.kind === 'money') {
      const c = core(f);
      const value = MINOR.test(f.text) && !/dollars?/i.test(f.text) ? f.value * 100 : f.value;
      out.push({ ...c, value: num(value), unit: unitName(f), iso: f.unit });
    } else if (model === 'percentage' && f.kind === 'percent' && f.unit === '%') {
      out.push({ ...core(f), value: `${num(f.value)}%` });
    } else if (model === 'numberrange' && f.kind !== 'date') {
      const iv = interval(f);
      if (iv) out.push({ start: f.start, end: f.end, value: iv });
    }
  }
  return out;
}
