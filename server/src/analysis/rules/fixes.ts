/** The fixes a conflict finding offers, as data: the server turns them into code actions, the CLI ignores them. */
import type { Figure, Finding, Fix } from '../model';
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
      decision: { decision: 'accepted', code, fingerprint, targets: [{ doc: o.doc, start: o.figure.start, end: o.figure.end }, targets[0]] },
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
