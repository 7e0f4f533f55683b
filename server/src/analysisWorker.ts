/**
 * The language server's indexing worker (a worker thread, dist/analysisWorker.js):
 * reads the files the server names and prepares each for the corpus under the
 * context the server last described (analysis, document-scope findings, hash
 * and line starts: corpus/prepare.ts); sends back no text, only that. See
 * lsp/indexing/workerHandle.ts.
 */
import { parentPort } from 'node:worker_threads';
import type { AnalysisContext } from './analysis/analyze';
import { prepareDocument, type LetGoDocument } from './analysis/corpus/prepare';
import { RULES } from './analysis/rules/index';
import { readArticle } from './io/readArticle';
import { contextFromRecipe, type FromWorker, type ToWorker } from './lsp/indexing/protocol';

/** Larger texts go back unprepared (the server prepares them): the worker's heap is small. */
const MAX_CHARS = 1 << 20;
/** The server's corpus runs every rule (RULES); the worker those of them that read one document. */
const DOCUMENT_RULES = RULES.filter((r) => r.scope === 'document');

let ctx: AnalysisContext | undefined;

parentPort?.on('message', (m: ToWorker) => {
  if (m.kind === 'context') {
    ctx = contextFromRecipe(m.recipe);
    return;
  }
  const read = readArticle(m.path);
  if (!read.ok) return reply({ id: m.id, unreadable: read.reason });
  const { text } = read;
  if (!ctx || text.length > MAX_CHARS) return reply({ id: m.id, text });
  let prepared: LetGoDocument;
  try {
    // Its strings are not copied out of the text: the structured clone copies them (and the server shares the recurring ones).
    prepared = prepareDocument(m.doc, text, ctx, DOCUMENT_RULES, false, false);
  } catch {
    // The server prepares it again, and reports the failure as it does its own.
    return reply({ id: m.id, text });
  }
  // The typed arrays are the worker's no longer: moved, not copied.
  const { sentences } = prepared.analysis;
  const { lines } = prepared.letGo;
  reply({ id: m.id, prepared }, [sentences.bounds.buffer, lines.starts.buffer, lines.ends.buffer] as ArrayBuffer[]);
});

function reply(message: FromWorker, transfer: ArrayBuffer[] = []): void {
  parentPort!.postMessage(message, transfer);
}
