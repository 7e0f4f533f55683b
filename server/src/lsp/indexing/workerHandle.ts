/**
 * The server's side of the indexing worker: starts it (capped heap, see
 * runtimeFlags.ts), tells it the analysis context whenever the corpus's
 * changes, and turns each request to prepare a document into a promise. A promise
 * resolves to undefined whenever the worker could not deliver (an error, a
 * crash, out of memory, closed): the caller then analyses in its own thread.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AnalysisContext } from '../../analysis/analyze';
import { ANALYSIS_WORKER_LIMITS } from '../../runtimeFlags';
import { describe } from '../guard';
import type { LetGoDocument } from '../../analysis/corpus/prepare';
import type { ContextRecipe, FromWorker, ToWorker } from './protocol';
import { unpackBatch, type PackedBatch } from './packing';

/** The worker's bundle, beside the server's in dist/ (absent when the server runs from source: no worker then). */
const WORKER_FILE = join(__dirname, 'analysisWorker.js');

/** What the worker made of a file: the document prepared for the corpus, its text only, or why it could not read it. */
export type WorkerResult = { prepared: LetGoDocument } | { text: string } | { unreadable: string };

type Settle = (result: WorkerResult | undefined) => void;

export class AnalysisWorker {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Settle>();
  private nextId = 0;
  private closedByOwner = false;
  /** The context the worker was last told about. */
  private told: AnalysisContext | undefined;

  private constructor(
    worker: Worker,
    private readonly log: (message: string) => void,
  ) {
    this.worker = worker;
    worker.on('message', (m: FromWorker) => this.received(m));
    worker.on('messageerror', (e) => this.fail(`unreadable message: ${describe(e)}`));
    worker.on('error', (e) => this.fail(describe(e)));
    worker.on('exit', (code) => this.fail(`exited with code ${code}`));
  }

  /** A running worker, or undefined when there is none to be had (the caller analyses in its own thread). */
  static start(log: (message: string) => void, file = WORKER_FILE): AnalysisWorker | undefined {
    if (!existsSync(file)) return undefined;
    try {
      return new AnalysisWorker(new Worker(file, { resourceLimits: ANALYSIS_WORKER_LIMITS }), log);
    } catch (e) {
      log(`indexing worker did not start: ${describe(e)}`);
      return undefined;
    }
  }

  get alive(): boolean {
    return this.worker !== undefined;
  }

  /** Requests sent and not answered yet. */
  get inFlight(): number {
    return this.pending.size;
  }

  /**
   * Reads a file and prepares it as document `doc` under ctx (the corpus's
   * current context, which `recipe` describes: asked for only when ctx is not
   * the one the worker knows).
   */
  prepare(doc: string, path: string, ctx: AnalysisContext, recipe: () => ContextRecipe): Promise<WorkerResult | undefined> {
    const worker = this.worker;
    if (!worker) return Promise.resolve(undefined);
    return new Promise<WorkerResult | undefined>((resolve) => {
      try {
        this.tell(ctx, recipe);
        const id = this.nextId++;
        this.post(worker, { kind: 'prepare', id, doc, path });
        this.pending.set(id, resolve);
      } catch (e) {
        this.fail(`could not send: ${describe(e)}`);
        resolve(undefined);
      }
    });
  }

  /** Tells the worker the context to prepare documents under, unless it knows it already (it builds it at once). */
  tell(ctx: AnalysisContext, recipe: () => ContextRecipe): void {
    if (!this.worker || ctx === this.told) return;
    this.post(this.worker, { kind: 'context', recipe: recipe() });
    this.told = ctx;
  }

  /** Whether it was closed (rather than failed): what it had not answered is wanted no more. */
  get closed(): boolean {
    return this.closedByOwner;
  }

  /** Ends the worker; what it had not answered resolves to undefined. */
  close(): void {
    this.closedByOwner = true;
    this.stop();
  }

  private stop(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.settleAll();
    void worker?.terminate();
  }

  private post(worker: Worker, message: ToWorker): void {
    worker.postMessage(message);
  }

  private received(m: FromWorker): void {
    try {
      if ('packed' in m) this.receivedBatch(m.packed);
      else this.settle(m.id, m);
    } catch (e) {
      // Nothing in it can be matched to its request: those waiting are read and prepared in the server's thread.
      this.fail(`unreadable message: ${describe(e)}`);
    }
  }

  private receivedBatch(batch: PackedBatch): void {
    for (const { id, prepared } of unpackBatch(batch)) {
      if (prepared) this.settle(id, { prepared });
      else {
        // The others of its batch still arrive; this one is read and prepared in the server's thread.
        this.log(`could not take a prepared document from the indexing worker (request ${id})`);
        this.settle(id, undefined);
      }
    }
  }

  private settle(id: number, result: WorkerResult | undefined): void {
    const resolve = this.pending.get(id);
    if (!resolve) return;
    this.pending.delete(id);
    resolve(result);
  }

  private fail(reason: string): void {
    if (!this.worker) return;
    this.log(`indexing worker stopped (${reason}); analysing in the server's own thread`);
    this.stop();
  }

  private settleAll(): void {
    for (const resolve of this.pending.values()) resolve(undefined);
    this.pending.clear();
  }
}
