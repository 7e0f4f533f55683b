/**
 * The messages between the language server and its indexing worker
 * (analysisWorker.ts): the worker rebuilds the server's analysis context
 * from a recipe, and sends prepared documents back packed (packing.ts).
 */
import { createContext, type AnalysisContext } from '../../analysis/analyze';
import type { Config } from '../../analysis/config';
import type { Annotation } from '../../analysis/annotations/schema';
import { AnnotationIndex } from '../../analysis/annotations/layer';
import type { PackedBatch } from './packing';

/** What the corpus's context is made of: the config, extended by the annotations' tags as Corpus.setAnnotations does. */
export interface ContextRecipe {
  config: Config;
  annotations: readonly Annotation[];
}

/** The worker reads the file itself (one thread's synchronous reads cost the server nothing) and prepares it. */
export type ToWorker = { kind: 'context'; recipe: ContextRecipe } | { kind: 'prepare'; id: number; doc: string; path: string };

/** A prepared document crosses back without its text: only what stands in for it. */
export type FromWorker =
  /** The documents of one batch, prepared and packed (analysisWorker.ts: one message for all). */
  | { packed: PackedBatch }
  /** Read, not analysed (too large for the worker, or the analysis failed): the server analyses it. */
  | { id: number; text: string }
  | { id: number; unreadable: string };

/** The context the recipe describes, built by the same engine code as the server's own. */
export function contextFromRecipe(recipe: ContextRecipe): AnalysisContext {
  const layer = new AnnotationIndex(() => undefined);
  layer.update(recipe.annotations);
  return layer.extendContext(createContext(recipe.config));
}
