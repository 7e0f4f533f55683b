/**
 * Why a figure is not a claim, when it is not: page furniture ("4 views",
 * "10 min read", "16 Likes", "0/400", a lone counter line, "Reply0"),
 * timestamps (comment dates, datelines, "date 2026-01-25"), list labels
 * ("Year 1:", "2."), model sizes ("trillion-parameter"). Such figures are
 * still reported, so the claim layer can see and ignore them.
 */
import type { Figure } from '../../model';

const FURNITURE_NOUNS = new Set([
  'views', 'likes', 'comments', 'shares', 'reposts', 'replies', 'followers', 'subscribers', 'reactions', 'retweets',
  'upvotes', 'downvotes', 'claps', 'reads', 'bookmarks', 'favorites', 'favourites', 'stars', 'forks', 'watchers', 'votes',
]);
const READ_TIME = /^[ \t]*(?:read|listen|watch|reading)\b/i;
const TIMESTAMP_PREFIX = /(?:^|\n)[ \t]*(?:date[d:]?|posted|published|updated|last updated|created|modified)[ \t]*:?[ \t]*(?:on[ \t]+)?$/i;
const BULLETS = /^[\s·•|\-–—📅⏱️🕒]*/u;
const LIST_LABEL_BEFORE = /\b(Year|Step|Phase|Stage|Part|Chapter|Round|Tier|Level|Section|Item|No\.|Number|Day|Week|Month|Quarter)[ \t]+$/;
/** A counter glued to its label: "Reply0", "Likes12". */
const COUNTER_WORD = /(?:Reply|Replies|Likes?|Comments?|Shares?|Reposts?|Views?)$/i;
const LIST_NUMBER_AFTER = /^[.)][ \t]/;
const DATELINE = /^[ \t]*[A-Z][A-Z .'’-]{1,40}(?:\([A-Za-z .]+\))?,[ \t]*$/;
const DATELINE_AFTER = /^[ \t]*(?:\([A-Za-z .]+\)[ \t]*)?[—–-]/;

function lineAround(text: string, start: number, end: number): { ls: number; le: number } {
  let ls = start;
  while (ls > 0 && text.charCodeAt(ls - 1) !== 10 && text.charCodeAt(ls - 1) !== 13) ls--;
  let le = end;
  while (le < text.length && text.charCodeAt(le) !== 10 && text.charCodeAt(le) !== 13) le++;
  return { ls, le };
}

/** Sets `role` on every figure (in place) and may widen a list label to its word ("Year 1"). */
export function assignRoles(text: string, figures: Figure[]): void {
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    const { ls, le } = lineAround(text, f.start, f.end);
    const before = text.slice(ls, f.start);
    const after = text.slice(f.end, le);
    const lineRest = (before.replace(BULLETS, '') + after).trim();
    if (f.kind === 'date') {
      if (!f.date?.relative && (lineRest === '' || TIMESTAMP_PREFIX.test(text.slice(Math.max(0, ls - 1), f.start)))) f.role = 'timestamp';
      else if (!f.date?.relative && ls < 400 && DATELINE.test(before) && DATELINE_AFTER.test(after)) f.role = 'timestamp';
      continue;
    }
    if (f.unit === 'parameters') {
      f.role = 'model-size';
      continue;
    }
    if (f.kind === 'count' && FURNITURE_NOUNS.has(f.unit) && (le - ls < 80 || /[·|•]/.test(before + after))) {
      f.role = 'furniture';
      continue;
    }
    if (f.kind === 'duration' && READ_TIME.test(after)) {
      f.role = 'furniture';
      continue;
    }
    if (f.kind === 'number' && (lineRest === '' || (COUNTER_WORD.test(before) && after.trim() === ''))) {
      f.role = 'furniture';
      continue;
    }
    if (f.kind === 'number' || f.kind === 'count') {
      const label = LIST_LABEL_BEFORE.exec(before);
      const labelStart = label ? ls + label.index : 0;
      if (label && /^[ \t]*[:.)—–-]/.test(after) && f.qualifier === 'exact' && (i === 0 || figures[i - 1].end <= labelStart)) {
        f.role = 'list-label';
        f.start = labelStart;
        f.text = text.slice(f.start, f.end);
        continue;
      }
      if (f.kind === 'number' && before.replace(BULLETS, '') === '' && LIST_NUMBER_AFTER.test(after)) f.role = 'list-label';
    }
  }
}
