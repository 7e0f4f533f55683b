import { strict as assert } from 'node:assert';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../helpers/lspClient';

const ARTICLE = 'Tokyo, March 3. The government will provide $6.7 billion in backing to Rapidus, the chipmaker founded by eight companies.\n';

/** Annotations over the real server: commands write the store, problems are reported on it, a damaged store is never rewritten. */
describe('annotations over stdio', () => {
  let client: LspClient;
  let root: string;
  let docUri: string;
  let storePath: string;
  let storeUri: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'corroborate-ann-'));
    mkdirSync(join(root, 'news'));
    writeFileSync(join(root, 'news', 'a.article.txt'), ARTICLE);
    docUri = pathToFileURL(join(root, 'news', 'a.article.txt')).href;
    storePath = join(root, '.corroborate', 'annotations.json');
    storeUri = pathToFileURL(storePath).href;
  });
  afterEach(() => {
    client?.kill();
    rmSync(root, { recursive: true, force: true });
  });

  async function startServer(): Promise<void> {
    client = LspClient.start();
    const init = await client.initialize(root);
    for (const id of ['corroborate.recordDecision', 'corroborate.addNote', 'corroborate.removeAnnotation', 'corroborate.exportAnnotations']) {
      assert.ok(init.capabilities.executeCommandProvider.commands.includes(id), `declares ${id}`);
    }
    await client.open(docUri, ARTICLE);
    await client.waitForDiagnostics(docUri);
  }

  const execute = (command: string, arg?: unknown) => client.request('workspace/executeCommand', { command, arguments: arg === undefined ? [] : [arg] });

  it('adds a note and a tag, lists them by document, exports and re-imports them, and removes them', async () => {
    await startServer();
    const start = ARTICLE.indexOf('Rapidus');
    const note = await execute('corroborate.addNote', { uri: docUri, start, end: start + 7, note: 'Founded 2022; check the <a href="x">date</a>.' });
    assert.equal(note.kind, 'note');
    await execute('corroborate.tagEntity', { uri: docUri, start, end: start + 7, type: 'organization' });
    const stored = JSON.parse(readFileSync(storePath, 'utf8'));
    assert.equal(stored.version, 1);
    assert.deepEqual(stored.annotations.map((a: any) => a.kind).sort(), ['note', 'tag']);
    assert.equal(stored.annotations[0].targets[0].source, 'news/a.article.txt');

    const view = await client.request('corroborate/annotations', {});
    assert.equal(view.status.state, 'ok');
    assert.equal(view.groups.length, 1);
    assert.equal(view.groups[0].source, 'news/a.article.txt');
    assert.deepEqual(view.groups[0].items[0].range.start, { line: 0, character: start });

    const exported = await execute('corroborate.exportAnnotations');
    assert.equal(exported['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(exported.total, 2);

    assert.deepEqual(await execute('corroborate.removeAnnotation', { id: note.id }), { removed: 1 });
    assert.equal(JSON.parse(readFileSync(storePath, 'utf8')).annotations.length, 1);
    assert.ok(existsSync(storePath + '.bak'), 'the previous version is kept');
    const back = await execute('corroborate.importAnnotations', { document: exported });
    assert.deepEqual(back, { imported: 2, problems: [] });
    assert.equal(JSON.parse(readFileSync(storePath, 'utf8')).annotations.length, 2, 'an import deliberately brings back the removed note');
  });

  it('refuses a command with a clear error when there is nothing selected', async () => {
    await startServer();
    await assert.rejects(execute('corroborate.addNote', { uri: docUri, start: 5, end: 5, note: 'x' }), /select the text/);
    assert.ok(!existsSync(storePath), 'nothing written');
  });

  it('reports an orphaned annotation on the store file, at its entry', async () => {
    mkdirSync(join(root, '.corroborate'));
    const orphan = {
      id: 'gone-1',
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
      kind: 'note',
      body: 'about a sentence that was deleted',
      targets: [
        {
          source: 'news/a.article.txt',
          quote: { type: 'TextQuoteSelector', exact: 'Production starts in Hokkaido in 2027.', prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start: 130, end: 168 },
        },
      ],
    };
    writeFileSync(storePath, JSON.stringify({ version: 1, annotations: [orphan], removed: {} }, null, 2));
    await startServer();
    const diags = await client.waitForDiagnostics(storeUri, (d) => d.length > 0);
    assert.equal(diags.length, 1);
    assert.equal(diags[0]!.code, 'annotation-orphaned');
    assert.match(diags[0]!.message, /orphaned: "Production starts in Hokkaido in 2027\." is no longer in news\/a\.article\.txt/);
    const text = readFileSync(storePath, 'utf8');
    assert.equal(diags[0]!.range.start.line, text.slice(0, text.indexOf('"gone-1"')).split('\n').length - 1);
  });

  it('reports a damaged store, keeps working read-only, and never rewrites it', async () => {
    mkdirSync(join(root, '.corroborate'));
    const damaged = '{ "version": 1, "annotations": [ { "id": "x" ';
    writeFileSync(storePath, damaged);
    await startServer();
    const diags = await client.waitForDiagnostics(storeUri, (d) => d.length > 0);
    assert.equal(diags[0]!.severity, 1);
    assert.equal(diags[0]!.code, 'annotations-damaged');
    assert.match(diags[0]!.message, /read-only until this file is fixed: not valid JSON/);
    const start = ARTICLE.indexOf('Rapidus');
    await assert.rejects(execute('corroborate.addNote', { uri: docUri, start, end: start + 7, note: 'n' }), /not written/);
    assert.equal(readFileSync(storePath, 'utf8'), damaged, 'the damaged file is untouched');
    assert.ok(!existsSync(storePath + '.bak'));
    // The rest keeps working: the article is still analysed and diagnostics still flow.
    await client.notify('textDocument/didChange', { textDocument: { uri: docUri, version: 2 }, contentChanges: [{ text: ARTICLE + 'More.\n' }] });
    await client.waitFor((m, p) => m === 'textDocument/publishDiagnostics' && p.uri === docUri && p.version === 2, 'diagnostics after the edit');

    // Fixed on disk: the store is picked up again and writable.
    writeFileSync(storePath, JSON.stringify({ version: 1, annotations: [] }));
    await client.waitForDiagnostics(storeUri, (d) => d.length === 0);
    await execute('corroborate.addNote', { uri: docUri, start, end: start + 7, note: 'n' });
    assert.equal(JSON.parse(readFileSync(storePath, 'utf8')).annotations.length, 1);
  });
});
