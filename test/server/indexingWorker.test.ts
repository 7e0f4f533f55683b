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
      const totals = await client.request('corroborate/totals', {});
      const diagnostics = JSON.stringify([...client.diagnostics.entries()].sort(([a], [b]) => a.localeCompare(b)));
      return { totals, diagnostics };
    } finally {
      client.kill();
    }
  }

  it('publishes the same totals and diagnostics as indexing without it', async () => {
    const withWorker = await index({});
    const without = await index({ CORROBORATE_INDEX_WORKER: 'off' });
    assert.deepStrictEqual(withWorker.totals, without.totals);
    assert.ok(withWorker.diagnostics.length > 100);
    assert.equal(withWorker.diagnostics, without.diagnostics);
  });
});
