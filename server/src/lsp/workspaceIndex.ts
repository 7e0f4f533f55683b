/**
 * Indexes the workspace: every article file, open or not, read from disk in
 * batches that yield to the event loop (requests are served meanwhile),
 * with work-done progress ("Indexing 312/10,000"), cancellable by the user or
 * by a newer indexing run. Open documents override what is on disk. A
 * worker thread reads and analyses alongside the server's thread while a
 * workspace is indexed (indexing/), and is ended when it is. New settings
 * that change every analysis re-index too: the closed articles analysed
 * under the old ones are analysed again, in both threads.
 */
import type { WorkDoneProgressServerReporter } from 'vscode-languageserver';
import type { ServerServices } from './services';
import { isArticlePath, listArticleFiles } from './articleFiles';
import { normalizeUri, pathToUri, uriToPath } from './uris';
import { TimeSlices, yieldToEventLoop } from './yieldToEventLoop';
import { refreshInSlices } from './refreshInSlices';
import { describe } from './guard';
import { AnalysisQueue, recipeOf } from './indexing/queue';
import { AnalysisWorker } from './indexing/workerHandle';

/** Files read between two yields when following file changes. */
const READ_BATCH = 16;
/**
 * At most about this long between yields while reading and analysing, in
 * milliseconds: a request waits about a slice (yieldToEventLoop.ts), and the
 * server prepares an article in 0.3-2 ms (batches of 16 articles made hovers
 * wait longer). Hovers sent while 10,000 articles were indexed: p50 5.4-6.1
 * ms, p95 20 ms (p50 ~17 ms, p95 37-50 ms while a pause was one turn).
 */
const INDEX_SLICE_MS = 4;
/**
 * The same while checking (computing and publishing findings): longer, as
 * the final check is part of the indexing time. With 4 ms slices it took
 * ~950 ms for 10,000 articles against ~750 ms (4 of 4 alternating runs).
 */
const CHECK_SLICE_MS = 20;
/** Below this many files a worker thread is not worth starting. */
const WORKER_MIN_FILES = 64;
/** Documents read ahead of the corpus at most, waiting for the worker's analyses. */
const MAX_QUEUED = 128;

export class WorkspaceIndexer {
  private generation = 0;
  private running: Promise<void> | undefined;

  constructor(private readonly services: ServerServices) {}

  get indexing(): boolean {
    return this.running !== undefined;
  }

  /**
   * Starts (or restarts) indexing; resolves when this run ends or is
   * superseded. After new settings ('settings'), every closed article is
   * analysed again: the user may not cancel that (its findings would stay
   * those of the old settings), nor a run that supersedes it before its end,
   * and the worker starts at once.
   */
  indexAll(purpose: 'index' | 'settings' = 'index'): Promise<void> {
    const generation = ++this.generation;
    const run = this.run(generation, purpose).catch((e) => this.services.log(`indexing failed: ${describe(e)}`));
    const tracked = run.finally(() => {
      if (this.running !== tracked) return;
      this.running = undefined;
      // One more change notice, now that indexing is over, for views that waited for it.
      this.services.refresh([]);
    });
    this.running = tracked;
    return tracked;
  }

  /** Whether a URI names a file that belongs to the corpus under the current globs. */
  isArticle(uri: string): boolean {
    const path = uriToPath(uri);
    return path !== undefined && isArticlePath(path, this.services.folders(), this.services.settings().articleGlobs);
  }

  /** Reads these files from disk into the corpus (skipping open ones) and refreshes what they affect. */
  async readFiles(uris: string[]): Promise<void> {
    const affected = new Set<string>();
    const queue = this.queue();
    for (let i = 0; i < uris.length; i += READ_BATCH) {
      this.readBatch(uris.slice(i, i + READ_BATCH), queue, affected);
      await yieldToEventLoop();
    }
    this.services.refresh(affected);
  }

  /** Forgets files (deleted, or no longer articles), and folders' files when a folder was deleted. */
  removeFiles(uris: string[]): void {
    const { corpus } = this.services;
    const affected = new Set<string>();
    const gone = new Set<string>();
    for (const raw of uris) {
      const uri = normalizeUri(raw);
      if (this.services.openDocument(uri)) continue;
      if (corpus.has(uri)) gone.add(uri);
      else {
        const prefix = uri.endsWith('/') ? uri : uri + '/';
        for (const doc of corpus.documents()) if (doc.startsWith(prefix) && !this.services.openDocument(doc)) gone.add(doc);
      }
    }
    for (const uri of gone) for (const d of corpus.delete(uri)) affected.add(d);
    // Refreshing a document that left the corpus clears its diagnostics.
    this.services.refresh([...affected, ...gone]);
  }

  private async run(generation: number, purpose: 'index' | 'settings'): Promise<void> {
    const { services } = this;
    const started = Date.now();
    // Superseding a run after new settings that had not finished, this one has its articles to analyse again: not cancellable either.
    if (purpose === 'index' && !services.corpus.allCurrent()) purpose = 'settings';
    // When most files are to be analysed (a first indexing, new settings) the worker starts before the progress request
    // and the listing, which its start-up (~140 ms: loading its code, the entity lexicon) then overlaps; it is ended if there are few files.
    let worker = services.corpus.size === 0 || purpose === 'settings' ? this.startWorker() : undefined;
    const verb = purpose === 'settings' ? 'Applying the settings to' : 'Indexing';
    const progress = await this.createProgress();
    let cancelled = false;
    if (purpose === 'index') progress?.token.onCancellationRequested(() => (cancelled = true));
    const stale = () => cancelled || generation !== this.generation;
    try {
      progress?.begin('Corroborate', 0, 'Listing articles…', purpose === 'index');
      const files = await listArticleFiles(services.folders(), services.settings().articleGlobs, services.log);
      const uris = await urisOf(files);
      const wanted = new Set(uris);
      // Files that left the corpus (globs changed, or deleted while the server was not watching).
      const leaving = [...services.corpus.documents()].filter((d) => !wanted.has(d) && !services.openDocument(d));
      if (leaving.length) this.removeFiles(leaving);

      const total = files.length;
      const affected = new Set<string>();
      // A second thread analyses too, while this one reads files and fills the corpus (and analyses what the worker has no room for).
      if (total < WORKER_MIN_FILES) {
        worker?.close();
        worker = undefined;
      } else worker ??= this.startWorker();
      const queue = this.queue(worker);
      const slices = new TimeSlices(INDEX_SLICE_MS);
      let lastReport = 0;
      if (stale()) return;
      for (let i = 0; i < total; i++) {
        while (queue.length > MAX_QUEUED) {
          await queue.headReady();
          queue.installReady(affected);
        }
        // A batch prepared in this thread ends the slice: it is sized to take one.
        const batched = this.queueFile(uris[i], queue);
        if (!batched && !slices.due && i + 1 < total) continue;
        queue.installReady(affected);
        if (Date.now() - lastReport > 100 || i + 1 === total) {
          lastReport = Date.now();
          progress?.report(Math.floor(((i + 1) / Math.max(1, total)) * 90), `${verb} ${fmt(i + 1)}/${fmt(total)}`);
        }
        await slices.next();
        if (stale()) return;
      }
      while (queue.length > 0) {
        if (stale()) return;
        await queue.headReady();
        queue.installReady(affected);
      }
      // Checking is this thread's alone: the worker's memory is better given back now.
      worker?.close();
      if (stale()) return;
      const analysed = Date.now();
      progress?.report(90, `Checking ${fmt(affected.size)} articles…`);
      await refreshInSlices(services, affected, CHECK_SLICE_MS, stale);
      services.log(`indexed ${fmt(total)} articles in ${Date.now() - started} ms (read and analysed in ${analysed - started} ms, ${fmt(queue.fromWorker)} of them by the worker; checked in ${Date.now() - analysed} ms)`);
    } finally {
      worker?.close();
      if (stale()) services.log('indexing cancelled');
      progress?.done();
    }
  }

  /** Queues files (the open ones are the editor's) and puts what is ready into the corpus. */
  private readBatch(uris: string[], queue: AnalysisQueue, affected: Set<string>): void {
    for (const uri of uris) this.queueFile(uri, queue);
    queue.installReady(affected);
  }

  /** Queues a file for the corpus, unless it is open (the editor's text is the document then); true when the queue prepared a batch. */
  private queueFile(uri: string, queue: AnalysisQueue): boolean {
    const path = uriToPath(uri);
    return path !== undefined && !this.services.openDocument(uri) && queue.add(uri, path);
  }

  /** The indexing worker, told the corpus's context; none when switched off (CORROBORATE_INDEX_WORKER=off) or not to be had. */
  private startWorker(): AnalysisWorker | undefined {
    if (process.env.CORROBORATE_INDEX_WORKER === 'off') return undefined;
    const worker = AnalysisWorker.start(this.services.log);
    worker?.tell(this.services.corpus.context, () => recipeOf(this.services));
    return worker;
  }

  /** A queue into the corpus, with the indexing worker if there is one. */
  private queue(worker?: AnalysisWorker): AnalysisQueue {
    const queue = new AnalysisQueue(this.services, worker);
    queue.onUnreadable = (uris) => this.removeFiles(uris);
    return queue;
  }

  private async createProgress(): Promise<WorkDoneProgressServerReporter | undefined> {
    try {
      return await this.services.connection.window.createWorkDoneProgress();
    } catch (e) {
      this.services.log(`no progress reporting: ${describe(e)}`);
      return undefined;
    }
  }
}

/** The file URIs of paths, in slices: 10,000 take 20-40 ms. */
async function urisOf(paths: readonly string[]): Promise<string[]> {
  const slices = new TimeSlices(INDEX_SLICE_MS);
  const uris: string[] = [];
  for (const path of paths) {
    uris.push(pathToUri(path));
    if (slices.due) await slices.next();
  }
  return uris;
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}
