/**
 * The date a document states for itself, ISO 8601 (YYYY-MM-DD), in order of
 * trust:
 * 1. a "date" line in the first 2,000 characters ("date 2026-01-25",
 *    "Published: January 25, 2026");
 * 2. a dateline near the top ("TOKYO, Jan. 25, 2026 —") or a line near the
 *    top that is only a date;
 * 3. timestamps on lines of their own ("· 2025-12-24 06:14"), as under
 *    reader comments: the EARLIEST one. Comments come after publication, so
 *    the earliest is the closest bound we have on the article's own date, and
 *    an article's own timestamp, when it has one, precedes its comments.
 */
import { dateAtDigit, dateAtMonth } from './figures/dates';

/**
 * What each kind of date line starts with, tried at each line start (found
 * with indexOf): a pattern led by a line break, scanning the text for it,
 * cost more than the rest of findDocumentDate.
 */
const DATE_LINE = /[ \t\uFEFF]*(?:date[d:]?|published|posted|updated|last updated)[ \t]*:?[ \t]*(?:on[ \t]+)?(?=[0-9A-Z])/iy;
const DATELINE = /[ \t]*[A-Z][A-Z .'’-]{1,40}(?:\([A-Za-z .]+\))?,[ \t]*(?=[A-Z0-9])/y;
const TIMESTAMP_LINE = /[ \t·•|\-–—]*(\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?[ \t]*(?=\r?\n|$)/y;
const HEAD = 600;
/** How far into the text a "date" line is looked for. */
const HEAD_LINES = 2000;

/** Where the line after the one holding `pos` starts (after a "\n"), or -1 after the last line. */
function nextLineStart(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? -1 : nl + 1;
}

/** Whether the line at `line` may be a DATE_LINE: its first letter past blanks is a d, p or u (most lines fail here, without the pattern). */
function mayStartDateLine(text: string, line: number): boolean {
  let i = line;
  // Within the text: a read past its end deoptimizes the caller.
  while (i < text.length) {
    const c = text.charCodeAt(i++);
    if (c === 32 || c === 9 || c === 0xfeff) continue;
    const l = c | 32;
    return l === 100 || l === 112 || l === 117;
  }
  return false;
}

export function findDocumentDate(text: string): string | undefined {
  if (typeof text !== 'string' || text.length === 0) return undefined;
  const noCtx = {};
  // A "date" line belongs to the article's head; looking further would date it by a quoted line.
  const top = text.length > HEAD_LINES ? text.slice(0, HEAD_LINES) : text;
  for (let line = 0; line >= 0; line = nextLineStart(top, line)) {
    if (!mayStartDateLine(top, line)) continue;
    DATE_LINE.lastIndex = line;
    if (!DATE_LINE.test(top)) continue;
    const at = DATE_LINE.lastIndex;
    const c = dateAtDigit(text, at) ?? dateAtMonth(text, at, noCtx);
    if (c?.fig.date?.resolved) return c.fig.date.low.slice(0, 10);
  }
  const head = text.slice(0, HEAD);
  for (let line = 0; line >= 0; line = nextLineStart(head, line)) {
    DATELINE.lastIndex = line;
    if (!DATELINE.test(head)) continue;
    const at = DATELINE.lastIndex;
    const c = dateAtMonth(head, at, noCtx) ?? dateAtDigit(head, at);
    if (c?.fig.date?.resolved && !c.fig.date.relative) return c.fig.date.low.slice(0, 10);
  }
  let earliest: string | undefined;
  for (let line = 0; line >= 0; line = nextLineStart(text, line)) {
    TIMESTAMP_LINE.lastIndex = line;
    const m = TIMESTAMP_LINE.exec(text);
    if (!m) continue;
    const c = dateAtDigit(m[1], 0);
    if (c?.fig.date?.resolved && (earliest === undefined || m[1] < earliest)) earliest = m[1];
  }
  return earliest;
}

