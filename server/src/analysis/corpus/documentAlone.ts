/**
 * The corpus as a document-scope rule sees it: this one document alone. Such a
 * rule's findings depend on the document only, so it gets no view of the
 * others, and they come out the same wherever the document is prepared (in
 * the corpus, or in the language server's indexing worker).
 */
import type { DocumentAnalysis, EntityMention } from '../model';
import type { CorpusView } from '../rules/rule';

export function documentAlone(doc: string, text: string, analysis: DocumentAnalysis): CorpusView {
  const claims = (key: string) => analysis.claims.filter((c) => c.matchKeys.includes(key));
  const mentions = (id: string) => analysis.entities.filter((m) => m.id === id);
  return {
    documents: () => [doc],
    text: (d) => (d === doc ? text : undefined),
    analysis: (d) => (d === doc ? analysis : undefined),
    claimsByKey: (key) => claims(key).map((claim) => ({ doc, claim })),
    forEachClaimHolder: (key, visit) => {
      const held = claims(key);
      if (held.length > 0) visit(held, doc);
    },
    compares: () => true,
    mentionsOf: (id) => mentions(id).map((mention) => ({ doc, mention })),
    firstMentionOf: (id) => {
      const mention: EntityMention | undefined = mentions(id)[0];
      return mention && { doc, mention };
    },
  };
}
