import type { Claim, DocumentAnalysis, EntityMention, Finding, Severity } from '../model';
import type { AnalysisContext } from '../analyze';
import type { ConfigKey } from '../config';

/** What a rule may read: one document, and the corpus index for the others. */
export interface RuleInput {
  doc: string;
  text: string;
  analysis: DocumentAnalysis;
  corpus: CorpusView;
  ctx: AnalysisContext;
}

/** What rules read of the other documents (the Corpus gives the language server more). */
export interface CorpusView {
  /** Visits the claims under a match key (subject|measure|scope|frame) document by document, without copying them. */
  forEachClaimHolder(key: string, visit: (claims: readonly Claim[], doc: string) => void): void;
  /** Whether claims under this match key are compared across documents (not when too many documents share it: see corpus/commonKeys.ts). */
  compares(key: string): boolean;
  /** The first mention of this entity id in any document, without listing the others. */
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
  /**
   * What of a document it reads: 'claims' (its claims and mentions, which the
   * corpus keeps of every document) or 'figures' (all of them, which it keeps
   * only while it keeps the text: see corpus/slim.ts).
   */
  reads: 'claims' | 'figures';
  /** Its severity when the settings give none. */
  defaultSeverity: Severity;
  /** The settings its findings depend on, besides its severity: when only these change, it runs again on the analyses as they are. */
  settings: readonly ConfigKey[];
  check(input: RuleInput): Finding[];
}
