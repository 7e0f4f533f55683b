import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_ARTICLE_BYTES, readArticle, readArticleSync } from '../../../server/src/io/readArticle';

describe('io/readArticle', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'corroborate-read-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  const file = (name: string, bytes: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  /** Both readers must agree on every input. */
  const read = async (path: string) => {
    const sync = readArticleSync(path);
    assert.deepEqual(await readArticle(path), sync);
    return sync;
  };

  it('reads UTF-8 text and drops a byte-order mark', async () => {
    assert.deepEqual(await read(file('plain.txt', 'Sony – ¥3 trillion 😀\r\n')), { ok: true, text: 'Sony – ¥3 trillion 😀\r\n' });
    assert.deepEqual(await read(file('bom.txt', '\uFEFFText')), { ok: true, text: 'Text' });
    assert.deepEqual(await read(file('empty.txt', '')), { ok: true, text: '' });
  });

  it('refuses binary files, invalid UTF-8, folders and missing files with a reason', async () => {
    assert.deepEqual(await read(file('bin.txt', new Uint8Array([0x41, 0x00, 0x42]))), { ok: false, reason: 'binary file (contains NUL bytes)' });
    assert.deepEqual(await read(file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9]))), { ok: false, reason: 'not valid UTF-8 text' });
    mkdirSync(join(dir, 'folder'));
    assert.deepEqual(await read(join(dir, 'folder')), { ok: false, reason: 'not a file' });
    assert.deepEqual(await read(join(dir, 'missing.txt')), { ok: false, reason: 'no such file' });
  });

  it('refuses a file over the size limit without reading it', async () => {
    const path = file('huge.txt', '');
    truncateSync(path, MAX_ARTICLE_BYTES + 1); // sparse: nothing is written
    const r = await read(path);
    assert.equal(r.ok, false);
    assert.match((r as { reason: string }).reason, /^too large/);
  });

  it('refuses a named pipe at once instead of waiting for a writer', () => {
    const path = join(dir, 'pipe.article.txt');
    execFileSync('mkfifo', [path]);
    assert.deepEqual(readArticleSync(path), { ok: false, reason: 'not a file' });
  });
});
