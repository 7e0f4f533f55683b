/**
 * Building annotations from what a researcher asked for. Ids and the clock
 * come from the caller, so the engine stays deterministic.
 */
import type { DecisionDraft, EntityType } from '../model';
import type { Annotation, AnnotationTarget } from './schema';

/** What kind of annotation to make, without its anchoring and bookkeeping. */
export type AnnotationSpec =
  | { kind: 'tag'; entityType: EntityType; aliasOf?: string; body?: string }
  | { kind: 'not-entity'; body?: string }
  | { kind: 'note'; body: string }
  | { kind: 'decision'; decision: DecisionDraft['decision']; code: DecisionDraft['code']; fingerprint: string; body?: string };

export function buildAnnotation(spec: AnnotationSpec, targets: AnnotationTarget[], id: string, now: Date): Annotation {
  const time = now.toISOString();
  const body = spec.body?.trim();
  const common = { id, created: time, modified: time, targets, ...(body ? { body } : {}) };
  switch (spec.kind) {
    case 'tag':
      return { ...common, kind: 'tag', entityType: spec.entityType, ...(spec.aliasOf ? { aliasOf: spec.aliasOf } : {}) };
    case 'not-entity':
      return { ...common, kind: 'not-entity' };
    case 'note':
      if (!body) throw new Error('a note needs text');
      return { ...common, kind: 'note', body };
    case 'decision':
      return { ...common, kind: 'decision', decision: spec.decision, code: spec.code, fingerprint: spec.fingerprint };
  }
}

export function decisionSpec(draft: DecisionDraft): AnnotationSpec {
  return { kind: 'decision', decision: draft.decision, code: draft.code, fingerprint: draft.fingerprint, ...(draft.note ? { body: draft.note } : {}) };
}
