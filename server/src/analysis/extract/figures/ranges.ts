/**
 * Ranges from two neighbouring figures: "between 20 and 30", "from 200 to
 * 3000000", "$12 billion to $13 billion", "$12 to $13 billion", "20-30%",
 * "2020–2025". A bare first number borrows the second's unit and scale.
 */
import type { Figure } from '../../model';
import { figure, type Candidate } from './build';
import { spanPeriods, type Period } from './calendar';

const CONNECTOR = /^[ \t\u00a0]*(?:(-|–|—|‒|to|through|thru|and)[ \t\u00a0]*)$/i;
const OPENER = /\b(between|from)[ \t]+$/i;
const DIGIT_DASH_AFTER = /^[-–][ \t]?\d/;

function compatible(a: Candidate, b: Candidate): boolean {
  const x = a.fig;
  const y = b.fig;
  if (x.qualifier !== 'exact' || y.qualifier !== 'exact') return false;
  if (x.kind === 'date' || y.kind === 'date') return x.kind === y.kind && !!x.date?.resolved && !!y.date?.resolved && x.date.relative === y.date.relative;
  if (x.kind === 'range' || y.kind === 'range') return false;
  if (a.bare) return true;
  return x.kind === y.kind && x.unit === y.unit;
}

/** Merges figure pairs joined by a range connector; input and output sorted by start. */
export function mergeRanges(text: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i];
    const b = cands[i + 1];
    const merged = b ? tryMerge(text, a, b) : undefined;
    if (merged) {
      out.push(merged);
      i++;
    } else out.push(a);
  }
  return out;
}

/**
 * Whether the first character after blanks from pos, before `to`, can start
 * a CONNECTOR ("-", "–", "—", "‒", "to", "through", "thru", "and"): most
 * neighbours are not joined, and this test needs no slice or pattern.
 */
function connectorMayStart(text: string, pos: number, to: number): boolean {
  let k = pos;
  while (k < to && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 0xa0)) k++;
  if (k === to) return false;
  const c = text.charCodeAt(k);
  const l = c | 32;
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2012 || l === 116 || l === 97;
}

function tryMerge(text: string, a: Candidate, b: Candidate): Candidate | undefined {
  if (b.fig.start - a.fig.end > 12 || !connectorMayStart(text, a.fig.end, b.fig.start)) return undefined;
  const gap = text.slice(a.fig.end, b.fig.start);
  const c = CONNECTOR.exec(gap);
  if (!c) return undefined;
  const conn = c[1].toLowerCase();
  const before = text.slice(Math.max(0, a.fig.start - 10), a.fig.start);
  const opener = OPENER.exec(before);
  if (conn === 'and' && opener?.[1].toLowerCase() !== 'between') return undefined;
  const dash = conn.length === 1;
  // A dash between numbers in a longer chain of dashes is a code or phone number, not a range.
  if (dash && (DIGIT_DASH_AFTER.test(text.slice(b.fig.end, b.fig.end + 3)) || /\d[-–]$/.test(text.slice(Math.max(0, a.fig.start - 2), a.fig.start)))) return undefined;
  if (!compatible(a, b)) return undefined;
  const start = opener ? a.fig.start - before.length + opener.index : a.fig.start;
  const end = b.fig.end;
  const x = a.fig;
  const y = b.fig;
  if (x.kind === 'date') {
    if (x.low > y.low) return undefined;
    const p: Period = spanPeriods({ low: x.low, high: x.high, lowIso: x.date!.low, highIso: x.date!.high }, { low: y.low, high: y.high, lowIso: y.date!.low, highIso: y.date!.high });
    const f = figure(text, start, end, 'date', p.low, p.low, p.high, 'date', 'between');
    f.date = { low: p.lowIso, high: p.highIso, resolved: true, relative: x.date!.relative };
    return { fig: f, scale: 1, numStart: a.numStart, numEnd: b.numEnd, bare: false };
  }
  let low = x.value;
  // "$12 to $13 billion", "between 20 and 30 million": the first end borrows the scale.
  if (a.scale === 1 && b.scale > 1 && x.value * b.scale <= y.value) low = x.value * b.scale;
  const high = y.value;
  if (!(low < high)) return undefined;
  const rangeOf = y.kind as Exclude<Figure['kind'], 'range'>;
  const f = figure(text, start, end, 'range', (low + high) / 2, low, high, y.unit, 'between');
  f.rangeOf = rangeOf;
  return { fig: f, scale: b.scale, numStart: a.numStart, numEnd: b.numEnd, bare: false };
}
