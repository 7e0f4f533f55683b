/**
 * The corpus index: per document its analysis (cached by content hash), and
 * across documents the maps entity -> mentions and claim key -> claims, with
 * the reverse maps (document -> entity ids, document -> claim keys) so that
 * replacing one document touches only what depends on it.
 */
import type { Claim, DocumentAnalysis, EntityMention, Finding } from '../model';
import { analyzeDocument, type AnalysisContext } from '../analyze';
import { contentHash } from '../text/hash';
import { RULES } from '../rules/index';
import type { CorpusView, Rule } from '../rules/rule';

interface Entry {
  text: string;
  analysis: DocumentAnalysis;
  findings?: Finding[];
}

/**
 * The researcher's annotations as the corpus sees them (installed by the
 * annotation module with `Corpus.setAnnotations`).
 */
export interface AnnotationLayer {
  /** Silences the findings a decision settled; runs on every findings() read, so it must be cheap. */
  filterFindings(doc: string, findings: Finding[]): Finding[];
  /** Adds the names researchers tagged to the analysis context (the entity lexicon). */
  extendContext(ctx: AnalysisContext): AnalysisContext;
}

export class Corpus implements CorpusView {
  private readonly entries = new Map<string, Entry>();
  private annotations?: AnnotationLayer;
  /** The context before the annotation layer extended it. */
  private baseCtx: AnalysisContext;
  private readonly byEntity = new Map<string, Map<string, EntityMention[]>>();
  private readonly byClaimKey = new Map<string, Map<string, Claim[]>>();

  constructor(
    private ctx: AnalysisContext,
    private readonly rules: readonly Rule[] = RULES,
  ) {
    this.baseCtx = ctx;
  }

  get context(): AnalysisContext {
    return this.ctx;
  }

  /** Replaces the analysis context (new configuration); every document is re-analysed. */
  setContext(ctx: AnalysisContext): string[] {
    this.baseCtx = ctx;
    this.ctx = this.annotations ? this.annotations.extendContext(ctx) : ctx;
    const docs = [...this.entries.keys()];
    for (const doc of docs) {
      const text = this.entries.get(doc)!.text;
      this.unindex(doc);
      this.entries.delete(doc);
      this.set(doc, text);
    }
    return docs;
  }

  /**
   * Adds or replaces a document. Returns the documents whose findings may
   * have changed: this one, and every other that shares a claim key with its
   * old or new version.
   */
  set(doc: string, text: string): Set<string> {
    const old = this.entries.get(doc);
    if (old && old.text === text) return new Set();
    const hash = contentHash(text);
    if (old && old.analysis.hash === hash) return new Set();
    const affected = new Set<string>([doc]);
    if (old) this.collectDependents(doc, old.analysis, affected);
    this.unindex(doc);
    const analysis = analyzeDocument(text, this.ctx);
    this.entries.set(doc, { text, analysis });
    this.index(doc, analysis);
    this.collectDependents(doc, analysis, affected);
    for (const d of affected) {
      const e = this.entries.get(d);
      if (e) e.findings = undefined;
    }
    return affected;
  }

  delete(doc: string): Set<string> {
    const old = this.entries.get(doc);
    if (!old) return new Set();
    const affected = new Set<string>();
    this.collectDependents(doc, old.analysis, affected);
    this.unindex(doc);
    this.entries.delete(doc);
    affected.delete(doc);
    for (const d of affected) {
      const e = this.entries.get(d);
      if (e) e.findings = undefined;
    }
    return affected;
  }

  has(doc: string): boolean {
    return this.entries.has(doc);
  }

  get size(): number {
    return this.entries.size;
  }

  documents(): IterableIterator<string> {
    return this.entries.keys();
  }

  text(doc: string): string | undefined {
    return this.entries.get(doc)?.text;
  }

  analysis(doc: string): DocumentAnalysis | undefined {
    return this.entries.get(doc)?.analysis;
  }

  claimsByKey(key: string): Array<{ doc: string; claim: Claim }> {
    return flatten(this.byClaimKey.get(key), (doc, claim) => ({ doc, claim }));
  }

  mentionsOf(id: string): Array<{ doc: string; mention: EntityMention }> {
    return flatten(this.byEntity.get(id), (doc, mention) => ({ doc, mention }));
  }

  /** Entity ids known to the corpus with their mention counts. */
  entityIds(): IterableIterator<string> {
    return this.byEntity.keys();
  }

  claimKeys(): IterableIterator<string> {
    return this.byClaimKey.keys();
  }

  /** The findings of one document, computed on demand and cached until something they depend on changes. */
  findings(doc: string): Finding[] {
    const entry = this.entries.get(doc);
    if (!entry) return [];
    if (!entry.findings) {
      const input = { doc, text: entry.text, analysis: entry.analysis, corpus: this, ctx: this.ctx };
      entry.findings = this.rules.flatMap((rule) => rule.check(input));
      entry.findings.sort((a, b) => a.start - b.start || a.code.localeCompare(b.code));
    }
    return this.annotations ? this.annotations.filterFindings(doc, entry.findings) : entry.findings;
  }

  /**
   * Installs (or replaces) the annotation layer and re-analyses every
   * document with the context it extends. Call it again only when what it
   * adds to the context changed (tags); decisions apply on every read.
   * Returns the documents to re-publish.
   */
  setAnnotations(layer: AnnotationLayer | undefined): string[] {
    this.annotations = layer;
    return this.setContext(this.baseCtx);
  }

  /** Documents sharing a claim key with this analysis (whose cross-document findings depend on it). */
  private collectDependents(doc: string, analysis: DocumentAnalysis, into: Set<string>): void {
    for (const claim of analysis.claims) {
      const docs = this.byClaimKey.get(claim.key);
      if (!docs) continue;
      for (const d of docs.keys()) if (d !== doc) into.add(d);
    }
  }

  private index(doc: string, analysis: DocumentAnalysis): void {
    for (const m of analysis.entities) addTo(this.byEntity, m.id, doc, m);
    for (const c of analysis.claims) addTo(this.byClaimKey, c.key, doc, c);
  }

  private unindex(doc: string): void {
    const entry = this.entries.get(doc);
    if (!entry) return;
    for (const m of entry.analysis.entities) removeFrom(this.byEntity, m.id, doc);
    for (const c of entry.analysis.claims) removeFrom(this.byClaimKey, c.key, doc);
  }
}

function addTo<T>(map: Map<string, Map<string, T[]>>, key: string, doc: string, item: T): void {
  let docs = map.get(key);
  if (!docs) map.set(key, (docs = new Map()));
  let list = docs.get(doc);
  if (!list) docs.set(doc, (list = []));
  list.push(item);
}

function removeFrom<T>(map: Map<string, Map<string, T[]>>, key: string, doc: string): void {
  const docs = map.get(key);
  if (!docs) return;
  docs.delete(doc);
  if (docs.size === 0) map.delete(key);
}

function flatten<T, R>(docs: Map<string, T[]> | undefined, f: (doc: string, item: T) => R): R[] {
  if (!docs) return [];
  const out: R[] = [];
  for (const [doc, list] of docs) for (const item of list) out.push(f(doc, item));
  return out;
}
