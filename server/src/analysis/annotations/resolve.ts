/**
 * Re-anchoring every annotation against the current texts. Anchors are
 * cached per target and recomputed only when the text of their document
 * changed (compared by identity first, which is what the corpus keeps).
 */
import type { Annotation } from './schema';
import { anchorTarget, type Anchor } from './anchor';

export interface ResolvedTarget {
  /** Document path relative to the workspace root, as stored. */
  source: string;
  /** The document's id in the caller's terms (URI or path), when the document is known. */
  doc?: string;
  anchor: Anchor | { status: 'missing-document' };
}

/**
 * anchored: every target found with its quote intact; changed: found, but the
 * quoted text itself was edited; orphaned: some quote is gone; missing-document:
 * some target's document is not in the workspace.
 */
export type AnnotationState = 'anchored' | 'changed' | 'orphaned' | 'missing-document';

export interface ResolvedAnnotation {
  annotation: Annotation;
  targets: ResolvedTarget[];
  state: AnnotationState;
}

/** Finds a document by its stored source path: its id and current text. */
export type DocumentLookup = (source: string) => { doc: string; text: string } | undefined;

export type AnchorCache = Map<string, { text: string; quote: string; hint: number; anchor: Anchor }>;

export function createAnchorCache(): AnchorCache {
  return new Map();
}

export function resolveAnnotations(annotations: readonly Annotation[], lookup: DocumentLookup, cache: AnchorCache = createAnchorCache()): ResolvedAnnotation[] {
  return annotations.map((annotation) => {
    const targets = annotation.targets.map((target, i): ResolvedTarget => {
      const found = lookup(target.source);
      if (!found) return { source: target.source, anchor: { status: 'missing-document' } };
      const key = `${annotation.id}#${i}`;
      const hit = cache.get(key);
      if (hit && hit.text === found.text && hit.quote === target.quote.exact && hit.hint === target.position.start) {
        return { source: target.source, doc: found.doc, anchor: hit.anchor };
      }
      const anchor = anchorTarget(found.text, target);
      cache.set(key, { text: found.text, quote: target.quote.exact, hint: target.position.start, anchor });
      return { source: target.source, doc: found.doc, anchor };
    });
    return { annotation, targets, state: stateOf(targets) };
  });
}

/** Drops the cached anchors of annotations that no longer exist. */
export function pruneAnchorCache(cache: AnchorCache, annotations: readonly Annotation[]): void {
  const live = new Set(annotations.flatMap((a) => a.targets.map((_, i) => `${a.id}#${i}`)));
  for (const key of cache.keys()) if (!live.has(key)) cache.delete(key);
}

function stateOf(targets: ResolvedTarget[]): AnnotationState {
  if (targets.some((t) => t.anchor.status === 'orphaned')) return 'orphaned';
  if (targets.some((t) => t.anchor.status === 'missing-document')) return 'missing-document';
  if (targets.some((t) => t.anchor.status === 'anchored' && !t.anchor.intact)) return 'changed';
  return 'anchored';
}

/** A short human description of why an annotation is not in force, or undefined when it is. */
export function stateProblem(r: ResolvedAnnotation): string | undefined {
  const quote = (t: ResolvedTarget) => `"${abbreviate(r.annotation.targets[r.targets.indexOf(t)]!.quote.exact)}"`;
  const orphan = r.targets.find((t) => t.anchor.status === 'orphaned');
  if (orphan) return `orphaned: ${quote(orphan)} is no longer in ${orphan.source}`;
  const missing = r.targets.find((t) => t.anchor.status === 'missing-document');
  if (missing) return `${missing.source} is not in the workspace`;
  const changed = r.targets.find((t) => t.anchor.status === 'anchored' && !t.anchor.intact);
  if (changed) return `the text ${quote(changed)} was edited in ${changed.source}`;
  return undefined;
}

export function abbreviate(s: string, max = 60): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : flat.slice(0, max - 1) + '…';
}
