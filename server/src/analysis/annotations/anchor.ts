/**
 * Anchoring: describe a span by its quote (W3C TextQuoteSelector: exact,
 * prefix, suffix) and position (TextPositionSelector), and find it again in
 * a changed text:
 *
 *   1. exact: the quote where it occurs (the one whose context agrees best,
 *      nearest to the position hint when several agree as well), when its
 *      context agrees whole on at least one side;
 *   2. near the hint: the quote was edited in place, but its prefix and
 *      suffix are still there around the hint, so the anchor is what lies
 *      between them now;
 *   then the exact occurrence with the best context, if any;
 *   3. fuzzy: the quote within a bounded edit distance, scored by its
 *      context and its distance to the hint.
 *
 * When all three fail the anchor is orphaned.
 */
import type { AnnotationTarget } from './schema';
import { approximateMatches, boundedDistance } from './editDistance';

/** Characters of context kept on each side of a quote. */
export const CONTEXT_CHARS = 32;
/** How far from the hint (in characters) stage 2 looks for the prefix. */
const NEAR_WINDOW = 2048;
/** How far from the hint stage 3 searches: the whole of any article, a bounded cost in a huge file. */
export const FUZZY_WINDOW = 64 * 1024;

export type AnchorMethod = 'exact' | 'near-hint' | 'fuzzy';

export type Anchor =
  | {
      status: 'anchored';
      start: number;
      end: number;
      method: AnchorMethod;
      /** The text at the anchor is still the quote (false when it was found again after an edit of the quote itself). */
      intact: boolean;
    }
  | { status: 'orphaned' };

/** The selectors of text[start, end) in a document. */
export function createTarget(source: string, text: string, start: number, end: number): AnnotationTarget {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return {
    source,
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(s, e),
      prefix: text.slice(Math.max(0, s - CONTEXT_CHARS), s),
      suffix: text.slice(e, e + CONTEXT_CHARS),
    },
    position: { type: 'TextPositionSelector', start: s, end: e },
  };
}

/** Finds a target's quote again in text (see the module comment for the order). */
export function anchorTarget(text: string, target: Pick<AnnotationTarget, 'quote' | 'position'>): Anchor {
  const { exact, prefix, suffix } = target.quote;
  const hint = target.position.start;
  // Fast path: nothing moved.
  if (text.startsWith(exact, hint) && contextAgrees(text, hint, hint + exact.length, prefix, suffix).full) {
    return { status: 'anchored', start: hint, end: hint + exact.length, method: 'exact', intact: true };
  }
  const exactHit = findExact(text, exact, prefix, suffix, hint);
  // The quote with its context on at least one side whole: text was added or changed on the other side.
  if (exactHit?.agreement.oneSide) return anchored(exactHit.start, exact.length, 'exact', true);
  // Otherwise an in-place edit between an intact prefix and suffix is likelier than a quote found elsewhere.
  const near = findBetweenContext(text, exact, prefix, suffix, hint);
  // The quote itself inside the bracketed region: text was added next to it, the quote is still there.
  if (near) {
    const inside = text.indexOf(exact, near.start);
    if (inside >= 0 && inside + exact.length <= near.end) return anchored(inside, exact.length, 'exact', true);
    return { status: 'anchored', start: near.start, end: near.end, method: 'near-hint', intact: false };
  }
  if (exactHit) return anchored(exactHit.start, exact.length, 'exact', true);
  const fuzzy = findFuzzy(text, exact, prefix, suffix, hint);
  if (fuzzy) return { status: 'anchored', start: fuzzy.start, end: fuzzy.end, method: 'fuzzy', intact: false };
  return { status: 'orphaned' };
}

function anchored(start: number, length: number, method: AnchorMethod, intact: boolean): Anchor {
  return { status: 'anchored', start, end: start + length, method, intact };
}

interface Agreement {
  /** Characters of context that agree: the end of the prefix plus the start of the suffix. */
  chars: number;
  /** Both sides agree whole. */
  full: boolean;
  /** At least one side agrees whole. */
  oneSide: boolean;
}

function contextAgrees(text: string, start: number, end: number, prefix: string, suffix: string): Agreement {
  let p = 0;
  while (p < prefix.length && start - p - 1 >= 0 && text.charCodeAt(start - p - 1) === prefix.charCodeAt(prefix.length - p - 1)) p++;
  let s = 0;
  while (s < suffix.length && end + s < text.length && text.charCodeAt(end + s) === suffix.charCodeAt(s)) s++;
  const wholePrefix = p === prefix.length;
  const wholeSuffix = s === suffix.length;
  return { chars: p + s, full: wholePrefix && wholeSuffix, oneSide: wholePrefix || wholeSuffix };
}

/** The occurrence of exact with a whole side of context if any, then the most context agreeing, then nearest to the hint. */
function findExact(text: string, exact: string, prefix: string, suffix: string, hint: number): { start: number; agreement: Agreement } | undefined {
  let best: { start: number; agreement: Agreement } | undefined;
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
    const agreement = contextAgrees(text, i, i + exact.length, prefix, suffix);
    const candidate = { start: i, agreement };
    if (!best || rank(candidate, best, hint) > 0) best = candidate;
  }
  return best;
}

/** Positive when a is the better occurrence: a whole side of context, then more context, then nearer the hint. */
function rank(a: { start: number; agreement: Agreement }, b: { start: number; agreement: Agreement }, hint: number): number {
  return (
    Number(a.agreement.oneSide) - Number(b.agreement.oneSide) ||
    a.agreement.chars - b.agreement.chars ||
    Math.abs(b.start - hint) - Math.abs(a.start - hint)
  );
}

/**
 * Stage 2: the prefix and the suffix, both whole, near the hint, with
 * something of about the quote's length between them. Needs enough context
 * to be sure: at least 8 characters on each side (quotes at a document's
 * edge go to the fuzzy stage).
 */
function findBetweenContext(text: string, exact: string, prefix: string, suffix: string, hint: number): { start: number; end: number } | undefined {
  if (prefix.length < 8 || suffix.length < 8) return undefined;
  const maxGap = exact.length * 2 + 16;
  const lo = Math.max(0, hint - NEAR_WINDOW - prefix.length);
  const hi = Math.min(text.length, hint + NEAR_WINDOW);
  let best: { start: number; end: number } | undefined;
  for (let p = text.indexOf(prefix, lo); p >= 0 && p <= hi; p = text.indexOf(prefix, p + 1)) {
    const start = p + prefix.length;
    const gap = text.slice(start, start + maxGap + suffix.length).indexOf(suffix);
    if (gap <= 0) continue;
    const s = start + gap;
    if (!best || Math.abs(start - hint) < Math.abs(best.start - hint)) best = { start, end: s };
  }
  return best;
}

/**
 * Stage 3: the quote within floor(length / 4) edits (at most 32), where the
 * context still mostly agrees (unless the quote is long enough to stand on
 * its own). Best score: fewest edits in quote and context together, then
 * nearest to the hint.
 */
function findFuzzy(text: string, exact: string, prefix: string, suffix: string, hint: number): { start: number; end: number } | undefined {
  const maxErrors = Math.min(32, Math.floor(exact.length / 4));
  if (maxErrors === 0) return undefined;
  const standsAlone = exact.length >= 40;
  let best: { start: number; end: number; score: number } | undefined;
  // Every end position, so the context can choose where the quote ends ("eight fi|rms including").
  const from = Math.max(0, hint - FUZZY_WINDOW);
  const to = Math.min(text.length, hint + exact.length + FUZZY_WINDOW);
  const contextMax = Math.ceil((prefix.length + suffix.length) / 2);
  for (const m of approximateMatches(text, exact, maxErrors, { from, to, everyEnd: true, limit: 64 })) {
    // Only as many context edits as could still beat the best candidate (and pass the context test).
    const room = Math.min(standsAlone ? prefix.length + suffix.length : contextMax, best ? Math.ceil(best.score) - m.errors : Infinity);
    if (room < 0) continue;
    const before = boundedDistance(prefix, text.slice(Math.max(0, m.start - prefix.length), m.start), room);
    if (before > room) continue;
    const contextErrors = before + boundedDistance(suffix, text.slice(m.end, m.end + suffix.length), room - before);
    if (contextErrors > room) continue;
    const score = m.errors + contextErrors + Math.min(1, Math.abs(m.start - hint) / (text.length + 1));
    if (!best || score < best.score) best = { start: m.start, end: m.end, score };
  }
  return best;
}
