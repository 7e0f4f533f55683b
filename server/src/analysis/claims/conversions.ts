/**
 * A money amount restated in another currency right after it: "3 trillion yen
 * (equivalent to nearly 19 billion USD)", "€5 billion, or about $5.4 billion",
 * "¥1 trillion ($6.7 billion)". The restatement is the same amount, not a
 * claim of its own; the conversion-mismatch rule checks it against the rates.
 */
import type { Figure } from '../model';

const LINK = /^\s*(?:\(|,|—|–|-)?\s*(?:(?:or|i\.e\.|equivalent\s+to|equal\s+to|equals|worth|about|around|approximately|approx\.|roughly|nearly|almost|some|~|≈|over|more\s+than|close\s+to|at)\s*)*$/i;

/** Maps the index of each restating figure to the index of the figure it restates. */
export function findConversions(text: string, figures: Figure[]): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i];
    const b = figures[i + 1];
    if (a.kind !== 'money' || b.kind !== 'money' || a.unit === b.unit) continue;
    if (b.start - a.end > 40) continue;
    const between = text.slice(a.end, b.start);
    if (!LINK.test(between)) continue;
    // A plain comma list ("$5 billion, €3 billion and ¥2 trillion") is not a restatement.
    if (/^\s*,\s*$/.test(between) && !/^\s*(?:or|about|around|roughly)\b/i.test(text.slice(b.start - 12, b.start))) continue;
    out.set(i + 1, i);
    i++;
  }
  return out;
}
