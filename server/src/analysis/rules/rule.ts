import type { Claim, DocumentAnalysis, EntityMention, Finding } from '../model';
import type { AnalysisContext } from '../analyze';

/** What a rule may read: one document, and the corpus index for the others. */
export interface RuleInput {
  doc: string;
  text: string;
  analysis: DocumentAnalysis;
  corpus: CorpusView;
  ctx: AnalysisContext;
}

/** The read-only face of the corpus index that rules and hovers use. */
export interface CorpusView {
  documents(): Iterable<string>;
  text(doc: string): string | undefined;
  analysis(doc: string): DocumentAnalysis | undefined;
  /** Every claim with this match key (subject|measure|scope|frame), in every document. */
  claimsByKey(key: string): ReadonlyArray<{ doc: string; claim: Claim }>;
  /** The same, visited document by document, without copying: for rules that visit every claim of every document. */
  forEachClaimHolder(key: string, visit: (claims: readonly Claim[], doc: string) => void): void;
  /** Whether claims under this match key are compared across documents (not when too many documents share it: see corpus/commonKeys.ts). */
  compares(key: string): boolean;
  /** Every mention of this entity id, in every document. */
  mentionsOf(id: string): ReadonlyArray<{ doc: string; mention: EntityMention }>;
  /** The first of them, without listing the others. */
  firstMentionOf(id: string): { doc: string; mention: EntityMention } | undefined;
}

export interface Rule {
  id: Finding['code'];
  description: string;
  /**
   * 'document': the findings depend on the document alone, so the corpus
   * computes them once, when the document is analysed (with its text in hand).
   * 'corpus': they depend on other documents too, so they are computed on
   * demand and again whenever a document they depend on changes.
   */
  scope: 'document' | 'corpus';
  check(input: RuleInput): Finding[];
}
