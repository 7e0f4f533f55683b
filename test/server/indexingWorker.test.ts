/**
 * Indexing with the worker thread (the default on a workspace of 64 files or
 * more) publishes what indexing in the server's thread alone does
 * (CORROBORATE_INDEX_WORKER=off): the same totals, the same diagnostics.
 */
import { strict as assert } from 'node:assert';
import { LspClient } from '../helpers/lspClient';
import { TempWorkspace } from '../helpers/workspace';
import { generateCorpus } from '../../bench/generateCorpus';

describe('workspace indexing with a worker thread', function () {
  this.timeout(120000);
  let ws: TempWorkspace;
  before(() => {
    ws = new TempWorkspace();
    for (const d of generateCorpus({ articles: 300, seed: 9 })) ws.write(`news/${d.name}`, d.text);
  });
  after(() => ws?.dispose());

  async function index(env: NodeJS.ProcessEnv): Promise<{ totals: unknown; diagnostics: string }> {
    const client = LspClient.start(['--stdio'], env);
    try {
      await client.initialize(ws.root);
      await client.waitForProgressEnd(0, 100000);
      return await published(client);
    } finally {
      client.kill();
    }
  }

  /** The totals, and every non-empty list of diagnostics the client was last sent, by URI. */
  async function published(client: LspClient): Promise<{ totals: unknown; diagnostics: string }> {
    const totals = await client.request('corroborate/totals', {});
    const shown = [...client.diagnostics.entries()].filter(([, d]) => d.length > 0);
    return { totals, diagnostics: JSON.stringify(shown.sort(([a], [b]) => a.localeCompare(b))) };
  }

  it('publishes the same totals and diagnostics as indexing without it', async () => {
    const withWorker = await index({});
    const without = await index({ CORROBORATE_INDEX_WORKER: 'off' });
    assert.deepStrictEqual(withWorker.totals, without.totals);
    assert.ok(withWorker.diagnostics.length > 100);
    assert.equal(withWorker.diagnostics, without.diagnostics);
  });

  it('after a setting that changes every analysis, re-analyses the closed articles with the worker: as a server started with it', async () => {
    const config = JSON.stringify({ ignore: ['in government backing'] });
    const client = LspClient.start();
    try {
      await client.initialize(ws.root);
      await client.waitForProgressEnd(0, 100000);
      const before = await published(client);
      ws.write('.corroborate.json', config);
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('.corroborate.json'), type: 1 }] });
      await client.waitForProgressEnd(1, 100000);
      const after = await published(client);
      const reindexed = client.logs().filter((l) => l.startsWith('indexed '))[1] ?? '';
      assert.match(reindexed, /, [1-9][0-9,]* of them by the worker/, `the worker took part: ${reindexed}`);
      const fresh = await index({});
      assert.notEqual(after.diagnostics, before.diagnostics, 'the setting changed what is reported');
      assert.deepStrictEqual(after.totals, fresh.totals);
      assert.equal(after.diagnostics, fresh.diagnostics);
    } finally {
      client.kill();
      ws.remove('.corroborate.json');
    }
  });

  it('a re-index that supersedes the settings re-index before its end cannot be cancelled either: no article keeps the old settings', async () => {
    const client = LspClient.start();
    try {
      await client.initialize(ws.root);
      await client.waitForProgressEnd(0, 100000);
      ws.write('.corroborate.json', JSON.stringify({ ignore: ['in government backing'] }));
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('.corroborate.json'), type: 1 }] });
      const [first] = client.progress().keys();
      const settings = await client.waitFor((m, p) => m === '$/progress' && p.value?.kind === 'begin' && p.token !== first, 'the settings re-index begins');
      assert.equal(settings.params.value.cancellable, false);
      // The status bar's re-index, as a user may click it meanwhile; its progress is cancelled at once.
      const reindexed = client.request('corroborate/reindex', {});
      const again = await client.waitFor((m, p) => m === '$/progress' && p.value?.kind === 'begin' && p.token !== first && p.token !== settings.params.token, 'the re-index begins');
      assert.equal(again.params.value.cancellable, false, 'articles were left under the old settings');
      await client.notify('window/workDoneProgress/cancel', { token: again.params.token });
      await reindexed;
      const after = await published(client);
      const fresh = await index({});
      assert.deepStrictEqual(after.totals, fresh.totals);
      assert.equal(after.diagnostics, fresh.diagnostics);
    } finally {
      client.kill();
      ws.remove('.corroborate.json');
    }
  });
});
