import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_ARTICLE_BYTES, readArticle, stampOf } from '../../../server/src/io/readArticle';

describe('io/readArticle', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'corroborate-read-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  const file = (name: string, bytes: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  it('reads UTF-8 text and drops a byte-order mark, with the file\'s size and time as its stamp', () => {
    const read = (path: string) => {
      const r = readArticle(path);
      assert.ok(r.ok);
      assert.equal(r.stamp, stampOf(statSync(path)));
      return r.text;
    };
    assert.equal(read(file('plain.txt', 'Sony – ¥3 trillion 😀\r\n')), 'Sony – ¥3 trillion 😀\r\n');
    assert.equal(read(file('bom.txt', '\uFEFFText')), 'Text');
    assert.equal(read(file('empty.txt', '')), '');
  });

  it('refuses binary files, invalid UTF-8, folders and missing files with a reason', () => {
    assert.deepEqual(readArticle(file('bin.txt', new Uint8Array([0x41, 0x00, 0x42]))), { ok: false, reason: 'binary file (contains NUL bytes)' });
    assert.deepEqual(readArticle(file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9]))), { ok: false, reason: 'not valid UTF-8 text' });
    mkdirSync(join(dir, 'folder'));
    assert.deepEqual(readArticle(join(dir, 'folder')), { ok: false, reason: 'not a file' });
    assert.deepEqual(readArticle(join(dir, 'missing.txt')), { ok: false, reason: 'no such file' });
  });

  it('refuses a file over the size limit without reading it', () => {
    const path = file('huge.txt', '');
    truncateSync(path, MAX_ARTICLE_BYTES + 1); // sparse: nothing is written
    const r = readArticle(path);
    assert.equal(r.ok, false);
    assert.match((r as { reason: string }).reason, /^too large/);
  });

  it('refuses a named pipe at once instead of waiting for a writer', () => {
    const path = join(dir, 'pipe.article.txt');
    execFileSync('mkfifo', [path]);
    assert.deepEqual(readArticle(path), { ok: false, reason: 'not a file' });
  });
});
