/**
 * V8 represents `text.slice(a, b)` (13 characters or more) as a view into the
 * whole text, so a figure's or a mention's text keeps its article alive. When
 * the corpus lets an article's text go, the short strings it keeps from it
 * are copied out first: on 10,000 articles the texts are ~100 MB of heap.
 */
import type { DocumentAnalysis, Finding } from '../model';
import { detach, intern } from '../text/intern';

/**
 * Detaches every string an analysis and its findings hold from the document's
 * text, and shares the ones that recur across documents (ids, names, dates).
 */
export function detachAnalysis(analysis: DocumentAnalysis, findings: Finding[]): void {
  for (const f of analysis.figures) f.text = detach(f.text);
  for (const m of analysis.entities) m.text = detach(m.text);
  shareRecurringStrings(analysis);
  detachFindings(findings);
}

/** Detaches the strings of findings from the document's text (see detachAnalysis). */
export function detachFindings(findings: Finding[]): void {
  for (const f of findings) {
    f.text = detach(f.text);
    f.message = detach(f.message);
    f.fingerprint = detach(f.fingerprint);
    for (const r of f.related) {
      r.text = detach(r.text);
      r.message = detach(r.message);
    }
    for (const fix of f.fixes) {
      fix.title = detach(fix.title);
      if (fix.kind === 'edit') fix.newText = detach(fix.newText);
      if (fix.decision) fix.decision.fingerprint = detach(fix.decision.fingerprint);
    }
  }
}

/**
 * Shares the strings of an analysis that recur across documents (units,
 * ISO dates, measures, entity ids and names) through the intern table. A
 * counted noun ("count of <noun>") or an inferred name may be a slice of the
 * text: intern keeps a detached copy.
 */
export function shareRecurringStrings(analysis: DocumentAnalysis): void {
  for (const f of analysis.figures) {
    f.unit = intern(f.unit);
    if (f.date) {
      f.date.low = intern(f.date.low);
      f.date.high = intern(f.date.high);
    }
  }
  for (const c of analysis.claims) c.measure = intern(c.measure);
  for (const m of analysis.entities) {
    m.id = intern(m.id);
    m.name = intern(m.name);
  }
}
