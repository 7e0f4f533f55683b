/**
 * Articles on their way from disk into the corpus. Each is read and prepared
 * (corpus/prepare.ts) by the indexing worker when it has room for more, else
 * read and prepared here, a few together. They enter the corpus in
 * the order they were listed (the corpus's maps keep that order, and hovers
 * and findings list documents in it), each prepared under the corpus's
 * current context, or else analysed again. When the worker fails, what it
 * had is read here; when the server grows large, the worker takes no more
 * (runtimeFlags.ts).
 */
import { ANALYSIS_BATCH, type AnalysisContext } from '../../analysis/analyze';
import { readArticle } from '../../io/readArticle';
import type { ServerServices } from '../services';
import { describe } from '../guard';
import type { AnalysisWorker, WorkerResult } from './workerHandle';
import type { ContextRecipe } from './protocol';
import type { LetGoDocument, PreparedDocument } from '../../analysis/corpus/prepare';
import { ANALYSIS_WORKER_RSS_CEILING } from '../../runtimeFlags';

/** Files the worker may have unanswered: enough for it to stay busy while the server reads and prepares a batch. */
const WORKER_BACKLOG = 48;
/**
 * Files read and prepared here together (analyzeDocuments pays per batch):
 * as many as take about one of the indexer's time slices (it yields after
 * each batch), at most half the engine's batch, so that requests wait little
 * longer. A cold engine takes 2-4 ms an article (its first few hundred), a
 * warm one 0.3-0.6 ms. Hovers sent while new settings re-analysed 10,000
 * articles waited p95 ~38 ms when a batch could start at a slice's end,
 * against ~27 ms without batches here.
 */
const LOCAL_BATCH_MS = 4;
const LOCAL_BATCH_MAX = ANALYSIS_BATCH / 2;
/** How often the server's memory is looked at, in milliseconds (reading it costs ~20 µs). */
const RSS_EVERY_MS = 200;

interface Job {
  uri: string;
  path: string;
  /** The context it was (or is being) prepared under. */
  ctx: AnalysisContext;
  /** Prepared by the worker. */
  prepared?: LetGoDocument;
  /** Read here, or sent back unprepared. */
  text?: string;
  /** Why it could not be read. */
  unreadable?: string;
  /** Pending while the worker has it. */
  waiting?: Promise<void>;
}

export class AnalysisQueue {
  /** Jobs from `head` on are waiting; those before it are in the corpus, and let go of (their texts are most of the memory). */
  private jobs: Array<Job | undefined> = [];
  /** Set when the server's memory grew past the worker's ceiling: it takes no more files. */
  private workerRetired = false;
  private head = 0;
  /** Jobs to read and prepare here, together, once there are enough of them or one is to be installed. */
  private local: Job[] = [];
  /**
   * How long preparing an article here took lately, in milliseconds (sizes the
   * local batches). At first, a slice's worth: an engine not yet compiled
   * took 30 ms for each of its first articles, and batches of two 60-70 ms.
   */
  private localMs = LOCAL_BATCH_MS;
  private rssCheckedAt = 0;
  /** Documents the worker prepared. */
  fromWorker = 0;

  constructor(
    private readonly services: ServerServices,
    private readonly worker?: AnalysisWorker,
  ) {}

  /** Files listed and not yet in the corpus. */
  get length(): number {
    return this.jobs.length - this.head;
  }

  /**
   * Queues a file: sent to the worker, or read and prepared here with others.
   * True when a batch was prepared here just now: a slice's worth of work.
   */
  add(uri: string, path: string): boolean {
    const job: Job = { uri, path, ctx: this.services.corpus.context };
    this.jobs.push(job);
    // A document in the corpus already is mostly unchanged on a re-index: Corpus.set finds out by hash, here. One
    // analysed under settings since changed is analysed again (a re-index after such a change), in the worker too.
    if (this.worker?.alive && !this.workerRetired && this.worker.inFlight < WORKER_BACKLOG && !this.services.corpus.isCurrent(uri)) {
      job.waiting = this.worker.prepare(uri, path, job.ctx, () => recipeOf(this.services)).then((result) => this.received(job, result));
      return false;
    }
    this.local.push(job);
    if (this.local.length < Math.min(LOCAL_BATCH_MAX, Math.max(1, Math.floor(LOCAL_BATCH_MS / this.localMs)))) return false;
    this.readLocal();
    return true;
  }

  /** Puts into the corpus the documents at the head of the queue that are ready; adds the documents they affect. */
  installReady(affected: Set<string>): void {
    this.readLocal();
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
    const now = Date.now();
    if (!this.workerRetired && now - this.rssCheckedAt >= RSS_EVERY_MS) {
      this.rssCheckedAt = now;
      if (process.memoryUsage.rss() > ANALYSIS_WORKER_RSS_CEILING) {
        this.workerRetired = true;
        this.services.log('indexing worker: the server has grown large, it takes no more files');
      }
    }
    if (this.workerRetired && this.worker.inFlight === 0) this.worker.close();
  }

  /** Resolves when the document at the head of the queue is ready. */
  async headReady(): Promise<void> {
    this.readLocal();
    await this.jobs[this.head]?.waiting;
  }

  /** Documents that were in the corpus and can no longer be read (set by the indexer: it removes them). */
  onUnreadable: (uris: string[]) => void = () => undefined;

  /** Reads one job's file here and prepares it at once (the worker failed it, or the context changed since it was prepared). */
  private readHere(job: Job): void {
    job.waiting = undefined;
    this.readAndPrepare([job]);
  }

  /** Reads and prepares the jobs queued here, together. */
  private readLocal(): void {
    if (this.local.length === 0) return;
    const jobs = this.local;
    this.local = [];
    this.readAndPrepare(jobs);
  }

  /**
   * Reads jobs' files in the server's thread (synchronously, see readArticle)
   * and prepares them together, while the worker works on other jobs. A
   * document in the corpus already, analysed under the current context, is
   * left to Corpus.set, which finds out whether it changed; so is one whose
   * preparation fails (it is reported then).
   */
  private readAndPrepare(jobs: Job[]): void {
    const { corpus } = this.services;
    const toPrepare = jobs.filter((job) => this.read(job) && !corpus.isCurrent(job.uri) && job.ctx === corpus.context);
    if (toPrepare.length === 0) return;
    const started = performance.now();
    const prepared = corpus.prepareAll(toPrepare.map((job) => [job.uri, job.text!] as const));
    this.localMs = (this.localMs + (performance.now() - started) / toPrepare.length) / 2;
    toPrepare.forEach((job, i) => this.keepPrepared(job, prepared[i]));
  }

  /** Reads a job's file into it; false when it cannot be read (the reason is kept). */
  private read(job: Job): boolean {
    const r = readArticle(job.path);
    if (r.ok) job.text = r.text;
    else job.unreadable = r.reason;
    return r.ok;
  }

  /** A document prepared for a text the corpus lets go stands in for the text. */
  private keepPrepared(job: Job, prepared: PreparedDocument | undefined): void {
    if (!prepared?.letGo) return;
    job.prepared = prepared as LetGoDocument;
    job.text = undefined;
  }

  /** The worker's answer; when it had none because it failed, the file is read here (closed: indexing is over). */
  private received(job: Job, result: WorkerResult | undefined): void {
    if (!result && !this.worker?.closed) return this.readHere(job);
    if (!result) job.unreadable = 'indexing ended before it was read';
    else if ('unreadable' in result) job.unreadable = result.unreadable;
    else if ('prepared' in result) {
      job.prepared = result.prepared;
      this.fromWorker++;
    } else job.text = result.text;
    job.waiting = undefined;
  }

  private install(job: Job, affected: Set<string>, unreadable: string[]): void {
    const { services } = this;
    // Opened since it was listed: the editor's text is the document now.
    if (services.openDocument(job.uri)) return;
    // Prepared under a context that has changed since: analysed again, from the file as it is now.
    if (job.prepared && job.ctx !== services.corpus.context) {
      job.prepared = undefined;
      job.ctx = services.corpus.context;
      this.readHere(job);
    }
    if (!job.prepared && job.text === undefined) {
      services.log(`skipped ${job.path}: ${job.unreadable ?? 'not read'}`);
      if (services.corpus.has(job.uri)) unreadable.push(job.uri);
      return;
    }
    try {
      const docs = job.text !== undefined ? services.corpus.set(job.uri, job.text) : services.corpus.setPrepared(job.uri, job.prepared!);
      for (const d of docs) affected.add(d);
    } catch (e) {
      services.log(`could not analyse ${job.uri}: ${describe(e)}`);
    }
  }
}

/** The recipe of the corpus's current context, for the worker. */
export function recipeOf(services: ServerServices): ContextRecipe {
  return { config: services.corpus.context.config, annotations: services.annotations?.applied() ?? [] };
}
