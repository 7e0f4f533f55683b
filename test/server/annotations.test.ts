import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, type Diagnostic } from '../helpers/lspClient';
import { SEEDS } from '../helpers/paths';
import { LineIndex } from '../../server/src/analysis/text/lineIndex';

const S002 = '002_593483594eccef51.txt';
const S004 = '004_5df53368cf9f0326.txt';

/** The real server on a workspace of two folders: the first at start, indexed, then the second added. */
async function startWithTwoFolders(first: string, second: string): Promise<LspClient> {
  const client = LspClient.start();
  await client.initialize(first);
  await client.waitForProgressEnd();
  await client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: pathToFileURL(second).href, name: basename(second) }], removed: [] } });
  return client;
}

/** A researcher's decision over the real server: recorded through executeCommand, it silences the warning until the text changes. */
describe('annotations: decisions over stdio', () => {
  let client: LspClient;
  let root: string;
  afterEach(() => {
    client?.kill();
    rmSync(root, { recursive: true, force: true });
  });

  it('recordDecision writes the store, the warning goes away, survives other edits, and comes back when its figure changes', async () => {
    root = mkdtempSync(join(tmpdir(), 'corroborate-decide-'));
    mkdirSync(join(root, 'seeds'));
    for (const f of [S002, S004]) copyFileSync(join(SEEDS, f), join(root, 'seeds', f));
    const text002 = readFileSync(join(SEEDS, S002), 'utf8');
    const text004 = readFileSync(join(SEEDS, S004), 'utf8');
    const uri002 = pathToFileURL(join(root, 'seeds', S002)).href;
    const uri004 = pathToFileURL(join(root, 'seeds', S004)).href;
    const at004 = text004.indexOf('$6.7 billion');
    const idx004 = new LineIndex(text004);
    const onFigure = (d: Diagnostic) => d.code === 'figure-conflict' && d.range.start.line === idx004.positionAt(at004).line && d.range.start.character === idx004.positionAt(at004).character;

    client = LspClient.start();
    await client.initialize(root);
    await client.open(uri002, text002);
    await client.open(uri004, text004);
    const before = await client.waitForDiagnostics(uri004, (ds) => ds.some(onFigure));
    const warning = before.find(onFigure)!;
    const fingerprint = (warning.data as { fingerprint: string }).fingerprint;
    const related = warning.relatedInformation?.find((r) => r.location.uri === uri002);
    assert.ok(related, 'the warning points at 002');
    const idx002 = new LineIndex(text002);

    await client.request('workspace/executeCommand', {
      command: 'corroborate.recordDecision',
      arguments: [
        {
          decision: {
            decision: 'different-claims',
            code: 'figure-conflict',
            fingerprint,
            note: 'one is the 2025 budget, the other the total',
            targets: [
              { doc: uri004, start: at004, end: at004 + '$6.7 billion'.length },
              { doc: uri002, start: idx002.offsetAt(related.location.range.start), end: idx002.offsetAt(related.location.range.end) },
            ],
          },
        },
      ],
    });
    const store = JSON.parse(readFileSync(join(root, '.corroborate', 'annotations.json'), 'utf8'));
    assert.equal(store.annotations.length, 1);
    assert.equal(store.annotations[0].kind, 'decision');
    assert.equal(store.annotations[0].targets[0].source, `seeds/${S004}`);
    assert.equal(store.annotations[0].targets[0].quote.exact, '$6.7 billion');
    await client.waitForDiagnostics(uri004, (ds) => !ds.some((d) => d.code === 'figure-conflict' && (d.data as any)?.fingerprint === fingerprint));

    // An edit elsewhere in the article keeps the decision in force.
    const prefixed = 'Editor’s note: updated.\n' + text004;
    await client.notify('textDocument/didChange', { textDocument: { uri: uri004, version: 2 }, contentChanges: [{ text: prefixed }] });
    const after = await client.waitFor((m, p) => m === 'textDocument/publishDiagnostics' && p.uri === uri004 && p.version === 2, 'diagnostics after an unrelated edit');
    assert.ok(!after.params.diagnostics.some((d: Diagnostic) => d.code === 'figure-conflict' && d.range.start.line === idx004.positionAt(at004).line + 1 && d.range.start.character === idx004.positionAt(at004).character));

    // Changing the figure it was about brings a warning back.
    const changed = prefixed.replace('$6.7 billion', '$6.9 billion');
    await client.notify('textDocument/didChange', { textDocument: { uri: uri004, version: 3 }, contentChanges: [{ text: changed }] });
    const back = await client.waitFor((m, p) => m === 'textDocument/publishDiagnostics' && p.uri === uri004 && p.version === 3, 'diagnostics after the figure changed');
    const idxChanged = new LineIndex(changed);
    const pos = idxChanged.positionAt(changed.indexOf('$6.9 billion'));
    assert.ok(back.params.diagnostics.some((d: Diagnostic) => d.code === 'figure-conflict' && d.range.start.line === pos.line && d.range.start.character === pos.character), 'the warning is back');

    // The decision is still in the store, reported as no longer in force.
    const storeUri = pathToFileURL(join(root, '.corroborate', 'annotations.json')).href;
    const storeDiags = await client.waitForDiagnostics(storeUri, (ds) => ds.some((d) => d.code === 'annotation-changed'));
    assert.match(storeDiags[0]!.message, /was edited/);
  });

  it('in a workspace of two folders, a decision about a file of the second is kept in the first folder\'s store and silences its warning', async () => {
    root = mkdtempSync(join(tmpdir(), 'corroborate-first-'));
    const second = mkdtempSync(join(tmpdir(), 'corroborate-second-'));
    try {
      mkdirSync(join(root, 'seeds'));
      mkdirSync(join(second, 'seeds'));
      copyFileSync(join(SEEDS, S002), join(root, 'seeds', S002));
      copyFileSync(join(SEEDS, S004), join(second, 'seeds', S004));
      const text004 = readFileSync(join(SEEDS, S004), 'utf8');
      const uri004 = pathToFileURL(join(second, 'seeds', S004)).href;
      const at004 = text004.indexOf('$6.7 billion');
      const conflict = (ds: Diagnostic[]) => ds.some((d) => d.code === 'figure-conflict' && d.relatedInformation?.some((r) => r.location.uri.endsWith(S002)));

      client = await startWithTwoFolders(root, second);
      await client.waitForDiagnostics(uri004, conflict);

      await client.request('workspace/executeCommand', { command: 'corroborate.decideAt', arguments: [{ uri: uri004, offset: at004 + 1, decision: 'different-claims' }] });
      const store = JSON.parse(readFileSync(join(root, '.corroborate', 'annotations.json'), 'utf8'));
      const sources = store.annotations[0].targets.map((t: { source: string }) => t.source);
      assert.deepEqual(sources, [`../${basename(second)}/seeds/${S004}`, `seeds/${S002}`]);
      await client.waitForDiagnostics(uri004, (ds) => !conflict(ds));

      // Exported and imported again, the second folder's target is still the same file.
      const exported = await client.request('workspace/executeCommand', { command: 'corroborate.exportAnnotations', arguments: [{}] });
      assert.equal(exported.first.items[0].target[0].source, uri004);
      await client.request('workspace/executeCommand', { command: 'corroborate.removeAnnotation', arguments: [{ id: store.annotations[0].id }] });
      await client.waitForDiagnostics(uri004, conflict);
      const imported = await client.request('workspace/executeCommand', { command: 'corroborate.importAnnotations', arguments: [{ document: exported }] });
      assert.deepEqual(imported, { imported: 1, problems: [] });
      await client.waitForDiagnostics(uri004, (ds) => !conflict(ds));
    } finally {
      rmSync(second, { recursive: true, force: true });
    }
  });

  it('when the first folder leaves the workspace, the store moves to the new first folder and the old one\'s decisions no longer apply', async () => {
    root = mkdtempSync(join(tmpdir(), 'corroborate-leaving-'));
    const second = mkdtempSync(join(tmpdir(), 'corroborate-staying-'));
    try {
      for (const folder of [root, second]) {
        mkdirSync(join(folder, 'seeds'));
        for (const f of [S002, S004]) copyFileSync(join(SEEDS, f), join(folder, 'seeds', f));
      }
      const text004 = readFileSync(join(SEEDS, S004), 'utf8');
      const at004 = text004.indexOf('$6.7 billion');
      const leaving004 = pathToFileURL(join(root, 'seeds', S004)).href;
      const staying004 = pathToFileURL(join(second, 'seeds', S004)).href;
      const conflict = (ds: Diagnostic[]) => ds.some((d) => d.code === 'figure-conflict' && d.range.start.line === new LineIndex(text004).positionAt(at004).line);
      const storeOf = (folder: string) => JSON.parse(readFileSync(join(folder, '.corroborate', 'annotations.json'), 'utf8'));

      client = await startWithTwoFolders(root, second);
      await client.waitForDiagnostics(staying004, conflict);
      await client.request('workspace/executeCommand', { command: 'corroborate.decideAt', arguments: [{ uri: leaving004, offset: at004 + 1, decision: 'dismissed' }] });
      assert.equal(storeOf(root).annotations.length, 1);

      await client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: pathToFileURL(root).href, name: 'leaving' }] } });
      // Once the folder's articles are forgotten, the warning relates only to the other source that stays.
      const leaving = pathToFileURL(root).href;
      await client.waitForDiagnostics(staying004, (ds) => conflict(ds) && ds.every((d) => !d.relatedInformation?.some((r) => r.location.uri.startsWith(leaving))));
      await client.request('workspace/executeCommand', { command: 'corroborate.decideAt', arguments: [{ uri: staying004, offset: at004 + 1, decision: 'different-claims' }] });
      const moved = storeOf(second);
      assert.equal(moved.annotations.length, 1, 'the decision is kept in the folder that is now first');
      assert.equal(moved.annotations[0].targets[0].source, `seeds/${S004}`, 'named relative to it');
      assert.equal(storeOf(root).annotations.length, 1, 'the store of the folder that left is not touched');
      await client.waitForDiagnostics(staying004, (ds) => !conflict(ds));
      const list = await client.request('corroborate/annotations', {});
      assert.equal(list.storeUri, pathToFileURL(join(second, '.corroborate', 'annotations.json')).href);
      assert.deepEqual(list.groups.map((g: { source: string }) => g.source), ['seeds/' + S004]);
    } finally {
      rmSync(second, { recursive: true, force: true });
    }
  });

  it('a damaged store is reported on the store file and never rewritten, while warnings keep coming', async () => {
    root = mkdtempSync(join(tmpdir(), 'corroborate-damaged-'));
    mkdirSync(join(root, 'seeds'));
    mkdirSync(join(root, '.corroborate'));
    const storePath = join(root, '.corroborate', 'annotations.json');
    writeFileSync(storePath, '{"version": 1, "annotations": [}');
    for (const f of [S002, S004]) copyFileSync(join(SEEDS, f), join(root, 'seeds', f));
    client = LspClient.start();
    await client.initialize(root);
    const uri004 = pathToFileURL(join(root, 'seeds', S004)).href;
    await client.open(pathToFileURL(join(root, 'seeds', S002)).href, readFileSync(join(SEEDS, S002), 'utf8'));
    await client.open(uri004, readFileSync(join(SEEDS, S004), 'utf8'));
    const diags = await client.waitForDiagnostics(pathToFileURL(storePath).href, (ds) => ds.length > 0);
    assert.equal(diags[0]!.code, 'annotations-damaged');
    await client.waitForDiagnostics(uri004, (ds) => ds.some((d) => d.code === 'figure-conflict'));
    assert.equal(readFileSync(storePath, 'utf8'), '{"version": 1, "annotations": [}');
  });
});
