/**
 * Decisions silence findings. A decision silences exactly the findings with
 * its code and fingerprint whose span (or a related span) lies on one of its
 * targets, and only while every target is found with its quote intact: when
 * the text it was about changes, the finding comes back.
 */
import type { DecisionKind, Finding } from '../model';
import type { Annotation } from './schema';
import type { ResolvedAnnotation } from './resolve';

export type DecisionAnnotation = Extract<Annotation, { kind: 'decision' }>;

export interface ResolvedFinding {
  finding: Finding;
  decision: DecisionAnnotation;
}

export interface DecisionOutcome {
  /** Findings no decision speaks for. */
  visible: Finding[];
  /** Findings a decision in force has settled (for the Claims view and hovers). */
  resolved: ResolvedFinding[];
}

interface InForce {
  decision: DecisionAnnotation;
  spans: Array<{ doc: string; start: number; end: number }>;
}

export function applyDecisions(findings: readonly Finding[], resolved: readonly ResolvedAnnotation[]): DecisionOutcome {
  const byKey = new Map<string, InForce[]>();
  for (const r of resolved) {
    if (r.annotation.kind !== 'decision' || r.state !== 'anchored') continue;
    const spans = r.targets.flatMap((t) => (t.doc !== undefined && t.anchor.status === 'anchored' ? [{ doc: t.doc, start: t.anchor.start, end: t.anchor.end }] : []));
    const key = decisionKey(r.annotation.code, r.annotation.fingerprint);
    const list = byKey.get(key) ?? [];
    list.push({ decision: r.annotation, spans });
    byKey.set(key, list);
  }
  const out: DecisionOutcome = { visible: [], resolved: [] };
  for (const finding of findings) {
    const candidates = byKey.get(decisionKey(finding.code, finding.fingerprint));
    const hit = candidates?.find((c) => c.spans.some((s) => touches(finding, s)));
    if (hit) out.resolved.push({ finding, decision: hit.decision });
    else out.visible.push(finding);
  }
  return out;
}

function decisionKey(code: string, fingerprint: string): string {
  return `${code}\u0000${fingerprint}`;
}

/** The finding's own span or one of its related spans overlaps s. */
function touches(f: Finding, s: { doc: string; start: number; end: number }): boolean {
  const overlaps = (doc: string, start: number, end: number) => doc === s.doc && start < s.end && s.start < end;
  return overlaps(f.doc, f.start, f.end) || f.related.some((r) => overlaps(r.doc, r.start, r.end));
}

const DECISION_LABELS: Record<DecisionKind, string> = {
  disputed: 'marked disputed',
  'different-claims': 'recorded as different claims',
  accepted: "resolved by accepting one source's figure",
  dismissed: 'dismissed',
};

/** "dismissed: reason" — how a decision reads in a hover or a view. */
export function describeDecision(d: DecisionAnnotation): string {
  return DECISION_LABELS[d.decision] + (d.body ? `: ${d.body}` : '');
}
