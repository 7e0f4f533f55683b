/**
 * Bounded edit distance (Levenshtein), for re-anchoring a quote whose text
 * changed a little: an approximate substring search (bit-parallel for short
 * quotes, a cut-off dynamic programme for long ones) and a bounded distance
 * between two strings that stops once the bound is exceeded.
 */

export interface ApproximateMatch {
  start: number;
  end: number;
  errors: number;
}

/** Called for each end position in the text where the pattern matches with `errors` ≤ the bound. */
type OnEnd = (end: number, errors: number) => void;

/**
 * Where `pattern` occurs in text[from, to) with at most maxErrors edits
 * (approximate substring search). One match per run of adjacent end
 * positions (the best of the run), or with `everyEnd` one per end position;
 * at most `limit`, fewest errors first.
 */
export function approximateMatches(text: string, pattern: string, maxErrors: number, options: { from?: number; to?: number; limit?: number; everyEnd?: boolean } = {}): ApproximateMatch[] {
  const { from = 0, to = text.length, limit = 32, everyEnd = false } = options;
  const m = pattern.length;
  if (m === 0 || maxErrors < 0) return [];
  const k = Math.min(maxErrors, m);
  const ends: Array<{ end: number; errors: number }> = [];
  let run: { end: number; errors: number } | undefined;
  const onEnd: OnEnd = (end, errors) => {
    if (run && run.end === end - 1 && !everyEnd) {
      run.end = end;
      if (errors < run.errors) {
        run.errors = errors;
        ends[ends.length - 1] = { end, errors };
      }
    } else {
      run = { end, errors };
      ends.push({ end, errors });
    }
  };
  if (m <= 32) scanBitParallel(text, pattern, k, from, to, onEnd);
  else scanCutoff(text, pattern, k, from, to, onEnd);
  ends.sort((x, y) => x.errors - y.errors || x.end - y.end);
  return ends.slice(0, limit).map(({ end, errors }) => ({ start: matchStart(text, pattern, end, errors, from), end, errors }));
}

/**
 * Myers' bit-vector algorithm (1999) for patterns of at most 32 characters:
 * the whole column of the edit-distance matrix in two 32-bit words, O(n).
 */
export function scanBitParallel(text: string, pattern: string, k: number, from: number, to: number, onEnd: OnEnd): void {
  const m = pattern.length;
  // Where each character occurs in the pattern, as a bit mask: a table for ASCII, a map beyond.
  const ascii = new Int32Array(128);
  const other = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    if (c < 128) ascii[c]! |= 1 << i;
    else other.set(c, (other.get(c) ?? 0) | (1 << i));
  }
  const high = 1 << (m - 1);
  let pv = -1; // vertical +1 deltas (all rows start at i)
  let mv = 0; // vertical -1 deltas
  let score = m;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    const eq = c < 128 ? ascii[c]! : (other.get(c) ?? 0);
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    // Row 0 is 0 in every column (a match may start anywhere): no carry into the first row.
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score <= k) onEnd(j + 1, score);
  }
}

/** Sellers' dynamic programme with Ukkonen's cut-off, for longer patterns: about O(n·k). */
export function scanCutoff(text: string, pattern: string, k: number, from: number, to: number, onEnd: OnEnd): void {
  const m = pattern.length;
  // col[i]: edits to match pattern[0, i) against some text ending at the current position.
  const col = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) col[i] = i;
  let last = Math.min(k, m); // deepest row whose value may still be ≤ k
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    let diag = 0; // col[i-1] of the previous column; row 0 is always 0
    const top = Math.min(last + 1, m);
    for (let i = 1; i <= top; i++) {
      const up = col[i]!;
      const cost = pattern.charCodeAt(i - 1) === c ? 0 : 1;
      // Rows past `last` were > k in the previous column: treat them as k + 1.
      const left = i > last ? k + 1 : up;
      col[i] = Math.min(diag + cost, left + 1, col[i - 1]! + 1);
      diag = i > last ? k + 1 : up;
    }
    last = top;
    while (last > 0 && col[last]! > k) last--;
    if (last === m) onEnd(j + 1, col[m]!);
  }
}

/** The start of the best alignment of pattern ending at `end` (reverse search over at most m + errors characters). */
function matchStart(text: string, pattern: string, end: number, errors: number, floor: number): number {
  const m = pattern.length;
  const lo = Math.max(floor, end - m - errors);
  // prev[i]: edits between the last i pattern characters and text[j, end); two rows, swapped.
  let prev = new Int32Array(m + 1);
  let next = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  let best = prev[m]! <= errors ? end : -1;
  let bestScore = prev[m]!;
  for (let j = end - 1; j >= lo; j--) {
    next[0] = end - j;
    const c = text.charCodeAt(j);
    for (let i = 1; i <= m; i++) {
      const cost = pattern.charCodeAt(m - i) === c ? 0 : 1;
      next[i] = Math.min(prev[i - 1]! + cost, prev[i]! + 1, next[i - 1]! + 1);
    }
    [prev, next] = [next, prev];
    // Ties go to the longer span, so a quote that lost a letter is not also cut short.
    if (prev[m]! <= bestScore) {
      bestScore = prev[m]!;
      best = j;
    }
  }
  return best < 0 ? end - m : best;
}

/** Edit distance between a and b, or max + 1 as soon as it is known to exceed max. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const v = Math.min(prev[j - 1]! + (b.charCodeAt(j - 1) === c ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[n]!, max + 1);
}
