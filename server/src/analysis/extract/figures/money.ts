/** Money: a number with a currency before or after it, converted to US dollars at the year's rate. */
import type { Figure, UsdValue } from '../../model';
import type { RateTable } from '../rates';
import { roundConverted } from '../rates';
import { parseNumberAt } from './numbers';
import { UNITS, TENS } from './numberWords';

/** "thirteen dollars and forty-five cents", "thirteen dollars forty five": the cents after the main unit. */
const CENTS_AFTER = /[ \t]+(?:and[ \t]+)?/y;
const CENTS_WORD = /[ \t]+cents?\b/iy;
const CLAUSE_END = /[ \t]*(?:$|[.,;:!?)\r\n])/y;

export function centsAfter(text: string, pos: number): { cents: number; end: number } | undefined {
  CENTS_AFTER.lastIndex = pos;
  if (!CENTS_AFTER.exec(text)) return undefined;
  const at = CENTS_AFTER.lastIndex;
  const c = text.charCodeAt(at);
  const isWordNumber = /[a-z]/i.test(text[at] ?? '') && (UNITS.has(wordAt(text, at)) || TENS.has(wordAt(text, at)));
  if (!(c >= 48 && c <= 57) && !isWordNumber) return undefined;
  const n = parseNumberAt(text, at);
  if (!n || n.scale !== 1 || n.vague || !Number.isInteger(n.value) || n.value < 1 || n.value > 99) return undefined;
  CENTS_WORD.lastIndex = n.end;
  if (CENTS_WORD.exec(text)) return { cents: n.value, end: CENTS_WORD.lastIndex };
  CLAUSE_END.lastIndex = n.end;
  if (n.words && CLAUSE_END.test(text)) return { cents: n.value, end: n.end };
  return undefined;
}

function wordAt(text: string, pos: number): string {
  const m = /[A-Za-z]+/y;
  m.lastIndex = pos;
  return m.exec(text)?.[0].toLowerCase() ?? '';
}

/** Sets `usd` on a money figure (and on money ranges). */
export function convertToUsd(fig: Figure, rates: RateTable, year: number | undefined): void {
  const r = rates.rate(fig.unit, year);
  if (!r) return;
  const rate = r.rate;
  const usd: UsdValue = { value: converted(fig.value, rate), low: converted(fig.low, rate), high: converted(fig.high, rate), rate, year: r.year };
  fig.usd = usd;
}

/** An amount in US dollars at the rate (no closure per figure: money is a seventh of all figures). */
function converted(x: number, rate: number): number {
  return Number.isFinite(x) && rate !== 1 ? roundConverted(x * rate) : x;
}
