/**
 * The language server's indexing worker (a worker thread, dist/analysisWorker.js):
 * reads the files the server names and prepares each for the corpus under the
 * context the server last described (analysis, document-scope findings, hash
 * and line starts: corpus/prepare.ts), several at a time; sends back no text,
 * only that. See lsp/indexing/workerHandle.ts.
 */
import { parentPort } from 'node:worker_threads';
import { ANALYSIS_BATCH, type AnalysisContext } from './analysis/analyze';
import { prepareDocumentsEach } from './analysis/corpus/prepare';
import { RULES } from './analysis/rules/index';
import { readArticle } from './io/readArticle';
import { contextFromRecipe, type FromWorker, type ToWorker } from './lsp/indexing/protocol';
import { packBatch } from './lsp/indexing/packing';
import type { LetGoDocument } from './analysis/corpus/prepare';

/** Larger texts go back unprepared (the server prepares them): the worker's heap is small. */
const MAX_CHARS = 1 << 20;
/** The server's corpus runs every rule (RULES); the worker those of them that read one document. */
const DOCUMENT_RULES = RULES.filter((r) => r.scope === 'document');

let ctx: AnalysisContext | undefined;
/** Messages not yet handled, in the order they came: a new context applies to the files asked for after it. */
const pending: ToWorker[] = [];
let draining = false;

interface Read {
  id: number;
  doc: string;
  text: string;
}

parentPort?.on('message', (m: ToWorker) => {
  pending.push(m);
  // Handled once every message already queued has come in, so that the files of one batch are analysed together.
  if (!draining) {
    draining = true;
    setImmediate(drain);
  }
});

/** Reads up to a batch of the files asked for, prepares them together (analyzeDocuments pays per batch), and answers each. */
function drain(): void {
  const batch: Read[] = [];
  let chars = 0;
  // At most a batch, and no more text than one large file: the worker's heap is small.
  while (pending.length > 0 && batch.length < ANALYSIS_BATCH && chars < MAX_CHARS) {
    const m = pending.shift()!;
    if (m.kind === 'context') {
      prepareAll(batch.splice(0));
      chars = 0;
      ctx = contextFromRecipe(m.recipe);
      continue;
    }
    const read = readArticle(m.path);
    if (!read.ok) reply({ id: m.id, unreadable: read.reason });
    else if (!ctx || read.text.length > MAX_CHARS) reply({ id: m.id, text: read.text });
    else {
      batch.push({ id: m.id, doc: m.doc, text: read.text });
      chars += read.text.length;
    }
  }
  prepareAll(batch);
  if (pending.length > 0) setImmediate(drain);
  else draining = false;
}

function prepareAll(batch: Read[]): void {
  if (batch.length === 0) return;
  // Their strings are not copied out of the texts: the message copies them (and the server shares the recurring ones).
  const prepared = prepareDocumentsEach(batch.map((r) => r.doc), batch.map((r) => r.text), ctx!, DOCUMENT_RULES, false, false);
  const done: Array<{ id: number; prepared: LetGoDocument }> = [];
  batch.forEach((r, i) => {
    const p = prepared[i];
    if (p) done.push({ id: r.id, prepared: p });
    // The server prepares it again, and reports the failure as it does its own.
    else reply({ id: r.id, text: r.text });
  });
  if (done.length === 0) return;
  try {
    send(done);
  } catch {
    // A batch that cannot be packed goes back as texts: the server prepares them.
    for (const [i, r] of batch.entries()) if (prepared[i]) reply({ id: r.id, text: r.text });
  }
}

/**
 * A batch's documents go back in one message: each message costs the
 * server's thread an event, a deserialization and a turn of its loop, and
 * indexing 10,000 articles took 0.2-0.7 s less than with one message per
 * document (faster in 6 of 6 alternating runs). Packed (packing.ts), and
 * its typed arrays moved, not copied.
 */
function send(docs: Array<{ id: number; prepared: LetGoDocument }>): void {
  const transfer: ArrayBuffer[] = [];
  reply({ packed: packBatch(docs, transfer) }, transfer);
}

function reply(message: FromWorker, transfer: ArrayBuffer[] = []): void {
  parentPort!.postMessage(message, transfer);
}
