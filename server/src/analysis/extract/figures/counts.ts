/**
 * Counts of a noun: "about 100 top experts", "more than a dozen local
 * companies", "two companies", "hundreds of engineers". The counted noun is
 * the first plural noun within three words after the number, with only
 * adjectives between; the unit is that noun, in the plural.
 */

const WORD = /[ \t\u00a0]+([A-Za-z][A-Za-z'’-]*)/y;
const OF = /[ \t\u00a0]+of(?:[ \t\u00a0]+(?:the|its|their|our|his|her|these|those))?(?=[ \t\u00a0])/iy;

/** Words that end a noun phrase search: function words, verbs, time words. */
const STOP = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'and', 'or', 'but', 'nor', 'so', 'yet', 'into', 'onto', 'over', 'under',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'shall',
  'has', 'have', 'had', 'do', 'does', 'did', 'not', 'no', 'that', 'this', 'these', 'those', 'which', 'who', 'whom', 'whose',
  'it', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'as', 'than', 'per', 'each', 'every', 'if', 'when', 'while', 'where',
  'then', 'there', 'here', 'also', 'only', 'just', 'even', 'still', 'about', 'around', 'up', 'down', 'out', 'off', 'after', 'before',
  'percent', 'per cent', 'times', 'time', 'ago', 'later', 'earlier', 'years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day',
  'hours', 'minutes', 'seconds', 'decades', 'quarters', 'we', 'they', 'he', 'she', 'i', 'you', 'them', 'us', 'me',
]);

/** Words ending in "s" that are not plural nouns. */
const NOT_PLURAL = new Set([
  'is', 'was', 'has', 'does', 'its', 'this', 'thus', 'plus', 'less', 'us', 'yes', 'his', 'hers', 'ours', 'theirs', 'always', 'perhaps',
  'across', 'unless', 'whereas', 'besides', 'towards', 'afterwards', 'nevertheless', 'various', 'previous', 'serious', 'famous',
  'numerous', 'news', 'says', 'shows', 'means', 'remains', 'seems', 'makes', 'takes', 'gets', 'goes', 'comes', 'looks', 'needs',
  'wants', 'gives', 'puts', 'sets', 'lets', 'runs', 'becomes', 'includes', 'represents', 'marks', 'adds', 'calls', 'expects', 'plans',
  'aims', 'hopes', 'reports', 'rises', 'falls', 'grows', 'jumps', 'drops', 'gains', 'loses', 'ends', 'begins', 'starts', 'continues',
  'various', 'gas', 'bus', 'campus', 'status', 'bonus', 'focus', 'virus', 'census', 'consensus', 'basis', 'analysis', 'crisis', 'emphasis',
  'thesis', 'axis', 'chassis', 'series', 'species', 'whereas', 'overseas', 'alias', 'atlas', 'canvas', 'bias', 'process', 'access', 'success',
  'business', 'progress', 'congress', 'address', 'express', 'class', 'glass', 'mass', 'pass', 'boss', 'loss', 'cross', 'gross', 'stress',
]);

const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'staff', 'personnel', 'police', 'cattle', 'feet', 'teeth', 'mice', 'geese', 'workforce', 'data', 'media', 'criteria', 'phenomena', 'crew', 'livestock']);

function isPlural(w: string): boolean {
  const l = w.toLowerCase();
  if (IRREGULAR_PLURALS.has(l)) return true;
  if (NOT_PLURAL.has(l) || l.length < 3) return false;
  return l.endsWith('s') && !l.endsWith('ss') && !l.endsWith('us') && !l.endsWith('is') && !l.endsWith("'s") && !l.endsWith('’s');
}

/** Lemma-ish plural of a singular noun ("company" → "companies"). */
export function pluralize(w: string): string {
  const l = w.toLowerCase();
  if (isPlural(l)) return l;
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
  for (let i = 0; i < 3; i++) {
    WORD.lastIndex = at;
    const m = WORD.exec(text);
    if (!m) return undefined;
    const word = m[1];
    const lower = word.toLowerCase();
    if (STOP.has(lower)) return undefined;
    if (isPlural(word)) return { unit: lower.replace(/[’']$/, ''), end: WORD.lastIndex };
    if (singular && /^[a-z]/.test(word) && !lower.endsWith('ly')) {
      // "one company", "one new company": a singular noun ends the phrase.
      const end = WORD.lastIndex;
      const next = WORD.exec(text);
      const gap = text.slice(end, next ? next.index : end + 1);
      if (!next || STOP.has(next[1].toLowerCase()) || /[^ \t\u00a0]/.test(gap)) return { unit: pluralize(lower), end };
      WORD.lastIndex = end;
    }
    // An adjective or a noun modifier: keep looking, but not across capitals after the first word.
    if (/[^A-Za-z'’-]/.test(word)) return undefined;
    at = WORD.lastIndex;
  }
  return undefined;
}
