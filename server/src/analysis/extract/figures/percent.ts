/** Percentages and percentage points after a number: "40%", "27 %", "40 percent", "40 per cent", "3 percentage points", "2pp". */

import { isAsciiLetter, isDigit } from '../../text/chars';

const PERCENT = /[ \t\u00a0]*(?:(percentage[ \t]+points?|pct\.?[ \t]+points?|%[ \t]*pts?\b|pp\b|ppts?\b|basis[ \t]+points?|bps\b)|(%|％|percent(?:age)?s?\b|per[ \t]?cent\b|pct\b))/iy;
const PERCENT_OF = /\b(?:percent|per[ \t]?cent)[ \t]+of[ \t]+$/i;

export interface PercentMatch {
  unit: '%' | 'pp';
  end: number;
  /** Basis points are hundredths of a percentage point. */
  factor: number;
}

/** Whether PERCENT's "%[ \t]*pts?\b" continues at pos, right after a "%". */
function pointsAfterSign(text: string, pos: number): boolean {
  let k = pos;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
  if ((text.charCodeAt(k) | 32) !== 112 || (text.charCodeAt(k + 1) | 32) !== 116) return false;
  k += 2;
  if ((text.charCodeAt(k) | 32) === 115) k++;
  const n = text.charCodeAt(k);
  return !(isAsciiLetter(n) || isDigit(n) || n === 95);
}

export function percentAfter(text: string, pos: number): PercentMatch | undefined {
  // Cheap test first: after blanks, "%", "％", or a "p" or "b" word.
  let k = pos;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 0xa0) k++;
  const c = text.charCodeAt(k);
  const l = c | 32;
  if (c !== 37 && c !== 0xff05 && l !== 112 && l !== 98) return undefined;
  // "%" not followed by "pt" or "pts" (percentage points): the pattern's "%", known without it.
  if (c === 37 && !pointsAfterSign(text, k + 1)) return { unit: '%', end: k + 1, factor: 1 };
  PERCENT.lastIndex = pos;
  const m = PERCENT.exec(text);
  if (!m) return undefined;
  if (m[1]) return { unit: 'pp', end: PERCENT.lastIndex, factor: /^b/i.test(m[1]) ? 0.01 : 1 };
  return { unit: '%', end: PERCENT.lastIndex, factor: 1 };
}

/** "percent of 10" (the percent word before the number): where it starts. */
export function percentBefore(text: string, pos: number): number | undefined {
  let k = pos - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  if (k < 0 || (text.charCodeAt(k) | 32) !== 102) return undefined; // "…of"
  const from = Math.max(0, pos - 16);
  const m = PERCENT_OF.exec(text.slice(from, pos));
  return m ? from + m.index : undefined;
}
