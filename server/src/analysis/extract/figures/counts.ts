/**
 * Counts of a noun: "about 100 top experts", "more than a dozen local
 * companies", "two companies", "hundreds of engineers". The counted noun is
 * the first plural noun within three words after the number, with only
 * adjectives between; the unit is that noun, in the plural.
 */
import { lowerCode, WordTable } from './wordTable';
import { isAsciiLetter } from '../../text/chars';

const OF = /[ \t\u00a0]+of(?:[ \t\u00a0]+(?:the|its|their|our|his|her|these|those))?(?=[ \t\u00a0])/iy;

/** Words that end a noun phrase search: function words, verbs, time words. */
const STOP = new WordTable([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'and', 'or', 'but', 'nor', 'so', 'yet', 'into', 'onto', 'over', 'under',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'shall',
  'has', 'have', 'had', 'do', 'does', 'did', 'not', 'no', 'that', 'this', 'these', 'those', 'which', 'who', 'whom', 'whose',
  'it', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'as', 'than', 'per', 'each', 'every', 'if', 'when', 'while', 'where',
  'then', 'there', 'here', 'also', 'only', 'just', 'even', 'still', 'about', 'around', 'up', 'down', 'out', 'off', 'after', 'before',
  'percent', 'per cent', 'times', 'time', 'ago', 'later', 'earlier', 'years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day',
  'hours', 'minutes', 'seconds', 'decades', 'quarters', 'we', 'they', 'he', 'she', 'i', 'you', 'them', 'us', 'me',
]);

/** Words ending in "s" that are not plural nouns. */
const NOT_PLURAL = new WordTable([
  'is', 'was', 'has', 'does', 'its', 'this', 'thus', 'plus', 'less', 'us', 'yes', 'his', 'hers', 'ours', 'theirs', 'always', 'perhaps',
  'across', 'unless', 'whereas', 'besides', 'towards', 'afterwards', 'nevertheless', 'various', 'previous', 'serious', 'famous',
  'numerous', 'news', 'says', 'shows', 'means', 'remains', 'seems', 'makes', 'takes', 'gets', 'goes', 'comes', 'looks', 'needs',
  'wants', 'gives', 'puts', 'sets', 'lets', 'runs', 'becomes', 'includes', 'represents', 'marks', 'adds', 'calls', 'expects', 'plans',
  'aims', 'hopes', 'reports', 'rises', 'falls', 'grows', 'jumps', 'drops', 'gains', 'loses', 'ends', 'begins', 'starts', 'continues',
  'various', 'gas', 'bus', 'campus', 'status', 'bonus', 'focus', 'virus', 'census', 'consensus', 'basis', 'analysis', 'crisis', 'emphasis',
  'thesis', 'axis', 'chassis', 'series', 'species', 'whereas', 'overseas', 'alias', 'atlas', 'canvas', 'bias', 'process', 'access', 'success',
  'business', 'progress', 'congress', 'address', 'express', 'class', 'glass', 'mass', 'pass', 'boss', 'loss', 'cross', 'gross', 'stress',
]);

const IRREGULAR_PLURALS = new WordTable(['people', 'children', 'men', 'women', 'staff', 'personnel', 'police', 'cattle', 'feet', 'teeth', 'mice', 'geese', 'workforce', 'data', 'media', 'criteria', 'phenomena', 'crew', 'livestock']);

/** Whether the word text[s, e) (ASCII letters, apostrophes, hyphens) is a plural noun. */
function isPlural(text: string, s: number, e: number): boolean {
  if (IRREGULAR_PLURALS.has(text, s, e)) return true;
  if (e - s < 3 || NOT_PLURAL.has(text, s, e)) return false;
  // Ends in "s", but not "ss", "us", "is", "'s", "’s".
  if (lowerCode(text.charCodeAt(e - 1)) !== 115) return false;
  const p = lowerCode(text.charCodeAt(e - 2));
  return p !== 115 && p !== 117 && p !== 105 && p !== 39 && p !== 0x2019;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

function isWordChar(c: number): boolean {
  return isAsciiLetter(c) || c === 39 || c === 0x2019 || c === 45;
}

/** Where the word after blanks at pos ends, or -1 when none is there. A word is a letter, then letters, apostrophes, hyphens. */
function wordEndAfter(text: string, pos: number): number {
  if (!isBlank(text.charCodeAt(pos))) return -1;
  let k = pos + 1;
  while (isBlank(text.charCodeAt(k))) k++;
  if (!isAsciiLetter(text.charCodeAt(k))) return -1;
  let e = k + 1;
  while (isWordChar(text.charCodeAt(e))) e++;
  return e;
}

/** Where the word ending at end starts (blanks stand before every word). */
function wordStartBefore(text: string, end: number): number {
  let s = end - 1;
  while (isWordChar(text.charCodeAt(s - 1))) s--;
  return s;
}

/** Lemma-ish plural of a singular noun ("company" → "companies"). */
export function pluralize(w: string): string {
  const l = w.toLowerCase();
  if (isPlural(l, 0, l.length)) return l;
  if (/[^aeiou]y$/.test(l)) return l.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/.test(l)) return l + 'es';
  return l + 's';
}

export interface CountNoun {
  unit: string;
  /** End of the noun phrase. */
  end: number;
}

/**
 * The counted noun after pos (the end of a number), if any. `singular`
 * allows a singular noun (after "one", "a").
 */
export function countNounAfter(text: string, pos: number, singular: boolean, allowOf: boolean): CountNoun | undefined {
  let at = pos;
  if (allowOf) {
    OF.lastIndex = pos;
    if (OF.exec(text)) at = OF.lastIndex;
  }
  // Read in code, without a pattern or a lower-cased copy: most numbers are followed by a word, and most such words are not counted.
  for (let i = 0; i < 3; i++) {
    const end = wordEndAfter(text, at);
    if (end < 0) return undefined;
    const start = wordStartBefore(text, end);
    if (STOP.has(text, start, end)) return undefined;
    if (isPlural(text, start, end)) {
      // The unit without a final apostrophe.
      const last = text.charCodeAt(end - 1);
      return { unit: text.slice(start, last === 39 || last === 0x2019 ? end - 1 : end).toLowerCase(), end };
    }
    const first = text.charCodeAt(start);
    if (singular && first >= 97 && first <= 122 && !(lowerCode(text.charCodeAt(end - 2)) === 108 && lowerCode(text.charCodeAt(end - 1)) === 121)) {
      // "one company", "one new company": a singular noun ends the phrase.
      const nextEnd = wordEndAfter(text, end);
      if (nextEnd < 0 || STOP.has(text, wordStartBefore(text, nextEnd), nextEnd)) return { unit: pluralize(text.slice(start, end).toLowerCase()), end };
    }
    // An adjective or a noun modifier: keep looking.
    at = end;
  }
  return undefined;
}
