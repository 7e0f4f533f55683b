/**
 * The annotation store on disk (`.corroborate/annotations.json`).
 *
 * - Writes are atomic: a temporary file in the same folder, then a rename;
 *   the previous version is kept as `annotations.json.bak`.
 * - Two writers lose nothing: every write holds a lock file, re-reads the
 *   store, merges what another writer changed since our last read (union by
 *   id, newer `modified` wins, removals kept) and applies our change on top.
 * - A damaged store (not JSON, not the schema) or one written by a newer
 *   version is never rewritten: the store turns read-only and says why until
 *   the file is fixed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { emptyStore, parseStore, serializeStore, type Annotation, type StoreData } from '../analysis/annotations/schema';
import { mergeStores } from '../analysis/annotations/merge';

export const STORE_FOLDER = '.corroborate';
export const STORE_FILE = 'annotations.json';

export type StoreStatus =
  | { state: 'ok' }
  | { state: 'missing' }
  | { state: 'damaged'; reason: string }
  | { state: 'newer-version'; reason: string }
  | { state: 'unreadable'; reason: string };

/** Raised when a write is refused because the store on disk cannot be used. */
export class StoreReadOnlyError extends Error {}

export interface StoreOptions {
  /** Clock for timestamps and lock ages (tests). */
  now?: () => Date;
  /** How long to wait for another writer's lock before giving up (ms). */
  lockWaitMs?: number;
  /** A lock older than this is left by a crashed writer and is taken over (ms). */
  staleLockMs?: number;
}

export function storePathFor(root: string): string {
  return join(root, STORE_FOLDER, STORE_FILE);
}

export class AnnotationStore {
  private current: StoreData = emptyStore();
  private lastHash: string | undefined;
  private state: StoreStatus = { state: 'missing' };
  private readonly now: () => Date;
  private readonly lockWaitMs: number;
  private readonly staleLockMs: number;

  constructor(
    readonly path: string,
    options: StoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.lockWaitMs = options.lockWaitMs ?? 5000;
    this.staleLockMs = options.staleLockMs ?? 10000;
  }

  get backupPath(): string {
    return this.path + '.bak';
  }

  /** The last good version read or written. */
  get annotations(): readonly Annotation[] {
    return this.current.annotations;
  }

  get status(): StoreStatus {
    return this.state;
  }

  get writable(): boolean {
    return this.state.state === 'ok' || this.state.state === 'missing';
  }

  /** Reads the store from disk. A bad file keeps the last good annotations in memory and makes the store read-only. */
  async load(): Promise<StoreStatus> {
    const read = await this.readDisk();
    if (read.kind === 'ok') {
      this.current = read.data;
      this.lastHash = read.hash;
      this.state = { state: 'ok' };
    } else if (read.kind === 'missing') {
      this.current = emptyStore();
      this.lastHash = undefined;
      this.state = { state: 'missing' };
    } else {
      this.lastHash = read.hash;
      this.state = read.status;
    }
    return this.state;
  }

  /** Whether the file differs from what we last read or wrote. */
  async changedOnDisk(): Promise<boolean> {
    try {
      return hash(await fs.readFile(this.path)) !== this.lastHash;
    } catch {
      return this.lastHash !== undefined;
    }
  }

  /** Adds or replaces annotations (by id). */
  add(...annotations: Annotation[]): Promise<StoreData> {
    return this.update((data) => {
      const ids = new Set(annotations.map((a) => a.id));
      const removed = { ...data.removed };
      for (const id of ids) delete removed[id];
      return { ...data, annotations: [...data.annotations.filter((a) => !ids.has(a.id)), ...annotations], removed };
    });
  }

  /** Removes annotations by id; the removal is remembered so a merge does not bring them back. Returns how many existed. */
  async remove(...ids: string[]): Promise<number> {
    let count = 0;
    const at = this.now().toISOString();
    await this.update((data) => {
      const gone = new Set(ids);
      const annotations = data.annotations.filter((a) => !gone.has(a.id));
      count = data.annotations.length - annotations.length;
      const removed = { ...data.removed };
      for (const id of ids) removed[id] = at;
      return { ...data, annotations, removed };
    });
    return count;
  }

  /**
   * Merges annotations from elsewhere (an import): union by id, the newer
   * version of an id wins. Importing is deliberate, so it also brings back
   * annotations removed here.
   */
  merge(annotations: Annotation[]): Promise<StoreData> {
    return this.update((data) => {
      const removed = { ...data.removed };
      for (const a of annotations) delete removed[a.id];
      return mergeStores({ ...data, removed }, { ...emptyStore(), annotations });
    });
  }

  /**
   * Applies a change and writes it: under the lock, re-reads the file, merges
   * another writer's changes, applies `change`, writes atomically with a backup.
   */
  async update(change: (data: StoreData) => StoreData): Promise<StoreData> {
    await fs.mkdir(dirname(this.path), { recursive: true });
    const release = await this.lock();
    try {
      const read = await this.readDisk();
      let base: StoreData;
      if (read.kind === 'bad') {
        this.state = read.status;
        this.lastHash = read.hash;
        throw new StoreReadOnlyError(`${this.path}: ${'reason' in read.status ? read.status.reason : read.status.state}; not written (fix or remove the file; the previous version is in ${STORE_FILE}.bak)`);
      } else if (read.kind === 'ok') {
        base = read.hash === this.lastHash ? this.current : mergeStores(this.current, read.data);
      } else {
        base = this.current;
      }
      const next = change(base);
      const text = serializeStore(next);
      if (read.kind === 'ok') await fs.copyFile(this.path, this.backupPath);
      await writeAtomic(this.path, text);
      this.current = next;
      this.lastHash = hash(Buffer.from(text, 'utf8'));
      this.state = { state: 'ok' };
      return next;
    } finally {
      await release();
    }
  }

  private async readDisk(): Promise<{ kind: 'ok'; data: StoreData; hash: string } | { kind: 'missing' } | { kind: 'bad'; status: StoreStatus; hash?: string }> {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(this.path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { kind: 'missing' };
      return { kind: 'bad', status: { state: 'unreadable', reason: `cannot be read (${code ?? (e as Error).message})` } };
    }
    const h = hash(bytes);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { kind: 'bad', status: { state: 'damaged', reason: 'not UTF-8 text' }, hash: h };
    }
    const parsed = parseStore(text);
    if (parsed.ok) return { kind: 'ok', data: parsed.data, hash: h };
    const status: StoreStatus = parsed.problem === 'newer-version' ? { state: 'newer-version', reason: parsed.reason } : { state: 'damaged', reason: parsed.reason };
    return { kind: 'bad', status, hash: h };
  }

  /** An exclusive lock file next to the store; waits for another writer, takes over a stale lock. */
  private async lock(): Promise<() => Promise<void>> {
    const lockPath = this.path + '.lock';
    const deadline = Date.now() + this.lockWaitMs;
    const token = `${process.pid} ${randomBytes(6).toString('hex')}`;
    for (let delay = 5; ; delay = Math.min(delay * 2, 100)) {
      try {
        await fs.writeFile(lockPath, token, { flag: 'wx' });
        return async () => {
          // Only remove our own lock (a stale-lock takeover by another writer replaces it).
          const held = await fs.readFile(lockPath, 'utf8').catch(() => undefined);
          if (held === token) await fs.rm(lockPath, { force: true });
        };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const stat = await fs.stat(lockPath).catch(() => undefined);
      if (stat && this.now().getTime() - stat.mtimeMs > this.staleLockMs) {
        await fs.rm(lockPath, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new StoreReadOnlyError(`${this.path}: another window is writing annotations (lock ${lockPath}); try again`);
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

async function writeAtomic(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${STORE_FILE}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(temp, path);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
}

function hash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}
