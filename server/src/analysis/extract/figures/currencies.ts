/**
 * Currencies as they are written around a number: symbols and codes before
 * it ("$", "US$", "€", "JPY20 billion", "c $ 16.4"), words and codes after it
 * ("3 trillion yen", "19 billion USD", "five million Swiss francs", "12-cent").
 */
import { lowerCode, WordTable } from './wordTable';
import { isAsciiLetter } from '../../text/chars';

export interface CurrencyMatch {
  code: string;
  /** Where the currency text starts (prefix) or ends (suffix). */
  at: number;
  /** Multiplier to the currency's main unit: 0.01 for cents and pence. */
  factor: number;
  /** Written as "pounds" without "sterling" or a scale: maybe a weight. */
  ambiguous?: boolean;
}

/** Symbols and prefixed codes, longest first where one is a suffix of another. */
const PREFIXES: ReadonlyArray<[string, string]> = [
  ['US$', 'USD'], ['U.S.$', 'USD'], ['USD$', 'USD'], ['C$', 'CAD'], ['CA$', 'CAD'], ['Can$', 'CAD'], ['CAD$', 'CAD'],
  ['A$', 'AUD'], ['AU$', 'AUD'], ['AUD$', 'AUD'], ['NZ$', 'NZD'], ['HK$', 'HKD'], ['S$', 'SGD'], ['SG$', 'SGD'],
  ['NT$', 'TWD'], ['R$', 'BRL'], ['Mex$', 'MXN'], ['MX$', 'MXN'], ['MXN$', 'MXN'], ['JP¥', 'JPY'], ['CN¥', 'CNY'], ['RMB¥', 'CNY'],
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['￥', 'JPY'], ['₩', 'KRW'], ['₹', 'INR'], ['₽', 'RUB'], ['₺', 'TRY'],
  ['₪', 'ILS'], ['฿', 'THB'], ['₫', 'VND'], ['₡', 'CRC'], ['₭', 'LAK'], ['₦', 'NGN'], ['₱', 'PHP'], ['₴', 'UAH'], ['₸', 'KZT'],
  ['₵', 'GHS'], ['₲', 'PYG'], ['Rs.', 'INR'], ['Rs', 'INR'], ['RM', 'MYR'], ['Rp', 'IDR'], ['zł', 'PLN'], ['Fr.', 'CHF'],
];

/** ISO codes recognised before or after a number. */
export const CODES = [
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'KRW', 'INR', 'CHF', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'BRL', 'MXN',
  'RUB', 'TRY', 'SEK', 'NOK', 'DKK', 'PLN', 'ZAR', 'THB', 'IDR', 'MYR', 'PHP', 'VND', 'ILS', 'AED', 'SAR',
];
const codeOf = (c: string) => (c.toUpperCase() === 'RMB' ? 'CNY' : c.toUpperCase());

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A prefix ending right before the number, with at most one space ("$ 75", "€ 2"); tokenised "c $" too. */
const PREFIX_RE = new RegExp(
  `(?:(?:^|[^A-Za-z$])(${PREFIXES.map(([s]) => escape(s)).join('|')})|(?:^|[^A-Za-z])(${CODES.join('|')})|(?:^|[^A-Za-z])([cC]|[uU][sS]) (\\$))[ \\t\\u00a0]?$`,
);
const PREFIX_CODE = new Map(PREFIXES);
/** The last characters of the prefixes: only a symbol among them ends a currency beyond ASCII ("€", "¥", "zł"), not "·" or a pictograph. */
const SYMBOL_LAST_CODES = new Set(PREFIXES.map(([s]) => s.charCodeAt(s.length - 1)));

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function currencyBefore(text: string, pos: number): CurrencyMatch | undefined {
  // Cheap test first: a currency ends in "$", a non-ASCII symbol, three capitals (a code), "RM", "Rs", "Rp", "Rs." or "Fr.".
  let k = pos - 1;
  if (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 0xa0)) k--;
  if (k < 0) return undefined;
  const c = text.charCodeAt(k);
  const b = text.charCodeAt(k - 1);
  if (c === 115 || c === 112) {
    if (b !== 82) return undefined;
  } else if (c === 46) {
    const a = text.charCodeAt(k - 2);
    if (!((b === 115 && a === 82) || (b === 114 && a === 70))) return undefined;
  } else if (c >= 65 && c <= 90) {
    if (!(isCapital(b) && (isCapital(text.charCodeAt(k - 2)) || (c === 77 && b === 82)))) return undefined;
  } else if (!(c === 36 || (c > 127 && SYMBOL_LAST_CODES.has(c)))) return undefined;
  const from = Math.max(0, pos - 8);
  const m = PREFIX_RE.exec(text.slice(from, pos));
  if (!m) return undefined;
  // The match ends with the currency and at most one space.
  const end = from + m.index + m[0].length - (isBlank(m[0].charCodeAt(m[0].length - 1)) ? 1 : 0);
  if (m[1] !== undefined) return { code: PREFIX_CODE.get(m[1]) ?? 'USD', at: end - m[1].length, factor: 1 };
  if (m[2] !== undefined) return { code: codeOf(m[2]), at: end - m[2].length, factor: 1 };
  return { code: /^c$/i.test(m[3]) ? 'CAD' : 'USD', at: end - m[3].length - 2, factor: 1 };
}

const NATIONAL: ReadonlyArray<[string, string]> = [
  ['US', 'USD'], ['U.S.', 'USD'], ['American', 'USD'], ['Canadian', 'CAD'], ['Australian', 'AUD'], ['Hong Kong', 'HKD'],
  ['Singapore', 'SGD'], ['Singaporean', 'SGD'], ['New Zealand', 'NZD'], ['Taiwan', 'TWD'], ['Taiwanese', 'TWD'], ['New Taiwan', 'TWD'],
  ['Japanese', 'JPY'], ['Chinese', 'CNY'], ['Korean', 'KRW'], ['South Korean', 'KRW'], ['Indian', 'INR'], ['Swiss', 'CHF'],
  ['British', 'GBP'], ['Mexican', 'MXN'], ['Brazilian', 'BRL'], ['Russian', 'RUB'], ['Turkish', 'TRY'], ['Swedish', 'SEK'],
  ['Norwegian', 'NOK'], ['Danish', 'DKK'], ['Polish', 'PLN'], ['South African', 'ZAR'], ['Thai', 'THB'], ['Indonesian', 'IDR'],
  ['Malaysian', 'MYR'], ['Philippine', 'PHP'], ['Israeli', 'ILS'],
];
const NATIONAL_CODE = new Map(NATIONAL.map(([w, c]) => [w.toLowerCase(), c]));

/** Currency words; the national adjective, when present, decides dollars, pesos, francs … */
const WORDS: ReadonlyArray<[string, string, number?]> = [
  ['dollars?', 'USD'], ['bucks', 'USD'], ['yen', 'JPY'], ['euros?', 'EUR'], ['pounds?[ \\t]+sterling', 'GBP'], ['sterling', 'GBP'],
  ['pounds?', 'GBP'], ['yuan', 'CNY'], ['renminbi', 'CNY'], ['won', 'KRW'], ['rupees?', 'INR'], ['francs?', 'CHF'],
  ['rubles?', 'RUB'], ['roubles?', 'RUB'], ['liras?', 'TRY'], ['lira', 'TRY'], ['pesos?', 'MXN'], ['reais', 'BRL'], ['rand', 'ZAR'],
  ['kronor', 'SEK'], ['krona', 'SEK'], ['kroner', 'NOK'], ['krone', 'NOK'], ['zlotys?', 'PLN'], ['baht', 'THB'], ['ringgit', 'MYR'],
  ['rupiah', 'IDR'], ['shekels?', 'ILS'], ['dirhams?', 'AED'], ['riyals?', 'SAR'], ['cents?', 'USD', 0.01], ['pence', 'GBP', 0.01],
  ['pennies', 'GBP', 0.01], ['penny', 'GBP', 0.01],
];
interface CurrencyWord {
  code: string;
  factor: number;
  /** A word several currencies use ("dollars", "francs"): a national adjective before it names the currency. */
  shared: boolean;
  /** "pound" or "pounds" alone: maybe a weight. */
  pounds: boolean;
}

/** Each currency word by its lower-case spellings ("dollar", "dollars", "pound sterling"), the first listed winning. */
const WORD_BY_SPELLING = new Map<string, CurrencyWord>();
for (const [w, code, factor] of WORDS) {
  for (const spelling of expandSpellings(w)) {
    // "Canadian dollars", "Swiss francs": the adjective names the currency when the word is shared.
    const shared = /dollar|peso|franc|rupee|krone|kroner|krona|pound/.test(spelling);
    if (!WORD_BY_SPELLING.has(spelling)) WORD_BY_SPELLING.set(spelling, { code, factor: factor ?? 1, shared, pounds: /^pounds?$/.test(spelling) });
  }
}

/** "pounds?[ \\t]+sterling" → pound sterling, pounds sterling (blanks as one space). */
function expandSpellings(pattern: string): string[] {
  let forms = [''];
  for (const part of pattern.split('[ \\t]+')) {
    const words = expand(part);
    forms = forms.flatMap((f) => words.map((w) => (f ? `${f} ${w}` : w)));
  }
  return forms;
}

/** The currency word a matched word spells, ignoring case and the width of blanks. */
function wordEntry(word: string): CurrencyWord | undefined {
  const lower = word.toLowerCase();
  return WORD_BY_SPELLING.get(lower.includes(' ') || lower.includes('\t') ? lower.replace(/[ \t]+/g, ' ') : lower);
}

function isThreeLetters(s: string, capitals: boolean): boolean {
  if (s.length !== 3) return false;
  for (let i = 0; i < 3; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (!capitals && c >= 97 && c <= 122))) return false;
  }
  return true;
}

const SUFFIX_RE = new RegExp(
  `[ \\t\\u00a0]*(?:-[ \\t]*)?(?:(${NATIONAL.map(([w]) => escape(w)).join('|')})[ \\t]+)?(${WORDS.map(([w]) => w).join('|')}|${CODES.join('|')}|¢|p(?=[ \\t]*(?:a|per)[ \\t]))(?![A-Za-z])`,
  'iy',
);

/** A symbol after the amount ("100 ₡", "10 €"), unless another amount follows it ("10 $ 30" is "$ 30"). */
const SYMBOL_AFTER = new RegExp(`[ \\t\\u00a0]?(${PREFIXES.filter(([s]) => !/^[A-Za-z]/.test(s)).map(([s]) => escape(s)).join('|')})(?![A-Za-z0-9]|[ \\t]*[0-9])`, 'y');

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/** Whether a symbol SYMBOL_AFTER can match stands at pos, after at most one blank: "$" or a character beyond ASCII. */
function symbolMayFollow(text: string, pos: number): boolean {
  let c = text.charCodeAt(pos);
  if (isBlank(c)) c = text.charCodeAt(pos + 1);
  return c === 36 || c > 127;
}

/**
 * Whether SUFFIX_RE can match at pos: after its blanks and hyphen, "¢" or a
 * run of letters that is the first word of a currency (or "U.S."). Most
 * numbers are followed by other words, read here without the pattern.
 */
function suffixMayFollow(text: string, pos: number): boolean {
  let k = pos;
  while (isBlank(text.charCodeAt(k))) k++;
  if (text.charCodeAt(k) === 45) {
    k++;
    while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
  }
  if (text.charCodeAt(k) === 0xa2) return true;
  let e = k;
  while (isAsciiLetter(text.charCodeAt(e))) e++;
  if (e === k) return false;
  return SUFFIX_FIRST_WORDS.has(text, k, e) || (text.charCodeAt(e) === 46 && DOTTED_FIRST_WORDS.some((w) => spelledAt(text, k, w)));
}

/** Whether text at pos spells the lower-case word w, ignoring ASCII case. */
function spelledAt(text: string, pos: number, w: string): boolean {
  for (let i = 0; i < w.length; i++) if (lowerCode(text.charCodeAt(pos + i)) !== w.charCodeAt(i)) return false;
  return true;
}

export function currencyAfter(text: string, pos: number): CurrencyMatch | undefined {
  if (symbolMayFollow(text, pos)) {
    SYMBOL_AFTER.lastIndex = pos;
    const sym = SYMBOL_AFTER.exec(text);
    if (sym) return { code: PREFIX_CODE.get(sym[1]) ?? 'USD', at: SYMBOL_AFTER.lastIndex, factor: 1 };
  }
  if (!suffixMayFollow(text, pos)) return undefined;
  SUFFIX_RE.lastIndex = pos;
  const m = SUFFIX_RE.exec(text);
  if (!m) return undefined;
  const word = m[2];
  const end = SUFFIX_RE.lastIndex;
  if (isThreeLetters(word, true) && CODES.includes(word)) return { code: codeOf(word), at: end, factor: 1 };
  if (isThreeLetters(word, false) && CODES.includes(word.toUpperCase()) && !wordEntry(word)) {
    return { code: codeOf(word), at: end, factor: 1 };
  }
  if (word === '¢') return { code: 'USD', at: end, factor: 0.01 };
  if (word === 'p') return { code: 'GBP', at: end, factor: 0.01 };
  const hit = wordEntry(word);
  if (!hit) return undefined;
  const national = m[1] ? NATIONAL_CODE.get(m[1].toLowerCase()) : undefined;
  const code = national && hit.shared ? national : hit.code;
  return { code, at: end, factor: hit.factor, ambiguous: hit.pounds && !m[1] };
}

/** Every first word of a currency written after a number, lower-case ("dollars", "us", "hong", "usd"), for a quick test. */
export const CURRENCY_FIRST_WORDS: ReadonlySet<string> = new Set([
  ...NATIONAL.map(([w]) => w.split(' ')[0].toLowerCase()),
  ...WORDS.flatMap(([w]) => expand(w.split(/\[ \\t\]/)[0])),
  ...CODES.map((c) => c.toLowerCase()),
  'p',
]);

/** The first words of CURRENCY_FIRST_WORDS made of letters, in a table; those with points ("u.s.") apart. */
const SUFFIX_FIRST_WORDS = new WordTable([...CURRENCY_FIRST_WORDS].filter((w) => /^[a-z]+$/.test(w)));
const DOTTED_FIRST_WORDS = [...CURRENCY_FIRST_WORDS].filter((w) => !/^[a-z]+$/.test(w));

/** The words a pattern of WORDS stands for: "dollars?" → dollar, dollars. */
function expand(pattern: string): string[] {
  if (pattern.endsWith('?')) return [pattern.slice(0, -2), pattern.slice(0, -1)];
  return [pattern];
}
