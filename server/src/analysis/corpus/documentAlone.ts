/**
 * The corpus as a document-scope rule sees it: this one document alone. Such a
 * rule's findings depend on the document only, so it gets no view of the
 * others, and they come out the same wherever the document is prepared (in
 * the corpus, or in the language server's indexing worker).
 */
import type { DocumentAnalysis, EntityMention } from '../model';
import type { CorpusView } from '../rules/rule';

export function documentAlone(doc: string, analysis: DocumentAnalysis): CorpusView {
  return {
    forEachClaimHolder: (key, visit) => {
      const held = analysis.claims.filter((c) => c.matchKeys.includes(key));
      if (held.length > 0) visit(held, doc);
    },
    compares: () => true,
    firstMentionOf: (id) => {
      const mention: EntityMention | undefined = analysis.entities.find((m) => m.id === id);
      return mention && { doc, mention };
    },
  };
}
