/**
 * Cross-reference queries over the corpus index, for hovers, highlighting and
 * views: what is at an offset, which other sources mention an entity, which
 * figures of the same claim agree or disagree and by how much. Pure.
 */
import type { Claim, DocumentAnalysis, EntityMention, EntityType, Figure, Finding, Span } from '../model';
import type { Corpus } from './corpus';
import type { Config } from '../config';
import { compareClaims } from '../claims/compare';
import { displayName } from '../rules/names';

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

/**
 * The entity or the figure at an offset. When both contain it (a name inside
 * an amount: "US" in "US$98.6 million"), the longer wins, as in highlighting.
 */
export function targetAt(
  analysis: DocumentAnalysis,
  offset: number,
): { entity: EntityMention; figure?: undefined } | { entity?: undefined; figure: Figure; index: number } | undefined {
  const entity = entityAt(analysis, offset);
  const figure = figureAt(analysis, offset);
  if (entity && (!figure || entity.end - entity.start >= figure.figure.end - figure.figure.start)) return { entity };
  return figure ? { figure: figure.figure, index: figure.index } : undefined;
}

export function claimOfFigure(analysis: DocumentAnalysis, figureIndex: number): Claim | undefined {
  return analysis.claims.find((c) => c.figureIndex === figureIndex);
}

/** The sentence containing an offset, or the offset's line when no sentence does. */
export function sentenceAt(analysis: DocumentAnalysis, offset: number): Span | undefined {
  return analysis.sentences.at(offset);
}

/** A display name for an entity id, preferring how the given document names it. */
export function entityName(corpus: Corpus, id: string, doc?: string): string {
  return displayName(id, doc ? corpus.analysis(doc)?.entities : undefined, corpus);
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
  /** The first `limit` documents that mention it, except `doc`, in order of their names. */
  others: EntitySource[];
  /** How many documents mention it, except `doc`. */
  otherCount: number;
}

/**
 * What the corpus knows of an entity, seen from one document. A workspace's
 * main subject is mentioned in nearly every article (10,000 articles, 35,000
 * mentions: listing and sorting them all took ~20 ms a hover), so the
 * documents are counted and only the first `limit` of them kept, in order.
 */
export function entityOverview(corpus: Corpus, id: string, doc: string, limit: number): EntityOverview | undefined {
  let sources = 0;
  let mentions = 0;
  let first: EntityMention | undefined;
  let own: EntityMention | undefined;
  const others: EntitySource[] = [];
  corpus.forEachMentionHolder(id, (list, d) => {
    sources++;
    mentions += list.length;
    first ??= list[0];
    if (d === doc) own = list[0];
    else keepFirst(others, { doc: d, mention: list[0], mentions: list.length }, limit);
  });
  if (!first) return undefined;
  const named = own ?? first;
  return { id, name: named.name, type: named.type, sources, mentions, others, otherCount: own ? sources - 1 : sources };
}

/** Inserts a source into a list kept sorted by document name and no longer than limit. */
function keepFirst(list: EntitySource[], source: EntitySource, limit: number): void {
  if (limit <= 0 || (list.length === limit && source.doc >= list[limit - 1].doc)) return;
  let i = list.length;
  while (i > 0 && list[i - 1].doc > source.doc) i--;
  list.splice(i, 0, source);
  if (list.length > limit) list.pop();
}

export type Relation = 'agree' | 'disagree' | 'incomparable';

export interface ClaimPeer {
  doc: string;
  claim: Claim;
  relation: Relation;
  /** How far apart the two figures are (0 when their intervals overlap), when comparable. */
  gap?: number;
  /** The tolerance that applied to the pair. */
  tolerance?: number;
}

/**
 * The other figures for the same claim (sharing a match key), in other
 * sources and elsewhere in the same document, each compared with this one the
 * way the conflict rules compare them.
 */
export function claimPeers(corpus: Corpus, doc: string, claim: Claim, config: Pick<Config, 'tolerance' | 'conversionTolerance'>): ClaimPeer[] {
  const out: ClaimPeer[] = [];
  const seen = new Set<string>();
  for (const key of claim.matchKeys) {
    for (const p of corpus.claimsByKey(key)) {
      const id = `${p.doc}\u0000${p.claim.figure.start}`;
      if ((p.doc === doc && p.claim.figure.start === claim.figure.start) || seen.has(id)) continue;
      seen.add(id);
      const cmp = compareClaims(claim, p.claim, config.tolerance, config.conversionTolerance);
      out.push({ doc: p.doc, claim: p.claim, relation: !cmp ? 'incomparable' : cmp.conflict ? 'disagree' : 'agree', gap: cmp?.gap, tolerance: cmp?.tolerance });
    }
  }
  return out;
}

/** Whether another source gives an agreeing figure for the same claim. */
export function isCorroborated(corpus: Corpus, doc: string, claim: Claim, config: Pick<Config, 'tolerance' | 'conversionTolerance'>): boolean {
  for (const key of claim.matchKeys) {
    for (const p of corpus.claimsByKey(key)) {
      if (p.doc === doc) continue;
      const cmp = compareClaims(claim, p.claim, config.tolerance, config.conversionTolerance);
      if (cmp && !cmp.conflict) return true;
    }
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
}

/** Counts that need no findings (computing those for every document is the expensive part). */
export function corpusTotals(corpus: Corpus): CorpusTotals {
  let claims = 0;
  for (const doc of corpus.documents()) claims += corpus.analysis(doc)?.claims.length ?? 0;
  let entities = 0;
  for (const _ of corpus.entityIds()) entities++;
  return { documents: corpus.size, entities, claims };
}

/** Whether a finding is about this claim's figure. */
export function findingIsOn(f: Finding, claim: Claim): boolean {
  return f.claimKey === claim.key && f.start < claim.figure.end && claim.figure.start < f.end;
}

/** Match keys with at least one open finding on one of their claims, over the whole corpus. */
export function conflictedMatchKeys(corpus: Corpus): Set<string> {
  const out = new Set<string>();
  for (const doc of corpus.documents()) {
    const findings = corpus.findings(doc);
    if (findings.length === 0) continue;
    for (const claim of corpus.analysis(doc)?.claims ?? []) {
      if (findings.some((f) => findingIsOn(f, claim))) for (const k of claim.matchKeys) out.add(k);
    }
  }
  return out;
}

/** Match keys grouped by their subject entity (a match key names one subject). */
export function matchKeysBySubject(corpus: Corpus): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const key of corpus.claimKeys()) {
    const first = corpus.firstClaimOf(key);
    if (!first) continue;
    const subject = first.claim.subjects[first.claim.matchKeys.indexOf(key)] ?? '';
    let list = out.get(subject);
    if (!list) out.set(subject, (list = []));
    list.push(key);
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
    const first = corpus.firstMentionOf(id);
    if (first && (matches(first.mention.name) || matches(id))) {
      out.push({ kind: 'entity', name: first.mention.name, detail: first.mention.type, doc: first.doc, span: first.mention, entityType: first.mention.type });
    }
  }
  for (const key of corpus.claimKeys()) {
    if (out.length >= limit) return out;
    const first = corpus.firstClaimOf(key);
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
