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

/** A date line's keyword at a line start (a line-break alternative measured faster than the multiline anchor or a keyword-first pattern). */
const DATE_LINE = /(?:^|\n)[ \t\uFEFF]*(?:date[d:]?|published|posted|updated|last updated)[ \t]*:?[ \t]*(?:on[ \t]+)?(?=[0-9A-Z])/gi;
const DATELINE = /(?:^|\n)[ \t]*[A-Z][A-Z .'’-]{1,40}(?:\([A-Za-z .]+\))?,[ \t]*(?=[A-Z0-9])/g;
const TIMESTAMP_LINE = /(?:^|\n)[ \t·•|\-–—]*(\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?[ \t]*(?=\r?\n|$)/g;
const HEAD = 600;
/** How far into the text a "date" line is looked for. */
const HEAD_LINES = 2000;

export function findDocumentDate(text: string): string | undefined {
  if (typeof text !== 'string' || text.length === 0) return undefined;
  const noCtx = {};
  // A "date" line belongs to the article's head; looking further would date it by a quoted line.
  const top = text.length > HEAD_LINES ? text.slice(0, HEAD_LINES) : text;
  DATE_LINE.lastIndex = 0;
  for (let m = DATE_LINE.exec(top); m; m = DATE_LINE.exec(top)) {
    const at = m.index + m[0].length;
    const c = dateAtDigit(text, at) ?? dateAtMonth(text, at, noCtx);
    if (c?.fig.date?.resolved) return c.fig.date.low.slice(0, 10);
  }
  const head = text.slice(0, HEAD);
  DATELINE.lastIndex = 0;
  for (let m = DATELINE.exec(head); m; m = DATELINE.exec(head)) {
    const at = m.index + m[0].length;
    const c = dateAtMonth(head, at, noCtx) ?? dateAtDigit(head, at);
    if (c?.fig.date?.resolved && !c.fig.date.relative) return c.fig.date.low.slice(0, 10);
  }
  let earliest: string | undefined;
  TIMESTAMP_LINE.lastIndex = 0;
  for (let m = TIMESTAMP_LINE.exec(text); m; m = TIMESTAMP_LINE.exec(text)) {
    const c = dateAtDigit(m[1], 0);
    if (c?.fig.date?.resolved && (earliest === undefined || m[1] < earliest)) earliest = m[1];
  }
  return earliest;
}

