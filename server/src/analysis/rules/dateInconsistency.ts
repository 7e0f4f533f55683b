/**
 * date-inconsistency: a statement about the current year ("It's already
 * 2024") or a future deadline ("will launch by March 2024") that contradicts
 * the date of the document, or of the comment it stands in.
 */
import type { Figure, Finding } from '../model';
import type { Rule, RuleInput } from './rule';
import { severityOf } from './describe';
import { fingerprintOf } from './fixes';
import { isDigit } from '../text/chars';

/**
 * The words before a year that make it a statement about the current year.
 * Tried only just before each year the figure extractor found, never over the
 * whole text (a whole-text scan cost a fifth of the check).
 */
const CURRENT_YEAR_LEAD = /(?:\b(?:it(?:'|’)s|it is|we(?:'|’)re|we are)\s+(?:already|now|still|only)\s+(?:in\s+)?|\b(?:this year|the current year)\s*[,(]?\s*)$/i;
/** "1999", "2024": four digits from 19 or 20 (the date figures' texts; no pattern per figure). */
function isYear(t: string): boolean {
  if (t.length !== 4) return false;
  const century = t.charCodeAt(0) === 49 ? t.charCodeAt(1) === 57 : t.charCodeAt(0) === 50 && t.charCodeAt(1) === 48;
  return century && isDigit(t.charCodeAt(2)) && isDigit(t.charCodeAt(3));
}

/** A dash or slash and a digit at `at`: the year starts a range or a date ("2024-25", "2024/5"). */
function rangeFollows(text: string, at: number): boolean {
  if (at + 1 >= text.length) return false;
  const c = text.charCodeAt(at);
  return (c === 45 || c === 0x2013 || c === 47) && isDigit(text.charCodeAt(at + 1));
}

/** How far before a year its lead may start. */
const LEAD_WINDOW = 40;
const FUTURE = /\b(?:will|shall|(?:is|are)\s+(?:expected|scheduled|set|due|slated)\s+to|plans?\s+to|aims?\s+to)\b/i;
const DEADLINE_PREPOSITION = /\b(?:by|before|until|in|on)\s+(?:the\s+end\s+of\s+)?$/i;

export const dateInconsistency: Rule = {
  id: 'date-inconsistency',
  description: "A statement about the current year or a deadline contradicts the document's own date.",
  scope: 'document',
  defaultSeverity: 'information',
  reads: 'figures',
  settings: [],
  check(input: RuleInput): Finding[] {
    const severity = severityOf(dateInconsistency, input.ctx.config);
    if (!severity) return [];
    const stamps = input.analysis.figures.filter((f) => f.role === 'timestamp' && f.date?.resolved);
    const referenceAt = (offset: number): { date: string; what: string } | undefined => {
      let best: Figure | undefined;
      for (const s of stamps) if (s.start < offset) best = s;
      if (best) return { date: best.date!.low.slice(0, 10), what: `the timestamp "${best.text}" above it` };
      const own = input.analysis.documentDate;
      return own ? { date: own.slice(0, 10), what: 'the document' } : undefined;
    };
    const findings: Finding[] = [];
    const push = (start: number, end: number, message: string, key: string) => {
      const text = input.text.slice(start, end);
      const fingerprint = fingerprintOf('date-inconsistency', key, text, []);
      const target = [{ doc: input.doc, start, end }];
      findings.push({
        code: 'date-inconsistency',
        severity,
        doc: input.doc,
        start,
        end,
        text,
        message,
        related: [],
        fixes: [
          { kind: 'decision', title: 'Mark as disputed…', preferred: true, decision: { decision: 'disputed', code: 'date-inconsistency', fingerprint, targets: target } },
          { kind: 'decision', title: 'Dismiss this finding', decision: { decision: 'dismissed', code: 'date-inconsistency', fingerprint, targets: target } },
        ],
        fingerprint,
      });
    };

    for (const y of input.analysis.figures) {
      if (y.kind !== 'date' || !isYear(y.text) || rangeFollows(input.text, y.end)) continue;
      const lead = CURRENT_YEAR_LEAD.exec(input.text.slice(Math.max(0, y.start - LEAD_WINDOW), y.start));
      if (!lead) continue;
      const ref = referenceAt(y.start - lead[0].length);
      if (!ref || ref.date.slice(0, 4) === y.text) continue;
      const start = y.start - lead[0].length;
      const said = input.text.slice(start, y.end);
      push(start, y.end, `"${said}" says the current year is ${y.text}, but ${ref.what} is dated ${ref.date}.`, `current-year:${y.text}`);
    }

    for (const d of input.analysis.figures) {
      if (d.kind !== 'date' || d.role !== 'claim' || !d.date?.resolved || d.date.relative) continue;
      {
        const s = input.analysis.sentences.at(d.start);
        if (!s) continue;
        const before = input.text.slice(s.start, d.start);
        if (!FUTURE.test(before) || !DEADLINE_PREPOSITION.test(before)) continue;
        const ref = referenceAt(d.start);
        if (!ref || d.date.high.slice(0, 10) >= ref.date) continue;
        push(d.start, d.end, `A deadline of ${d.text} (ending ${d.date.high.slice(0, 10)}) is stated as still to come, but ${ref.what} is dated ${ref.date}, after it.`, `deadline:${d.date.high}`);
      }
    }
    return findings;
  },
};
