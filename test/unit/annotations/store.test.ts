import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync, rmSync, mkdirSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { AnnotationStore, StoreReadOnlyError, storePathFor } from '../../../server/src/io/annotationStore';
import { parseStore } from '../../../server/src/analysis/annotations/schema';
import { ARTICLE, annotate } from './fixtures';
import { spawn } from 'node:child_process';
import { ROOT } from '../../helpers/paths';

function note(body: string, minute = 0) {
  return annotate({ kind: 'note', body }, [{ source: 'a.txt', text: ARTICLE, quote: 'Rapidus' }], new Date(Date.UTC(2026, 0, 1, 0, minute)));
}

describe('annotations: the store on disk', () => {
  let root: string;
  let path: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'corroborate-store-'));
    path = storePathFor(root);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('starts empty without a file, creates its folder on first write, and reads back what it wrote', async () => {
    const store = new AnnotationStore(path);
    assert.deepEqual(await store.load(), { state: 'missing' });
    const a = note('first');
    await store.add(a);
    assert.ok(existsSync(path));
    const other = new AnnotationStore(path);
    assert.deepEqual(await other.load(), { state: 'ok' });
    assert.deepEqual(other.annotations, [a]);
  });

  it('writes atomically through a temporary file and keeps the previous version as a backup', async () => {
    const store = new AnnotationStore(path);
    await store.load();
    const a = note('first');
    await store.add(a);
    const firstText = readFileSync(path, 'utf8');
    assert.ok(!existsSync(store.backupPath), 'nothing to back up on the first write');
    await store.add(note('second', 1));
    assert.equal(readFileSync(store.backupPath, 'utf8'), firstText, 'the backup is the previous version');
    const leftovers = readdirSync(dirname(path)).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'));
    assert.deepEqual(leftovers, [], 'no temporary or lock file left behind');
    const parsed = parseStore(readFileSync(path, 'utf8'));
    assert.ok(parsed.ok && parsed.data.annotations.length === 2);
  });

  it('two writers on the same file lose nothing, whether interleaved or simultaneous', async () => {
    const one = new AnnotationStore(path);
    const two = new AnnotationStore(path);
    await one.load();
    await two.load();
    const a = note('from window one');
    const b = note('from window two', 1);
    await one.add(a);
    await two.add(b); // two had not seen a: it merges instead of overwriting
    assert.ok(await one.changedOnDisk(), 'window one notices the other window wrote');
    await one.load();
    assert.deepEqual(one.annotations.map((x) => x.id).sort(), [a.id, b.id].sort());

    const many = Array.from({ length: 10 }, (_, i) => note(`burst ${i}`, 10 + i));
    await Promise.all(many.map((n, i) => (i % 2 ? one : two).add(n)));
    const fresh = new AnnotationStore(path);
    await fresh.load();
    assert.equal(fresh.annotations.length, 12);
  });

  it('processes writing at the same time lose nothing', async function () {
    this.timeout(60000);
    const writer = join(ROOT, 'test', 'helpers', 'storeWriter.ts');
    const run = (name: string) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), writer, path, name, '25'], { stdio: ['ignore', 'ignore', 'inherit'] });
        child.on('exit', resolve);
      });
    assert.deepEqual(await Promise.all(['a', 'b', 'c', 'd'].map(run)), [0, 0, 0, 0]);
    const store = new AnnotationStore(path);
    await store.load();
    assert.equal(store.annotations.length, 100);
  });

  it('a removal in one window is not undone by the other window merging its older copy', async () => {
    const one = new AnnotationStore(path, { now: () => new Date('2026-02-01T00:00:00Z') });
    const two = new AnnotationStore(path);
    const a = note('to remove');
    await one.load();
    await one.add(a);
    await two.load();
    assert.equal(await one.remove(a.id), 1);
    await two.add(note('unrelated', 5)); // two still holds a in memory
    const fresh = new AnnotationStore(path);
    await fresh.load();
    assert.deepEqual(fresh.annotations.map((x) => x.body), ['unrelated']);
  });

  for (const [what, content, state] of [
    ['invalid JSON', '{"version": 1, "annotations": [', 'damaged'],
    ['a schema violation', JSON.stringify({ version: 1, annotations: [{ id: 'x' }] }), 'damaged'],
    ['bytes that are not UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), 'damaged'],
    ['a newer store version', JSON.stringify({ version: 99, annotations: [], future: 'field' }), 'newer-version'],
  ] as const) {
    it(`leaves a store with ${what} untouched, says why, and refuses to write`, async () => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      const before = readFileSync(path);
      const store = new AnnotationStore(path);
      const status = await store.load();
      assert.equal(status.state, state);
      assert.ok('reason' in status && status.reason.length > 0);
      assert.equal(store.writable, false);
      await assert.rejects(store.add(note('lost?')), (e: Error) => e instanceof StoreReadOnlyError && e.message.includes(path));
      assert.deepEqual(readFileSync(path), before, 'the file is not rewritten');
      assert.ok(!existsSync(store.backupPath), 'nor backed up over');
    });
  }

  it('becomes writable again once the file is fixed, keeping what the fixed file holds', async () => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, 'garbage');
    const store = new AnnotationStore(path);
    await store.load();
    const kept = note('kept');
    writeFileSync(path, JSON.stringify({ version: 1, annotations: [kept] }));
    assert.deepEqual(await store.load(), { state: 'ok' });
    await store.add(note('new', 3));
    assert.equal(store.annotations.length, 2);
  });

  it('a damaged file appearing after a good load is caught at write time, not overwritten', async () => {
    const store = new AnnotationStore(path);
    await store.load();
    await store.add(note('good'));
    writeFileSync(path, '{ half written');
    await assert.rejects(store.add(note('next', 1)), StoreReadOnlyError);
    assert.equal(readFileSync(path, 'utf8'), '{ half written');
    assert.equal(store.status.state, 'damaged');
  });

  it('waits for another writer’s lock, and takes over a stale one', async () => {
    mkdirSync(dirname(path), { recursive: true });
    const lock = path + '.lock';
    writeFileSync(lock, 'someone else');
    const impatient = new AnnotationStore(path, { lockWaitMs: 50 });
    await impatient.load();
    await assert.rejects(impatient.add(note('blocked')), /another window is writing/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    await impatient.add(note('after stale lock'));
    assert.ok(!existsSync(lock));
  });
});

describe('annotations: importing into the store', () => {
  it('keeps the newer version of an id and brings back an annotation removed here', async () => {
    const root = mkdtempSync(join(tmpdir(), 'corroborate-import-'));
    try {
      const store = new AnnotationStore(storePathFor(root), { now: () => new Date('2026-06-01T00:00:00Z') });
      await store.load();
      const a = note('original', 0);
      const edited = { ...a, body: 'edited here', modified: '2026-03-01T00:00:00.000Z' };
      await store.add(edited);
      await store.merge([a]);
      assert.deepEqual(store.annotations.map((x) => x.body), ['edited here'], 'an older import does not overwrite');
      await store.remove(a.id);
      await store.merge([a]);
      assert.deepEqual(store.annotations.map((x) => x.body), ['original']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
