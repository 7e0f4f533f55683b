import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../helpers/lspClient';
import { TempWorkspace } from '../helpers/workspace';
import { eventually } from '../helpers/eventually';
import { SEEDS } from '../helpers/paths';
import { generateCorpus } from '../../bench/generateCorpus';

const SEED_COUNT = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).length;

async function totals(client: LspClient): Promise<{ documents: number; entities: number; claims: number; conflicts: number; indexing: boolean }> {
  return client.request('corroborate/totals', {});
}

describe('workspace indexing and file watching', function () {
  this.timeout(60000);
  let client: LspClient;
  let ws: TempWorkspace;
  afterEach(() => {
    client?.kill();
    ws?.dispose();
  });

  it('indexes every article on disk, open or not, with work-done progress, skipping bad files with a logged reason', async () => {
    ws = new TempWorkspace().withSeeds();
    ws.write('extra/one.article.txt', 'Acme Corp raised $5 million in 2024.\n');
    ws.write('articles/deep/x.txt', 'A plain article matched by the corpus setting.\n');
    ws.write('notes/readme.txt', 'Not an article: no glob matches it.\n');
    ws.write('node_modules/pkg/skip.article.txt', 'Inside node_modules: never read.\n');
    ws.write('bad/binary.article.txt', new Uint8Array([0x41, 0x00, 0x42, 0x00]));
    ws.write('bad/latin1.article.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9]));
    client = LspClient.start();
    client.settings = { corroborate: { corpus: ['articles/**/*.txt'] } };
    await client.initialize(ws.root);

    const progress = await client.waitForProgressEnd();
    const create = client.notifications.find((n) => n.method === 'window/workDoneProgress/create');
    assert.ok(create, 'the server creates its progress token with window/workDoneProgress/create');
    assert.equal(progress[0].kind, 'begin');
    const listed = SEED_COUNT + 4; // seeds, one.article.txt, x.txt and the two bad files
    const reports = progress.filter((p) => p.kind === 'report' && p.message?.startsWith('Indexing'));
    assert.ok(reports.length > 0, 'reports indexing progress');
    assert.equal(reports[reports.length - 1].message, `Indexing ${listed}/${listed}`);
    for (const r of reports) assert.match(r.message!, /^Indexing [\d,]+\/[\d,]+$/);

    const t = await totals(client);
    assert.equal(t.documents, SEED_COUNT + 2, 'seeds, the .article.txt file and the file matched by the setting');
    assert.equal(t.indexing, false);
    const logs = client.logs().join('\n');
    assert.match(logs, /skipped .*binary\.article\.txt: binary file/);
    assert.match(logs, /skipped .*latin1\.article\.txt: not valid UTF-8/);
    assert.doesNotMatch(logs, /readme\.txt|skip\.article\.txt/);
  });

  it('registers file watchers dynamically and follows created, changed, renamed and deleted files', async () => {
    ws = new TempWorkspace().withSeeds();
    client = LspClient.start();
    client.settings = { corroborate: { corpus: ['articles/**/*.txt'] } };
    await client.initialize(ws.root);
    await client.waitForProgressEnd();

    const reg = client.notifications.find((n) => n.method === 'client/registerCapability' && n.params.registrations.some((r: any) => r.method === 'workspace/didChangeWatchedFiles'));
    assert.ok(reg, 'watchers are registered dynamically');
    const globs = reg.params.registrations.find((r: any) => r.method === 'workspace/didChangeWatchedFiles').registerOptions.watchers.map((w: any) => w.globPattern);
    assert.ok(globs.includes('**/*.article.txt') && globs.includes('**/seeds/*.txt'), `language defaults watched: ${globs}`);
    assert.ok(globs.includes('**/articles/**/*.txt'), `the corpus setting is watched: ${globs}`);
    assert.ok(globs.includes('**/.corroborate.json'), 'the configuration file is watched');

    const before = (await totals(client)).documents;
    ws.write('articles/new.txt', 'Created on disk after the server started.\n');
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('articles/new.txt'), type: 1 }] });
    await eventually(async () => assert.equal((await totals(client)).documents, before + 1), 'the created file to be indexed');

    // A file that matches no glob is ignored even when the client reports it.
    ws.write('other/ignored.txt', 'No glob covers this.\n');
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('other/ignored.txt'), type: 1 }] });

    // Rename: a delete and a create.
    ws.write('articles/renamed.txt', 'Created on disk after the server started.\n');
    ws.remove('articles/new.txt');
    await client.notify('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: ws.uri('articles/new.txt'), type: 3 },
        { uri: ws.uri('articles/renamed.txt'), type: 1 },
      ],
    });
    await eventually(async () => {
      const symbols = await client.request<any[]>('workspace/symbol', { query: '' });
      assert.equal((await totals(client)).documents, before + 1);
      assert.ok(!symbols.some((s) => s.location.uri === ws.uri('articles/new.txt')), 'nothing points at the old name');
    }, 'the rename to be followed');

    // Deleting a folder removes every article in it.
    ws.remove('seeds');
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('seeds'), type: 3 }] });
    await eventually(async () => assert.equal((await totals(client)).documents, 1), 'the deleted folder to leave the corpus');
  });

  it('indexes a workspace folder added later and forgets one removed', async () => {
    ws = new TempWorkspace().withSeeds();
    const other = new TempWorkspace();
    try {
      other.write('b/one.article.txt', 'Acme Corp raised $5 million.\n');
      other.write('b/two.article.txt', 'Helix Labs hired 40 engineers.\n');
      client = LspClient.start();
      await client.initialize(ws.root);
      await client.waitForProgressEnd();
      const folder = { uri: pathToFileURL(other.root).href, name: 'other' };
      await client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [folder], removed: [] } });
      await eventually(async () => assert.equal((await totals(client)).documents, SEED_COUNT + 2), 'the added folder to be indexed');
      await client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [folder] } });
      await eventually(async () => assert.equal((await totals(client)).documents, SEED_COUNT), 'the removed folder to be forgotten');
    } finally {
      other.dispose();
    }
  });

  it('serves requests while indexing and stops when the user cancels the progress', async () => {
    ws = new TempWorkspace();
    for (const a of generateCorpus({ articles: 3000, seed: 11 })) ws.write(`bulk/${a.name}`, a.text);
    client = LspClient.start();
    await client.initialize(ws.root);
    const begin = await client.waitFor((m, p) => m === '$/progress' && p.value?.kind === 'begin', 'progress begin');

    const during = await totals(client);
    assert.equal(during.indexing, true, 'a request is answered before indexing ends');

    await client.waitFor((m, p) => m === '$/progress' && p.token === begin.params.token && /^Indexing/.test(p.value?.message ?? ''), 'a first report');
    await client.notify('window/workDoneProgress/cancel', { token: begin.params.token });
    await client.waitFor((m, p) => m === '$/progress' && p.token === begin.params.token && p.value?.kind === 'end', 'progress end');
    const after = await totals(client);
    assert.equal(after.indexing, false);
    assert.ok(after.documents < 3000, `cancelled before the end (${after.documents} indexed)`);
    assert.ok(client.logs().some((l) => l.includes('indexing cancelled')));

    // Reindexing picks up the rest.
    await client.request('corroborate/reindex', {});
    assert.equal((await totals(client)).documents, 3000);
  });
});
