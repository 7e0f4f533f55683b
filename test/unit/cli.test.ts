import { strict as assert } from 'node:assert';
import { runCli as run } from '../helpers/runCli';
import { join } from 'node:path';
import { SEEDS } from '../helpers/paths';

describe('cli', () => {
  it('prints help with exit 0', async () => {
    const r = await run(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.out, /Usage: corroborate/);
  });

  it('rejects an unknown command and a bad format with exit 2', async () => {
    assert.equal((await run(['frobnicate'])).code, 2);
    const r = await run(['check', '--format', 'xml', SEEDS]);
    assert.equal(r.code, 2);
    assert.match(r.err, /--format takes text, json or sarif/);
  });

  it('rejects a missing path with a clear message and exit 2', async () => {
    const r = await run(['check', join(SEEDS, 'no-such-article.txt')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /no-such-article\.txt: no such file or folder/);
  });

  it('extracts from a folder as JSON, with paths as given', async () => {
    const r = await run(['extract', '--format', 'json', SEEDS]);
    assert.equal(r.code, 0);
    const json = JSON.parse(r.out);
    assert.equal(json.version, 1);
    assert.equal(json.documents.length, 5);
    assert.ok(json.documents.every((d: { path: string }) => d.path.startsWith(SEEDS)));
  });

  it('checks a folder and reports in json', async () => {
    const r = await run(['check', '--format', 'json', SEEDS]);
    assert.ok(r.code === 0 || r.code === 1);
    assert.equal(JSON.parse(r.out).version, 1);
  });
});
