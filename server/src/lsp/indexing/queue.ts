/**
 * Articles on their way from disk into the corpus. Each is read and analysed
 * by the indexing worker when it has room for more, else read and analysed
 * here. They enter the corpus in the order they were listed (the corpus's
 * maps keep that order, and hovers and findings list documents in it), each
 * with the analysis made under the corpus's current context, or else
 * analysed again. When the worker fails, what it had is read here; when the
 * server grows large, the worker takes no more (runtimeFlags.ts).
 */
import type { AnalysisContext } from '../../analysis/analyze';
import { analyzeDocument } from '../../analysis/analyze';
import type { DocumentAnalysis } from '../../analysis/model';
import { readArticle } from '../../io/readArticle';
import type { ServerServices } from '../services';
import { describe } from '../guard';
import type { AnalysisWorker, WorkerResult } from './workerHandle';
import type { ContextRecipe } from './protocol';
import { ANALYSIS_WORKER_RSS_CEILING } from '../../runtimeFlags';

/** Files the worker may have unanswered: enough for it to stay busy while the server reads and analyses a batch. */
const WORKER_BACKLOG = 48;

interface Job {
  uri: string;
  path: string;
  /** The context the analysis was (or is being) computed under. */
  ctx: AnalysisContext;
  text?: string;
  analysis?: DocumentAnalysis;
  /** Why it could not be read. */
  unreadable?: string;
  /** Pending while it is being read (and analysed, by the worker). */
  waiting?: Promise<void>;
}

export class AnalysisQueue {
  /** Jobs from `head` on are waiting; those before it are in the corpus, and let go of (their texts are most of the memory). */
  private jobs: Array<Job | undefined> = [];
  /** Set when the server's memory grew past the worker's ceiling: it takes no more files. */
  private workerRetired = false;
  private head = 0;

  constructor(
    private readonly services: ServerServices,
    private readonly worker?: AnalysisWorker,
  ) {}

  /** Files listed and not yet in the corpus. */
  get length(): number {
    return this.jobs.length - this.head;
  }

  /** Queues a file: sent to the worker, or read and analysed here at once. */
  add(uri: string, path: string): void {
    const job: Job = { uri, path, ctx: this.services.corpus.context };
    this.jobs.push(job);
    // A document in the corpus already is mostly unchanged on a re-index: Corpus.set finds out by hash, here.
    if (this.worker?.alive && !this.workerRetired && this.worker.inFlight < WORKER_BACKLOG && !this.services.corpus.has(uri)) {
      job.waiting = this.worker.analyse(path, job.ctx, () => this.recipe()).then((result) => this.received(job, result));
      return;
    }
    this.readHere(job);
  }

  /** Puts into the corpus the documents at the head of the queue that are ready; adds the documents they affect. */
  installReady(affected: Set<string>): void {
    const unreadable: string[] = [];
    for (let job = this.jobs[this.head]; job && !job.waiting; job = this.jobs[this.head]) {
      this.jobs[this.head++] = undefined;
      this.install(job, affected, unreadable);
    }
    if (this.head === this.jobs.length) {
      this.jobs = [];
      this.head = 0;
    }
    if (unreadable.length) this.onUnreadable(unreadable);
    this.retireWorkerIfLarge();
  }

  /** Past the memory ceiling the worker takes no more files, and ends once it has answered. */
  private retireWorkerIfLarge(): void {
    if (!this.worker?.alive) return;
    if (!this.workerRetired && process.memoryUsage.rss() > ANALYSIS_WORKER_RSS_CEILING) {
      this.workerRetired = true;
      this.services.log('indexing worker: the server has grown large, it takes no more files');
    }
    if (this.workerRetired && this.worker.inFlight === 0) this.worker.close();
  }

  /** Resolves when the document at the head of the queue is ready. */
  async headReady(): Promise<void> {
    await this.jobs[this.head]?.waiting;
  }

  /** Documents that were in the corpus and can no longer be read (set by the indexer: it removes them). */
  onUnreadable: (uris: string[]) => void = () => undefined;

  /** Reads (synchronously, see readArticle) and analyses a job in the server's thread. */
  private readHere(job: Job): void {
    const r = readArticle(job.path);
    if (r.ok) {
      job.text = r.text;
      if (!this.services.corpus.has(job.uri)) job.analysis = this.analyseHere(r.text, job.ctx);
    } else job.unreadable = r.reason;
    job.waiting = undefined;
  }

  /** The worker's answer; when it had none because it failed, the file is read here (closed: indexing is over). */
  private async received(job: Job, result: WorkerResult | undefined): Promise<void> {
    if (!result && !this.worker?.closed) return this.readHere(job);
    if (!result) job.unreadable = 'indexing ended before it was read';
    else if ('unreadable' in result) job.unreadable = result.unreadable;
    else {
      job.text = result.text;
      job.analysis = result.analysis ?? this.analyseHere(result.text, job.ctx);
    }
    job.waiting = undefined;
  }

  private analyseHere(text: string, ctx: AnalysisContext): DocumentAnalysis | undefined {
    try {
      return analyzeDocument(text, ctx);
    } catch {
      // Corpus.set analyses it again when it is its turn, and the failure is reported then.
      return undefined;
    }
  }

  private install(job: Job, affected: Set<string>, unreadable: string[]): void {
    const { services } = this;
    // Opened since it was listed: the editor's text is the document now.
    if (services.openDocument(job.uri)) return;
    if (job.text === undefined) {
      services.log(`skipped ${job.path}: ${job.unreadable ?? 'not read'}`);
      if (services.corpus.has(job.uri)) unreadable.push(job.uri);
      return;
    }
    try {
      const docs =
        job.analysis && job.ctx === services.corpus.context
          ? services.corpus.setAnalysed(job.uri, job.text, job.analysis)
          : services.corpus.set(job.uri, job.text);
      for (const d of docs) affected.add(d);
    } catch (e) {
      services.log(`could not analyse ${job.uri}: ${describe(e)}`);
    }
  }

  private recipe(): ContextRecipe {
    return { config: this.services.corpus.context.config, annotations: this.services.annotations?.applied() ?? [] };
  }
}
