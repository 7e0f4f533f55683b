/** The fixes a conflict finding offers, as data: the server turns them into code actions, the CLI ignores them. */
import type { Claim, Figure, Finding, Fix, RelatedSpan, Severity } from '../model';
import { docLabel } from './describe';

export interface Counterpart {
  doc: string;
  figure: Figure;
}

const MAX_REPLACEMENTS = 3;

export function conflictFixes(code: Finding['code'], fingerprint: string, doc: string, figure: Figure, others: Counterpart[]): Fix[] {
  const targets = [{ doc, start: figure.start, end: figure.end }, ...others.map((o) => ({ doc: o.doc, start: o.figure.start, end: o.figure.end }))];
  const fixes: Fix[] = [];
  const seen = new Set<string>();
  for (const o of others) {
    if (seen.has(o.figure.text) || o.figure.text === figure.text || seen.size >= MAX_REPLACEMENTS) continue;
    seen.add(o.figure.text);
    const where = o.doc === doc ? 'this document' : docLabel(o.doc);
    fixes.push({
      kind: 'edit',
      title: `Use ${where}'s figure: ${o.figure.text}`,
      doc,
      start: figure.start,
      end: figure.end,
      newText: o.figure.text,
      // Recorded after the edit is applied, so its targets describe the text as it will then be.
      decision: { decision: 'accepted', code, fingerprint, targets: afterEdit(doc, figure, o.figure.text, [{ doc: o.doc, start: o.figure.start, end: o.figure.end }, targets[0]]) },
    });
  }
  fixes.push(
    { kind: 'decision', title: 'Mark as disputed…', preferred: true, decision: { decision: 'disputed', code, fingerprint, targets } },
    { kind: 'decision', title: 'Record as different claims', decision: { decision: 'different-claims', code, fingerprint, targets } },
    { kind: 'decision', title: 'Dismiss this finding', decision: { decision: 'dismissed', code, fingerprint, targets } },
  );
  return fixes;
}

/** Identifies what a finding is about: its code, claim and the figure texts on both sides. */
export function fingerprintOf(code: Finding['code'], key: string, own: string, others: string[]): string {
  return `${code}|${key}|${own}|${[...new Set(others)].sort().join('|')}`;
}

/** Spans as they stand once `figure` in `doc` is replaced by `newText`. */
function afterEdit(doc: string, figure: Figure, newText: string, spans: Array<{ doc: string; start: number; end: number }>) {
  const delta = newText.length - (figure.end - figure.start);
  return spans.map((t) => {
    if (t.doc !== doc) return t;
    if (t.start === figure.start && t.end === figure.end) return { doc, start: t.start, end: t.start + newText.length };
    return t.start >= figure.end ? { doc, start: t.start + delta, end: t.end + delta } : t;
  });
}

/** A finding about a claim's figure that conflicts with counterparts, with the conflict fixes. */
export function conflictFinding(
  code: Finding['code'],
  severity: Severity,
  doc: string,
  claim: Claim,
  message: string,
  related: RelatedSpan[],
  counterparts: Counterpart[],
  fingerprint: string,
): Finding {
  const f = claim.figure;
  return {
    code,
    severity,
    doc,
    start: f.start,
    end: f.end,
    text: f.text,
    message,
    related,
    fixes: conflictFixes(code, fingerprint, doc, f, counterparts),
    fingerprint,
    claimKey: claim.key,
  };
}
