/**
 * Cross-reference queries over the corpus index, for hovers, highlighting and
 * views: what is at an offset, which other sources mention an entity, which
 * figures of the same claim agree or disagree and by how much. Pure.
 */
import type { Claim, DocumentAnalysis, EntityMention, EntityType, Figure, Finding, Span } from '../model';
import type { Corpus } from './corpus';

/** The item whose span contains the offset (end inclusive, so a cursor just after a word still finds it). */
export function spanAt<T extends Span>(items: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  // Items are in document order; find the last one starting at or before the offset.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (items[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  for (let i = lo; i >= 0 && i >= lo - 2; i--) {
    const it = items[i];
    if (it && it.start <= offset && offset <= it.end) return it;
  }
  return undefined;
}

export function entityAt(analysis: DocumentAnalysis, offset: number): EntityMention | undefined {
  return spanAt(analysis.entities, offset);
}

export function figureAt(analysis: DocumentAnalysis, offset: number): { figure: Figure; index: number } | undefined {
  const figure = spanAt(analysis.figures, offset);
  return figure ? { figure, index: analysis.figures.indexOf(figure) } : undefined;
}

export function claimOfFigure(analysis: DocumentAnalysis, figureIndex: number): Claim | undefined {
  return analysis.claims.find((c) => c.figureIndex === figureIndex);
}

/** The sentence containing an offset, or the offset's line when no sentence does. */
export function sentenceAt(analysis: DocumentAnalysis, offset: number): Span | undefined {
  return spanAt(analysis.sentences, offset);
}

/** A display name for an entity id, preferring how the given document names it. */
export function entityName(corpus: Corpus, id: string, doc?: string): string {
  const local = doc ? corpus.analysis(doc)?.entities.find((m) => m.id === id) : undefined;
  if (local) return local.name;
  return corpus.mentionsOf(id)[0]?.mention.name ?? id;
}

export interface EntitySource {
  doc: string;
  /** The first mention in that document. */
  mention: EntityMention;
  mentions: number;
}

export interface EntityOverview {
  id: string;
  name: string;
  type: EntityType;
  sources: number;
  mentions: number;
  /** Every document that mentions it, except `doc`, in a stable order. */
  others: EntitySource[];
}

export function entityOverview(corpus: Corpus, id: string, doc: string): EntityOverview | undefined {
  const all = corpus.mentionsOf(id);
  if (all.length === 0) return undefined;
  const byDoc = new Map<string, EntitySource>();
  for (const { doc: d, mention } of all) {
    const seen = byDoc.get(d);
    if (seen) seen.mentions++;
    else byDoc.set(d, { doc: d, mention, mentions: 1 });
  }
  const others = [...byDoc.values()].filter((s) => s.doc !== doc).sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0));
  const first = all.find((m) => m.doc === doc)?.mention ?? all[0].mention;
  return { id, name: first.name, type: first.type, sources: byDoc.size, mentions: all.length, others };
}

export type Relation = 'agree' | 'disagree' | 'incomparable';

export interface Comparison {
  relation: Relation;
  /** Relative difference of the point values (0.055 for 5.5 %), when comparable. */
  gap?: number;
}

/** Comparable bounds: US dollars for money, the figure's own unit otherwise. */
function bounds(f: Figure): { low: number; high: number; value: number; unit: string } | undefined {
  const kind = f.kind === 'range' ? f.rangeOf : f.kind;
  if (kind === 'money') return f.usd ? { low: f.usd.low, high: f.usd.high, value: f.usd.value, unit: 'USD' } : undefined;
  return { low: f.low, high: f.high, value: f.value, unit: `${kind}:${f.unit}` };
}

/** Whether two figures of the same claim agree: their intervals overlap once widened by the tolerance. */
export function compareFigures(a: Figure, b: Figure, tolerance: number): Comparison {
  const x = bounds(a);
  const y = bounds(b);
  if (!x || !y || x.unit !== y.unit) return { relation: 'incomparable' };
  const scale = Math.max(Math.abs(x.value), Math.abs(y.value));
  const gap = scale === 0 ? 0 : Math.abs(x.value - y.value) / scale;
  const widen = (v: number, up: boolean) => (Number.isFinite(v) ? v + (up ? 1 : -1) * Math.abs(v) * tolerance : v);
  const overlap = widen(x.low, false) <= widen(y.high, true) && widen(y.low, false) <= widen(x.high, true);
  return { relation: overlap ? 'agree' : 'disagree', gap };
}

export interface ClaimPeer extends Comparison {
  doc: string;
  claim: Claim;
}

/** The other sources' figures for the same claim, each compared with this one. */
export function claimPeers(corpus: Corpus, doc: string, claim: Claim, tolerance: number): ClaimPeer[] {
  return corpus
    .claimsByKey(claim.key)
    .filter((p) => p.doc !== doc)
    .map((p) => ({ doc: p.doc, claim: p.claim, ...compareFigures(claim.figure, p.claim.figure, tolerance) }));
}

/** Whether another source gives an agreeing figure for the same claim. */
export function isCorroborated(corpus: Corpus, doc: string, claim: Claim, tolerance: number): boolean {
  for (const p of corpus.claimsByKey(claim.key)) {
    if (p.doc !== doc && compareFigures(claim.figure, p.claim.figure, tolerance).relation === 'agree') return true;
  }
  return false;
}

/** Findings of a document that overlap a span. */
export function findingsOn(findings: readonly Finding[], span: Span): Finding[] {
  return findings.filter((f) => f.start < span.end && span.start < f.end);
}

export interface CorpusTotals {
  documents: number;
  entities: number;
  claims: number;
  conflicts: number;
}

export function corpusTotals(corpus: Corpus): CorpusTotals {
  let claims = 0;
  let conflicts = 0;
  for (const doc of corpus.documents()) {
    claims += corpus.analysis(doc)?.claims.length ?? 0;
    conflicts += corpus.findings(doc).length;
  }
  let entities = 0;
  for (const _ of corpus.entityIds()) entities++;
  return { documents: corpus.size, entities, claims, conflicts };
}

/** Open findings per claim key, over the whole corpus. */
export function findingsByClaimKey(corpus: Corpus): Map<string, number> {
  const out = new Map<string, number>();
  for (const doc of corpus.documents()) {
    for (const f of corpus.findings(doc)) if (f.claimKey) out.set(f.claimKey, (out.get(f.claimKey) ?? 0) + 1);
  }
  return out;
}

/** Claim keys grouped by subject entity ('' for claims without a subject). A key with several subjects is in each group. */
export function claimKeysBySubject(corpus: Corpus): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const key of corpus.claimKeys()) {
    const first = corpus.claimsByKey(key)[0];
    if (!first) continue;
    const subjects = first.claim.subjects.length ? first.claim.subjects : [''];
    for (const s of subjects) {
      let list = out.get(s);
      if (!list) out.set(s, (list = []));
      list.push(key);
    }
  }
  return out;
}

export interface SymbolMatch {
  kind: 'entity' | 'claim';
  name: string;
  detail: string;
  doc: string;
  span: Span;
  entityType?: EntityType;
}

/** Entities and claims whose names contain every character of the query in order (fuzzy, case-insensitive). */
export function searchSymbols(corpus: Corpus, query: string, limit: number, claimLabel: (c: Claim, doc: string) => string): SymbolMatch[] {
  const out: SymbolMatch[] = [];
  const matches = fuzzyMatcher(query);
  for (const id of corpus.entityIds()) {
    if (out.length >= limit) return out;
    const first = corpus.mentionsOf(id)[0];
    if (first && (matches(first.mention.name) || matches(id))) {
      out.push({ kind: 'entity', name: first.mention.name, detail: first.mention.type, doc: first.doc, span: first.mention, entityType: first.mention.type });
    }
  }
  for (const key of corpus.claimKeys()) {
    if (out.length >= limit) return out;
    const first = corpus.claimsByKey(key)[0];
    if (!first) continue;
    const label = claimLabel(first.claim, first.doc);
    if (matches(label)) out.push({ kind: 'claim', name: label, detail: first.claim.figure.text, doc: first.doc, span: first.claim.figure });
  }
  return out;
}

function fuzzyMatcher(query: string): (s: string) => boolean {
  const q = query.toLowerCase().replace(/\s+/g, '');
  return (s: string) => {
    const t = s.toLowerCase();
    let j = 0;
    for (let i = 0; i < t.length && j < q.length; i++) if (t[i] === q[j]) j++;
    return j === q.length;
  };
}
