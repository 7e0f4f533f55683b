/**
 * What the corpus keeps of a document whose text it let go (a closed article
 * in the language server): what other documents' findings, hovers and views
 * read of it (its claims, mentions and sentences, its date), and of its
 * figures only those of its claims. Two in three figures are no claim (dates,
 * counts, page furniture): on the 10,000-article benchmark corpus they were
 * ~190k objects kept only for requests at a position in that document, which
 * `Corpus.fullAnalysis` answers by analysing it again.
 */
import type { DocumentAnalysis, EntityMention, Figure } from '../model';

export function slimAnalysis(analysis: DocumentAnalysis): DocumentAnalysis {
  const figures: Figure[] = [];
  // Claims come in figure order, one per figure; their indexes are renumbered into the kept figures.
  for (const claim of analysis.claims) {
    claim.figureIndex = figures.length;
    figures.push(claim.figure);
  }
  return { ...analysis, figures };
}

/**
 * An analysis with, of its mentions, only the first of each entity its claims
 * name: all that findings read of them (a subject's display name, as the
 * document first names it: rules/names.ts). For a corpus that only reports
 * findings (the CLI's check): the mentions were ~20% of what it kept of each
 * document, and the entity index over them another ~15%.
 */
export function withSubjectMentionsOnly(analysis: DocumentAnalysis): DocumentAnalysis {
  const wanted = new Set<string>();
  for (const claim of analysis.claims) for (const id of claim.subjects) wanted.add(id);
  const entities: EntityMention[] = [];
  for (const m of analysis.entities) if (wanted.delete(m.id)) entities.push(m);
  return { ...analysis, entities };
}
