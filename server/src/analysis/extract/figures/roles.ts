/**
 * Why a figure is not a claim, when it is not: page furniture ("4 views",
 * "10 min read", "16 Likes", "0/400", a lone counter line, "Reply0"),
 * timestamps (comment dates, datelines, "date 2026-01-25"), list labels
 * ("Year 1:", "2."), model sizes ("trillion-parameter"). Such figures are
 * still reported, so the claim layer can see and ignore them.
 */
import type { Figure } from '../../model';
import { isAsciiLetter } from '../../text/chars';

const FURNITURE_NOUNS = new Set([
  'views', 'likes', 'comments', 'shares', 'reposts', 'replies', 'followers', 'subscribers', 'reactions', 'retweets',
  'upvotes', 'downvotes', 'claps', 'reads', 'bookmarks', 'favorites', 'favourites', 'stars', 'forks', 'watchers', 'votes',
]);
const READ_TIME = /[ \t]*(?:read|listen|watch|reading)\b/iy;
const TIMESTAMP_PREFIX = /(?:^|[\r\n])[ \t\uFEFF]*(?:date[d:]?|posted|published|updated|last updated|created|modified)[ \t]*:?[ \t]*(?:on[ \t]+)?$/i;
const LIST_LABEL_BEFORE = /\b(Year|Step|Phase|Stage|Part|Chapter|Round|Tier|Level|Section|Item|No\.|Number|Day|Week|Month|Quarter)[ \t]+$/;
const LABEL_END = /[ \t]*[:.)—–-]/y;
/** What a counter looks like: "16", "0/400", "1,024". */
const PLAIN_COUNTER = /^[\d.,/]+$/;
const LIST_NUMBER_AFTER = /[.)][ \t]/y;
/** A counter glued to its label: "Reply0", "Likes12". */
const COUNTER_WORD = /(?:Reply|Replies|Likes?|Comments?|Shares?|Reposts?|Views?)$/i;
const DATELINE = /^[ \t]*[A-Z][A-Z .'’-]{1,40}(?:\([A-Za-z .]+\))?,[ \t]*$/;
const DATELINE_AFTER = /[ \t]*(?:\([A-Za-z .]+\)[ \t]*)?[—–-]/y;

/** Whether blanks and then "r", "l" or "w" (read, listen, watch) stand at pos: most durations are not reading times. */
function readTimeMayFollow(text: string, pos: number): boolean {
  let k = pos;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
  const l = text.charCodeAt(k) | 32;
  return l === 114 || l === 108 || l === 119;
}

/** White space, bullets, separators and pictographs: what frames a counter on a line of its own. */
function isFrame(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0xb7 || c === 0x2022 || c === 124 || c === 45 || c === 0x2013 || c === 0x2014 || c === 0xfeff || c === 0xfe0f || c === 0x200d || (c >= 0x2190 && c <= 0x2bff) || (c >= 0xd800 && c <= 0xdfff);
}

/** Whether text[from, to) is all frame; scans from the figure outwards, so prose fails at once. */
function onlyFrameBefore(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) if (!isFrame(text.charCodeAt(i))) return false;
  return true;
}
function onlyFrame(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isFrame(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The line breaks of a text, found with indexOf (native, many times faster
 * than a loop over character codes) and remembered, for positions asked in
 * increasing order.
 */
class LineBreaks {
  private lf = -2;
  private cr = -2;

  constructor(private readonly text: string) {}

  /** The first "\n" or "\r" at or after pos, or the text's length. */
  firstFrom(pos: number): number {
    if (this.lf !== -1 && this.lf < pos) this.lf = this.text.indexOf('\n', pos);
    if (this.cr !== -1 && this.cr < pos) this.cr = this.text.indexOf('\r', pos);
    const lf = this.lf === -1 ? this.text.length : this.lf;
    const cr = this.cr === -1 ? this.text.length : this.cr;
    return lf < cr ? lf : cr;
  }
}

function isLetterOrPoint(c: number): boolean {
  return isAsciiLetter(c) || c === 46;
}

/** Sets `role` on every figure (in place; figures sorted) and may widen a list label to its word ("Year 1"). */
export function assignRoles(text: string, figures: Figure[]): void {
  const breaks = new LineBreaks(text);
  let ls = 0;
  let le = -1;
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    if (f.start > le) {
      // The line of the figure: after the last break before it (the previous line's end is one), to the first break after it.
      let last = le;
      for (let b = breaks.firstFrom(last + 1); b < f.start; b = breaks.firstFrom(last + 1)) last = b;
      ls = last + 1;
      le = breaks.firstFrom(f.end);
    }
    const aloneBefore = onlyFrameBefore(text, ls, f.start);
    const alone = aloneBefore && onlyFrame(text, f.end, le);
    switch (f.kind) {
      case 'date':
        // Alone on its line, only a day or an instant is a timestamp ("2025-12-24 06:14"); "2020–2025" alone is a claim.
        if (!f.date?.relative && ((alone && f.high - f.low < 86_400_000) || isTimestampPrefixed(text, ls, f.start) || isDateline(text, ls, f))) f.role = 'timestamp';
        break;
      case 'duration':
        READ_TIME.lastIndex = f.end;
        if (readTimeMayFollow(text, f.end) && READ_TIME.test(text)) f.role = 'furniture';
        break;
      case 'count':
        if (f.unit === 'parameters') f.role = 'model-size';
        else if (FURNITURE_NOUNS.has(f.unit) && (le - ls < 80 || /[·|•]/.test(text.slice(ls, le)))) f.role = 'furniture';
        else if (f.qualifier === 'exact') listLabel(text, figures, i, ls);
        break;
      case 'number':
        if ((alone && f.qualifier === 'exact' && PLAIN_COUNTER.test(f.text)) || (f.start > 0 && isAsciiLetter(text.charCodeAt(f.start - 1)) && onlyFrame(text, f.end, le) && COUNTER_WORD.test(text.slice(Math.max(ls, f.start - 8), f.start)))) {
          f.role = 'furniture';
        } else if (f.qualifier === 'exact' && !listLabel(text, figures, i, ls) && aloneBefore) {
          LIST_NUMBER_AFTER.lastIndex = f.end;
          if (LIST_NUMBER_AFTER.test(text)) f.role = 'list-label';
        }
        break;
      default:
        break;
    }
  }
}

function isTimestampPrefixed(text: string, ls: number, start: number): boolean {
  if (start - ls >= 40) return false;
  // Cheap test first: the prefix ends with ":", a keyword ("date", "posted") or "on", then blanks.
  let k = start - 1;
  while (k >= ls && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  if (k < ls) return false;
  const l = text.charCodeAt(k) | 32;
  if (l !== 58 && l !== 101 && l !== 100 && l !== 110) return false;
  return TIMESTAMP_PREFIX.test(text.slice(Math.max(0, ls - 1), start));
}

function isDateline(text: string, ls: number, f: Figure): boolean {
  if (ls > 400 || f.start - ls > 60) return false;
  if (!DATELINE.test(text.slice(ls, f.start))) return false;
  DATELINE_AFTER.lastIndex = f.end;
  return DATELINE_AFTER.test(text);
}

/** "Year 1:", "Step 2 —": marks the figure a list label and widens it to the label word. */
function listLabel(text: string, figures: Figure[], i: number, ls: number): boolean {
  const f = figures[i];
  // Cheap test first: a label is a capitalised word ("Year", "No.") and a space right before the number.
  let k = f.start - 1;
  if (k < 1 || (text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 9)) return false;
  while (k > ls && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  let w = k;
  while (w > ls && isLetterOrPoint(text.charCodeAt(w - 1))) w--;
  const first = text.charCodeAt(w);
  if (first < 65 || first > 90) return false;
  const from = Math.max(ls, f.start - 12);
  const label = LIST_LABEL_BEFORE.exec(text.slice(from, f.start));
  if (!label) return false;
  LABEL_END.lastIndex = f.end;
  if (!LABEL_END.test(text)) return false;
  const start = from + label.index;
  if (i > 0 && figures[i - 1].end > start) return false;
  f.role = 'list-label';
  f.start = start;
  f.text = text.slice(start, f.end);
  return true;
}
