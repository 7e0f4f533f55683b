/**
 * The language server's indexing worker (a worker thread, dist/analysisWorker.js):
 * reads the files the server names and analyses them under the context the
 * server last described; sends back each text with its analysis. See
 * lsp/indexing/workerHandle.ts.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeDocument, type AnalysisContext } from './analysis/analyze';
import { readArticle } from './io/readArticle';
import { contextFromRecipe, type FromWorker, type ToWorker } from './lsp/indexing/protocol';

/** Larger texts go back unanalysed (the server analyses them): the worker's heap is small. */
const MAX_CHARS = 1 << 20;

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
  let analysis;
  try {
    analysis = analyzeDocument(text, ctx);
  } catch {
    // The server analyses it again, and reports the failure as it does its own.
    return reply({ id: m.id, text });
  }
  // The sentence bounds are the worker's no longer: moved, not copied.
  reply({ id: m.id, text, analysis }, [analysis.sentences.bounds.buffer as ArrayBuffer]);
});

function reply(message: FromWorker, transfer: ArrayBuffer[] = []): void {
  parentPort!.postMessage(message, transfer);
}
