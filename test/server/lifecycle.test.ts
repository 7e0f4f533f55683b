import { strict as assert } from 'node:assert';
import { LspClient } from '../helpers/lspClient';

describe('server lifecycle over stdio', () => {
  let client: LspClient;
  afterEach(() => client?.kill());

  it('initializes, declares its capabilities, follows a document, and shuts down cleanly', async () => {
    client = LspClient.start();
    const init = await client.initialize();
    assert.equal(init.serverInfo.name, 'corroborate');
    const caps = init.capabilities;
    assert.equal(caps.textDocumentSync.openClose, true);
    assert.equal(caps.textDocumentSync.change, 2, 'incremental sync');

    const uri = 'file:///tmp/corroborate-lifecycle.article.txt';
    await client.open(uri, 'SoftBank announced $6.7 billion in government backing.');
    const first = await client.waitForDiagnostics(uri);
    assert.ok(Array.isArray(first));

    await client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 8 } }, text: 'Sony' }],
    });
    await client.waitFor((m, p) => m === 'textDocument/publishDiagnostics' && p.uri === uri && p.version === 2, 'diagnostics after change');

    await client.notify('textDocument/didClose', { textDocument: { uri } });
    await client.waitFor((m, p) => m === 'textDocument/publishDiagnostics' && p.uri === uri && p.diagnostics.length === 0 && p.version === undefined, 'cleared diagnostics');

    assert.equal(await client.shutdown(), 0);
  });
});
