/**
 * The messages between the language server and its indexing worker
 * (analysisWorker.ts), and what each side does to them: the worker rebuilds
 * the server's analysis context from a recipe, the server rebuilds what a
 * structured clone loses of an analysis.
 */
import { createContext, type AnalysisContext } from '../../analysis/analyze';
import type { Config } from '../../analysis/config';
import type { DocumentAnalysis } from '../../analysis/model';
import type { LetGoDocument } from '../../analysis/corpus/prepare';
import { LineIndex } from '../../analysis/text/lineIndex';
import type { Annotation } from '../../analysis/annotations/schema';
import { AnnotationIndex } from '../../analysis/annotations/layer';
import { SentenceList } from '../../analysis/text/sentences';
import { intern } from '../../analysis/text/intern';
import { shareRecurringStrings } from '../../analysis/corpus/detach';

/** What the corpus's context is made of: the config, extended by the annotations' tags as Corpus.setAnnotations does. */
export interface ContextRecipe {
  config: Config;
  annotations: readonly Annotation[];
}

/** The worker reads the file itself (one thread's synchronous reads cost the server nothing) and prepares it. */
export type ToWorker = { kind: 'context'; recipe: ContextRecipe } | { kind: 'prepare'; id: number; doc: string; path: string };

/** A document the worker prepared, with the id it was asked for under. */
export interface PreparedReply {
  id: number;
  prepared: LetGoDocument;
}

/** A prepared document crosses back without its text: only what stands in for it. */
export type FromWorker =
  /** The documents of one batch, prepared (analysisWorker.ts: one message for all). */
  | { prepared: PreparedReply[] }
  /** Read, not analysed (too large for the worker, or the analysis failed): the server analyses it. */
  | { id: number; text: string }
  | { id: number; unreadable: string };

/** The context the recipe describes, built by the same engine code as the server's own. */
export function contextFromRecipe(recipe: ContextRecipe): AnalysisContext {
  const layer = new AnnotationIndex(() => undefined);
  layer.update(recipe.annotations);
  return layer.extendContext(createContext(recipe.config));
}

/** A prepared document as structured clone delivers it: its analysis and line index rebuilt (see reviveAnalysis). */
export function revivePrepared(cloned: LetGoDocument): LetGoDocument {
  reviveAnalysis(cloned.analysis);
  cloned.letGo.lines = new LineIndex(cloned.letGo.lines);
  return cloned;
}

/**
 * An analysis as structured clone delivers it: plain objects (shared
 * references kept: each claim's figure is still the one in `figures`), but
 * the sentence list a bare object, and every string a copy of its own. The
 * list becomes a SentenceList again, and the strings that recur across
 * documents (kinds, units, ids, names, dates, claim keys) are shared, as
 * they are in an analysis made in the server's thread (see detach.ts): on
 * 10,000 articles the copies cost tens of megabytes.
 */
function reviveAnalysis(cloned: DocumentAnalysis): DocumentAnalysis {
  const { bounds, length } = cloned.sentences;
  cloned.sentences = new SentenceList(bounds, length);
  shareRecurringStrings(cloned);
  // What an analysis made in this thread shares already: the engine's literals and claim keys (claims/keys.ts).
  for (const f of cloned.figures) {
    f.kind = intern(f.kind) as typeof f.kind;
    f.qualifier = intern(f.qualifier) as typeof f.qualifier;
    f.role = intern(f.role) as typeof f.role;
  }
  for (const m of cloned.entities) {
    m.type = intern(m.type) as typeof m.type;
    m.source = intern(m.source) as typeof m.source;
  }
  for (const c of cloned.claims) {
    c.subjects = c.subjects.map(intern);
    c.matchKeys = c.matchKeys.map(intern);
    c.key = intern(c.key);
    c.basis = intern(c.basis) as typeof c.basis;
    c.scope = intern(c.scope);
    c.frame = intern(c.frame);
  }
  return cloned;
}
