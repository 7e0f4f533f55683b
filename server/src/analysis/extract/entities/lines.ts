/**
 * The shape of each line, per token: body text, a Title Case headline or
 * label line ("Key Facts at a Glance", "Alpha Take", "Reward"), or a comment
 * user handle (a lone word on a line above a "· 2025-12-24 06:14" timestamp).
 * Names are inferred only from body text; handles yield nothing at all.
 */
import * as tokens from './tokens';
import type { TokenStream } from './tokens';

// Local copies: these run once per token, and under tsx (tests, bench) an imported binding costs a getter call.
const { CAP, LOWER_START } = tokens;

export const BODY = 0;
export const HEADLINE = 1;
export const HANDLE = 2;

/** Lower-case words a Title Case headline keeps lower-case. */
const HEADLINE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'vs', 'as', 'from', 'into', 'via', 'per', 'nor', 'but', 'up']);
/** A longer word is none of them, without slicing it. */
const SMALL_WORD_MAX = Math.max(...[...HEADLINE_SMALL_WORDS].map((w) => w.length));

/** The kind of each token's line; `reuse`, an array the caller is done with, is filled again when it is large enough. */
export function lineKinds(ts: TokenStream, reuse?: Uint8Array): Uint8Array {
  const kinds = reuse !== undefined && reuse.length >= ts.count ? reuse : new Uint8Array(ts.count);
  const { text, starts, ends, flags, lineStarts, lineCount } = ts;
  for (let l = 0; l < lineCount; l++) {
    const first = lineStarts[l];
    const last = (l + 1 < lineCount ? lineStarts[l + 1] : ts.count) - 1;
    kinds.fill(classifyLine(first, last, text, starts, ends, flags), first, last + 1);
  }
  return kinds;
}

function classifyLine(first: number, last: number, text: string, starts: Int32Array, ends: Int32Array, flags: Uint8Array): number {
  if (first === last && isAboveTimestamp(text, ends[last])) return HANDLE;
  let capitalized = 0;
  for (let i = first; i <= last; i++) {
    const f = flags[i];
    if (f & CAP) capitalized++;
    else if (f & LOWER_START && (ends[i] - starts[i] > SMALL_WORD_MAX || !HEADLINE_SMALL_WORDS.has(text.slice(starts[i], ends[i])))) return BODY;
  }
  if (first === last) return HEADLINE;
  return capitalized >= 2 && !endsWithPeriod(text, ends[last]) ? HEADLINE : BODY;
}

/** Whether the line ends with a '.' (a sentence, not a headline). */
function endsWithPeriod(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return false;
    if (c === 46) return true;
  }
  return false;
}

/** Whether the next non-blank line starts with "·" or an ISO date: a comment's timestamp line. */
function isAboveTimestamp(text: string, from: number): boolean {
  let i = from;
  const n = text.length;
  while (i < n && text.charCodeAt(i) !== 10) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false; // something else follows on the same line
    i++;
  }
  while (i < n && (text.charCodeAt(i) <= 32 || text.charCodeAt(i) === 0xa0)) i++;
  if (i >= n) return false;
  const c = text.charCodeAt(i);
  if (c === 0xb7 || c === 0x2022) return true;
  return /^\d{4}-\d{2}-\d{2}/.test(text.slice(i, i + 10));
}
