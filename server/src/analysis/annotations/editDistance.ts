/**
 * Bounded edit distance (Levenshtein), for re-anchoring a quote whose text
 * changed a little. Both functions stop early once the bound is exceeded
 * (Ukkonen's cut-off), so their cost is about O(n·k), not O(n·m).
 */

export interface ApproximateMatch {
  start: number;
  end: number;
  errors: number;
}

/**
 * Where `pattern` occurs in text[from, to) with at most maxErrors edits
 * (Sellers' approximate substring search). One match per run of adjacent
 * end positions (the best of the run), or with `everyEnd` one per end
 * position; at most `limit`, fewest errors first.
 */
export function approximateMatches(text: string, pattern: string, maxErrors: number, options: { from?: number; to?: number; limit?: number; everyEnd?: boolean } = {}): ApproximateMatch[] {
  const { from = 0, to = text.length, limit = 32, everyEnd = false } = options;
  const m = pattern.length;
  if (m === 0 || maxErrors < 0) return [];
  const k = Math.min(maxErrors, m);
  // col[i]: edits to match pattern[0, i) against some text ending at the current position.
  const col = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) col[i] = i;
  let last = Math.min(k, m); // deepest row whose value may still be ≤ k
  const ends: Array<{ end: number; errors: number }> = [];
  let run: { end: number; errors: number } | undefined;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    let diag = 0; // col[i-1] of the previous column; row 0 is always 0 (a match may start anywhere)
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
    if (last === m) {
      const errors = col[m]!;
      if (run && run.end === j && !everyEnd) {
        run.end = j + 1;
        if (errors < run.errors) {
          run.errors = errors;
          ends[ends.length - 1] = { end: j + 1, errors };
        }
      } else {
        run = { end: j + 1, errors };
        ends.push({ end: j + 1, errors });
      }
    } else {
      run = undefined;
    }
  }
  ends.sort((a, b) => a.errors - b.errors || a.end - b.end);
  return ends.slice(0, limit).map(({ end, errors }) => ({ start: matchStart(text, pattern, end, errors, from), end, errors }));
}

/** The start of the best alignment of pattern ending at `end` (reverse search over at most m + errors characters). */
function matchStart(text: string, pattern: string, end: number, errors: number, floor: number): number {
  const m = pattern.length;
  const lo = Math.max(floor, end - m - errors);
  // prev[i]: edits between the last i pattern characters and text[j, end).
  let prev = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  let best = prev[m]! <= errors ? end : -1;
  let bestScore = prev[m]!;
  for (let j = end - 1; j >= lo; j--) {
    const next = new Int32Array(m + 1);
    next[0] = end - j;
    const c = text.charCodeAt(j);
    for (let i = 1; i <= m; i++) {
      const cost = pattern.charCodeAt(m - i) === c ? 0 : 1;
      next[i] = Math.min(prev[i - 1]! + cost, prev[i]! + 1, next[i - 1]! + 1);
    }
    prev = next;
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
