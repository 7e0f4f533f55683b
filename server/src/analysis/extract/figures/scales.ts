/**
 * Scale words and abbreviations after a number written in digits: "2 million",
 * "1.5bn", "$6.7B", "10k", "3 lakh crore", "3 dozen". A lower-case "m" means
 * million only for money ("$5m"); "1m" alone is a length.
 */
import { WordTable } from './wordTable';
import { isAsciiLetter, isDigit } from '../../text/chars';

/** A Map, not an object: looked up with many different keys, an object's property load was slow. */
const FACTORS: ReadonlyMap<string, number> = new Map(Object.entries({
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, dozen: 12, dozens: 12, doz: 12, dozs: 12,
  k: 1e3, thou: 1e3, mn: 1e6, mln: 1e6, mil: 1e6, mio: 1e6, bn: 1e9, bln: 1e9, tn: 1e12, tln: 1e12, tr: 1e12,
}));

/** Words and abbreviations that may stand after a space; single capitals only when glued, except K and M. */
const SPACED_WORDS = new WordTable(['hundred', 'thousand', 'million', 'billion', 'trillion', 'lakh', 'lakhs', 'crore', 'crores', 'dozen', 'dozens', 'doz', 'dozs', 'mn', 'mln', 'mil', 'mio', 'bn', 'bln', 'tn', 'tln', 'k', 'm']);
/**
 * The scale word at k (after the blanks), as written for a single letter
 * ("K", "m"), in lower case otherwise (either way as long as the text's);
 * undefined when the run of letters there is not one or a digit follows it.
 */
function spacedScaleAt(text: string, k: number): string | undefined {
  let e = k;
  while (isAsciiLetter(text.charCodeAt(e))) e++;
  if (e === k || isDigit(text.charCodeAt(e))) return undefined;
  const word = SPACED_WORDS.find(text, k, e);
  if (word === undefined) return undefined;
  return e - k === 1 ? text[k] : word;
}
const GLUED = /(k|K|mn|mln|mil|bn|bln|b|B|tn|tln|M|T|m)(?![A-Za-z0-9])/y;

const MONEY_M = /[ \t]?m(?![A-Za-z0-9])/y;

export interface ScaleMatch {
  factor: number;
  end: number;
}

function factorOf(word: string): number | undefined {
  if (word === 'M' || word === 'm') return 1e6;
  if (word === 'B' || word === 'b') return 1e9;
  if (word === 'T') return 1e12;
  return FACTORS.get(word.toLowerCase());
}

/** The scale at pos (right after a number), chained ("hundred thousand", "lakh crore"). */
export function parseScaleAt(text: string, pos: number, opts: { money?: boolean } = {}): ScaleMatch | undefined {
  // Every scale starts with b, c, d, h, k, l, m or t, after at most some spaces.
  let k = pos;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
  const c = text.charCodeAt(k) | 32;
  if (c !== 98 && c !== 99 && c !== 100 && c !== 104 && c !== 107 && c !== 108 && c !== 109 && c !== 116) return undefined;
  let factor = 1;
  let end = pos;
  let found = false;
  for (let guard = 0; guard < 4; guard++) {
    let word: string | undefined;
    let next = end;
    // GLUED wants a letter right at end; SPACED, a listed word after blanks (read from the table, no pattern).
    if (!found && isAsciiLetter(text.charCodeAt(end))) {
      GLUED.lastIndex = end;
      const g = GLUED.exec(text);
      if (g && (g[1] !== 'm' || opts.money)) {
        word = g[1];
        next = GLUED.lastIndex;
      }
    }
    if (word === undefined) {
      let at = end;
      while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
      const s = spacedScaleAt(text, at);
      // Single letters: k/K and M always, m only for money; B and T only glued ("$6.7B").
      const letterOk = s === undefined || s.length > 1 || s !== 'm' || opts.money;
      if (s !== undefined && letterOk) {
        word = s;
        next = at + s.length;
      } else if (opts.money && !found) {
        MONEY_M.lastIndex = end;
        if (MONEY_M.test(text)) {
          word = 'm';
          next = MONEY_M.lastIndex;
        }
      }
    }
    if (word === undefined) break;
    const f = factorOf(word);
    if (f === undefined) break;
    // "dozen" and "hundred" only multiply what precedes them, never follow a bigger scale.
    if (found && f <= 100 && factor > 100) break;
    factor *= f;
    end = next;
    found = true;
  }
  return found ? { factor, end } : undefined;
}
