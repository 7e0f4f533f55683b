/**
 * The annotations as the corpus uses them (its `AnnotationLayer`): decisions
 * looked up by finding code and fingerprint, so silencing costs one map
 * lookup per finding; anchors cached per text; tags turned into lexicon
 * entries. Shared by the language server and the CLI.
 */
import type { Finding } from '../model';
import type { AnalysisContext } from '../analyze';
import type { EntityExtras } from '../extract/entities/types';
import { buildLexicon } from '../extract/entities';
import type { Annotation } from './schema';
import { applyDecisions, type DecisionAnnotation, type ResolvedFinding } from './decisions';
import { entityInputsFromAnnotations, lexiconExtras } from './entityInputs';
import { createAnchorCache, pruneAnchorCache, resolveAnnotations, type DocumentLookup, type ResolvedAnnotation } from './resolve';

export interface AnnotationUpdate {
  /** Tags or "not an entity" changed: the analysis context must be rebuilt (Corpus.setAnnotations). */
  tagsChanged: boolean;
  /** The names whose tags or suppressions were added, changed or removed (only documents mentioning them need re-analysis). */
  changedNames: string[];
  /** Sources (stored paths) whose findings a changed decision may touch. */
  touched: Set<string>;
}

export class AnnotationIndex {
  private readonly cache = createAnchorCache();
  private bySource = new Map<string, Annotation[]>();
  private decisionsByKey = new Map<string, DecisionAnnotation[]>();
  private versions = new Map<string, Annotation>();
  private readonly resolvedByDoc = new Map<string, ResolvedFinding[]>();
  private extras: EntityExtras = lexiconExtras({ tags: [], suppressions: [] });
  private extrasKey = JSON.stringify(this.extras);

  constructor(private readonly lookup: DocumentLookup) {}

  /** Replaces the annotations; says what the change touches. */
  update(annotations: readonly Annotation[]): AnnotationUpdate {
    pruneAnchorCache(this.cache, annotations);
    const bySource = new Map<string, Annotation[]>();
    const decisions = new Map<string, DecisionAnnotation[]>();
    const versions = new Map<string, Annotation>();
    for (const a of annotations) {
      versions.set(a.id, a);
      for (const source of new Set(a.targets.map((t) => t.source))) push(bySource, source, a);
      if (a.kind === 'decision') push(decisions, key(a.code, a.fingerprint), a);
    }
    const touched = new Set<string>();
    for (const a of [...annotations, ...this.versions.values()]) {
      if (a.kind !== 'decision' || this.versions.get(a.id)?.modified === versions.get(a.id)?.modified) continue;
      for (const t of a.targets) touched.add(t.source);
    }
    this.bySource = bySource;
    this.decisionsByKey = decisions;
    this.versions = versions;

    const extras = lexiconExtras(entityInputsFromAnnotations(annotations));
    const extrasKey = JSON.stringify(extras);
    const tagsChanged = extrasKey !== this.extrasKey;
    const changedNames = tagsChanged ? namesChanged(this.extras, extras) : [];
    this.extrasKey = extrasKey;
    this.extras = extras;
    return { tagsChanged, changedNames, touched };
  }

  /** Corpus layer: the findings no decision in force settled; remembers the settled ones per document. */
  filterFindings(doc: string, findings: Finding[]): Finding[] {
    const candidates = new Set<DecisionAnnotation>();
    if (this.decisionsByKey.size > 0) {
      for (const f of findings) for (const d of this.decisionsByKey.get(key(f.code, f.fingerprint)) ?? []) candidates.add(d);
    }
    if (candidates.size === 0) {
      this.resolvedByDoc.delete(doc);
      return findings;
    }
    const outcome = applyDecisions(findings, this.resolve([...candidates]));
    if (outcome.resolved.length > 0) this.resolvedByDoc.set(doc, outcome.resolved);
    else this.resolvedByDoc.delete(doc);
    return outcome.visible;
  }

  /** Corpus layer: the context whose lexicon knows the tagged names and ignores the "not an entity" ones. */
  extendContext(ctx: AnalysisContext): AnalysisContext {
    if (!this.extras.tags?.length && !this.extras.notEntities?.length) return ctx;
    return { ...ctx, lexicon: buildLexicon(ctx.config.organizations, this.extras) };
  }

  /** Findings of a document that a decision settled, as of its last filterFindings. */
  resolvedFindings(doc: string): ResolvedFinding[] {
    return this.resolvedByDoc.get(doc) ?? [];
  }

  /** Annotations with a target in this stored source path. */
  annotationsOf(source: string): readonly Annotation[] {
    return this.bySource.get(source) ?? [];
  }

  sources(): IterableIterator<string> {
    return this.bySource.keys();
  }

  /** Anchors annotations against the current texts (cached while a text is unchanged). */
  resolve(annotations: readonly Annotation[], lookup: DocumentLookup = this.lookup): ResolvedAnnotation[] {
    return resolveAnnotations(annotations, lookup, this.cache);
  }
}

/** Names whose entry differs between two sets of extras (added, removed, or tagged differently). */
function namesChanged(before: EntityExtras, after: EntityExtras): string[] {
  const entries = (x: EntityExtras) =>
    new Map<string, string>([...(x.tags ?? []).map((t): [string, string] => [t.text, JSON.stringify(t)]), ...(x.notEntities ?? []).map((n): [string, string] => [n, 'not-entity'])]);
  const a = entries(before);
  const b = entries(after);
  return [...new Set([...a.keys(), ...b.keys()])].filter((name) => a.get(name) !== b.get(name));
}

function key(code: string, fingerprint: string): string {
  return `${code}\u0000${fingerprint}`;
}

function push<T>(map: Map<string, T[]>, k: string, v: T): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}
