/**
 * A document made ready for the corpus: analysed, checked by the
 * document-scope rules, and, when the corpus will not keep its text, reduced
 * to what stands in for the text (content hash, line starts) with a slim,
 * detached analysis. Pure, so that it runs in the corpus's thread or in the
 * language server's indexing worker alike (Corpus.setPrepared).
 */
import type { DocumentAnalysis, Finding } from '../model';
import { analyzeDocuments, type AnalysisContext } from '../analyze';
import type { Rule } from '../rules/rule';
import { contentHash } from '../text/hash';
import { LineIndex } from '../text/lineIndex';
import { detachAnalysis } from './detach';
import { documentAlone } from './documentAlone';
import { slimAnalysis } from './slim';

export interface PreparedDocument {
  analysis: DocumentAnalysis;
  /** Findings of the document-scope rules. */
  own: Finding[];
  /** Set when the text is let go: the analysis is then slim (slim.ts) and shares no memory with the text. */
  letGo?: { hash: string; lines: LineIndex };
}

/** A document prepared for a corpus that lets its text go. */
export type LetGoDocument = PreparedDocument & { letGo: NonNullable<PreparedDocument['letGo']> };

/**
 * `detach` (for a text let go) copies the strings kept out of the text; a
 * document that crosses to another thread needs no copies (structured clone
 * makes them, and the receiving side shares the recurring ones:
 * lsp/indexing/protocol.ts), which saves ~5% of preparing it.
 */
export function prepareDocument(doc: string, text: string, ctx: AnalysisContext, rules: readonly Rule[], keepText: false, detach?: boolean): LetGoDocument;
export function prepareDocument(doc: string, text: string, ctx: AnalysisContext, rules: readonly Rule[], keepText: boolean): PreparedDocument;
export function prepareDocument(doc: string, text: string, ctx: AnalysisContext, rules: readonly Rule[], keepText: boolean, detach = true): PreparedDocument {
  return prepareDocuments([doc], [text], ctx, rules, keepText, detach)[0];
}

/** Documents prepared as prepareDocument prepares each, analysed together (analyzeDocuments: faster in batches). */
export function prepareDocuments(docs: readonly string[], texts: readonly string[], ctx: AnalysisContext, rules: readonly Rule[], keepText: false, detach?: boolean): LetGoDocument[];
export function prepareDocuments(docs: readonly string[], texts: readonly string[], ctx: AnalysisContext, rules: readonly Rule[], keepText: boolean, detach?: boolean): PreparedDocument[];
export function prepareDocuments(docs: readonly string[], texts: readonly string[], ctx: AnalysisContext, rules: readonly Rule[], keepText: boolean, detach = true): PreparedDocument[] {
  return analyzeDocuments(texts, ctx).map((analysis, i) => {
    const doc = docs[i];
    const text = texts[i];
    const input = { doc, text, analysis, corpus: documentAlone(doc, analysis), ctx };
    const own = rules.flatMap((rule) => rule.check(input));
    if (keepText) return { analysis, own };
    return { analysis: detach ? letGoOf(analysis, own) : slimAnalysis(analysis), own, letGo: { hash: contentHash(text), lines: new LineIndex(text) } };
  });
}

/**
 * Documents prepared as prepareDocuments prepares them, with a failure kept
 * to its own document: when the batch throws, each is prepared alone, and
 * one that throws again is undefined (its caller analyses it again where the
 * failure is reported).
 */
export function prepareDocumentsEach(docs: readonly string[], texts: readonly string[], ctx: AnalysisContext, rules: readonly Rule[], keepText: false, detach?: boolean): Array<LetGoDocument | undefined>;
export function prepareDocumentsEach(docs: readonly string[], texts: readonly string[], ctx: AnalysisContext, rules: readonly Rule[], keepText: boolean, detach?: boolean): Array<PreparedDocument | undefined>;
export function prepareDocumentsEach(docs: readonly string[], texts: readonly string[], ctx: AnalysisContext, rules: readonly Rule[], keepText: boolean, detach = true): Array<PreparedDocument | undefined> {
  try {
    return prepareDocuments(docs, texts, ctx, rules, keepText, detach);
  } catch {
    return docs.map((doc, i) => {
      try {
        return prepareDocuments([doc], [texts[i]], ctx, rules, keepText, detach)[0];
      } catch {
        return undefined;
      }
    });
  }
}

/** The slim analysis kept for a text let go; detaches it and the findings from the text. */
export function letGoOf(analysis: DocumentAnalysis, own: Finding[]): DocumentAnalysis {
  const slim = slimAnalysis(analysis);
  detachAnalysis(slim, own);
  return slim;
}
