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
import type { StringIds } from './stringIds';

/** What the corpus's context is made of: the config, extended by the annotations' tags as Corpus.setAnnotations does. */
export interface ContextRecipe {
  config: Config;
  annotations: readonly Annotation[];
}

/** The worker reads the file itself (one thread's synchronous reads cost the server nothing) and prepares it. */
export type ToWorker = { kind: 'context'; recipe: ContextRecipe } | { kind: 'prepare'; id: number; doc: string; path: string };

/** A prepared document crosses back without its text: only what stands in for it. */
export type FromWorker =
  /** Its shared strings are blank: `strings` gives them (stringIds.ts). */
  | { id: number; prepared: LetGoDocument; strings: StringIds }
  /** Read, not analysed (too large for the worker, or the analysis failed): the server analyses it. */
  | { id: number; text: string }
  | { id: number; unreadable: string };

/** The context the recipe describes, built by the same engine code as the server's own. */
export function contextFromRecipe(recipe: ContextRecipe): AnalysisContext {
  const layer = new AnnotationIndex(() => undefined);
  layer.update(recipe.annotations);
  return layer.extendContext(createContext(recipe.config));
}

/**
 * A prepared document as structured clone delivers it: its analysis and line
 * index rebuilt (see reviveAnalysis). Its shared strings come from `share`:
 * the worker's string ids (stringIds.ts), or else the intern table.
 */
export function revivePrepared(cloned: LetGoDocument, share: (s: string) => string = intern): LetGoDocument {
  reviveAnalysis(cloned.analysis, share);
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
function reviveAnalysis(cloned: DocumentAnalysis, share: (s: string) => string): DocumentAnalysis {
  const { bounds, length } = cloned.sentences;
  cloned.sentences = new SentenceList(bounds, length);
  shareAllStrings(cloned, share);
  return cloned;
}

/**
 * Every string of an analysis that other documents hold too, each passed
 * through `share` in a fixed order and replaced by what it returns: those
 * detach.ts shares, then those an analysis made in the server's thread
 * shares already by construction (the engine's literals, claim keys:
 * claims/keys.ts). Only objects of this analysis are visited, each once.
 */
export function shareAllStrings(analysis: DocumentAnalysis, share: (s: string) => string): void {
  shareRecurringStrings(analysis, share);
  for (const f of analysis.figures) {
    f.kind = share(f.kind) as typeof f.kind;
    f.qualifier = share(f.qualifier) as typeof f.qualifier;
    f.role = share(f.role) as typeof f.role;
  }
  for (const m of analysis.entities) {
    m.type = share(m.type) as typeof m.type;
    m.source = share(m.source) as typeof m.source;
  }
  for (const c of analysis.claims) {
    // New lists: claims of one sentence may hold the same one, and the engine caches them.
    c.subjects = c.subjects.map(share);
    c.matchKeys = c.matchKeys.map(share);
    c.key = share(c.key);
    c.basis = share(c.basis) as typeof c.basis;
    c.scope = share(c.scope);
    c.frame = share(c.frame);
  }
}
