import { strict as assert } from 'node:assert';
import { LspClient } from '../helpers/lspClient';
import { TempWorkspace } from '../helpers/workspace';
import { eventually } from '../helpers/eventually';

describe('settings and .corroborate.json', function () {
  this.timeout(30000);
  let client: LspClient;
  let ws: TempWorkspace;
  afterEach(() => {
    client?.kill();
    ws?.dispose();
  });

  it('reports a bad value in .corroborate.json at its key, keeps the rest, and clears it once fixed', async () => {
    ws = new TempWorkspace().withSeeds();
    const bad = ['{', '  "tolerance": 0.1,', '  "exchangeRates": { "yen": { "2025": 0.0066 } },', '  "organizations": [{ "name": "Acme", "colour": "red" }]', '}', ''].join('\n');
    ws.write('.corroborate.json', bad);
    client = LspClient.start();
    await client.initialize(ws.root);
    const uri = ws.uri('.corroborate.json');
    const diags = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    assert.ok(diags.every((d) => d.source === 'corroborate' && d.severity === 1));
    const rates = diags.find((d) => d.message.startsWith('exchangeRates'));
    assert.ok(rates, `a problem under exchangeRates: ${diags.map((d) => d.message).join(' | ')}`);
    assert.equal(rates.range.start.line, 2, 'on the line of the offending key');
    assert.match(rates.message, /^exchangeRates\.yen: /, 'names the offending key');
    const orgs = diags.find((d) => d.message.startsWith('organizations'));
    assert.ok(orgs, 'a problem under organizations');
    assert.equal(orgs.range.start.line, 3);
    assert.ok(!diags.some((d) => d.message.startsWith('tolerance')), 'the valid key is not flagged');

    ws.write('.corroborate.json', '{ "tolerance": 0.1 }\n');
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
    await client.waitForDiagnostics(uri, (d) => d.length === 0);
  });

  it('reports malformed JSON where the parser stopped', async () => {
    ws = new TempWorkspace();
    ws.write('.corroborate.json', '{\n  "tolerance": 0.1,\n  "ignore": [\n}\n');
    client = LspClient.start();
    await client.initialize(ws.root);
    const [d] = await client.waitForDiagnostics(ws.uri('.corroborate.json'), (x) => x.length > 0);
    assert.match(d.message, /not valid JSON/);
    assert.equal(d.range.start.line, 3);
  });

  it('warns about a bad setting by name and applies setting changes without a restart', async () => {
    ws = new TempWorkspace().withSeeds();
    ws.write('articles/a.txt', 'An article only the corpus setting covers.\n');
    client = LspClient.start();
    client.settings = { corroborate: { tolerance: 'high', corpus: [] } };
    await client.initialize(ws.root);
    await client.waitForProgressEnd();
    const warning = await client.waitFor((m, p) => m === 'window/showMessage' && p.type === 2, 'a warning message');
    assert.match(warning.params.message, /corroborate\.tolerance/);
    const docs = (await client.request('corroborate/totals', {})).documents;

    client.settings = { corroborate: { tolerance: 0.1, corpus: ['articles/*.txt'] } };
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await eventually(async () => assert.equal((await client.request('corroborate/totals', {})).documents, docs + 1), 'the new corpus glob to apply');

    client.settings = { corroborate: { corpus: 'articles' } };
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    const second = await client.waitFor((m, p) => m === 'window/showMessage' && /corroborate\.corpus/.test(p.message), 'a warning naming corroborate.corpus');
    assert.equal(second.params.type, 2);
    await eventually(async () => assert.equal((await client.request('corroborate/totals', {})).documents, docs), 'the default globs to apply again');
  });

  it("sends a closed article's diagnostics again only when new settings change them", async () => {
    ws = new TempWorkspace().withSeeds();
    const uri002 = ws.uri('seeds/002_593483594eccef51.txt');
    const conflict = (ds: Array<{ code?: unknown }>) => ds.some((d) => d.code === 'figure-conflict');
    const published = () => client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri002).length;
    client = LspClient.start();
    await client.initialize(ws.root);
    await client.waitForProgressEnd();
    await client.waitForDiagnostics(uri002, conflict);
    const before = published();

    // A measure word no seed uses: every article is analysed again (a re-index, with progress), and 002's findings stay as they were.
    client.settings = { corroborate: { measures: { funding: ['appropriation'] } } };
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitForProgressEnd(1);
    const settled = client.notifications.length;
    await client.waitFor((m, p) => m === 'corroborate/corpusChanged' && p.indexing === false && client.notifications.findIndex((n) => n.params === p) >= settled, 'the corpus to settle');
    assert.equal(published(), before, "002's unchanged diagnostics are not sent again");

    // A tolerance wide enough for $6.34 and $6.7 billion to agree: 002's list changes, and is sent.
    client.settings = { corroborate: { measures: { funding: ['appropriation'] }, tolerance: 0.5 } };
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitForDiagnostics(uri002, (d) => !conflict(d));
    assert.equal(published(), before + 1);
  });

  it('does not analyse text an ignore pattern matches: a conflict in it goes, and comes back when the pattern is removed', async () => {
    ws = new TempWorkspace().withSeeds();
    const uri002 = ws.uri('seeds/002_593483594eccef51.txt');
    const conflict = (ds: Array<{ code?: unknown }>) => ds.some((d) => d.code === 'figure-conflict');
    client = LspClient.start();
    await client.initialize(ws.root);
    await client.waitForProgressEnd();
    await client.waitForDiagnostics(uri002, conflict);

    // 004's "$6.7 billion in government backing" is what 002's figure conflicts with.
    ws.write('.corroborate.json', JSON.stringify({ ignore: ['\\$6\\.7 billion in government backing'] }));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('.corroborate.json'), type: 1 }] });
    await client.waitForDiagnostics(uri002, (ds) => !conflict(ds));

    ws.write('.corroborate.json', '{}');
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('.corroborate.json'), type: 2 }] });
    await client.waitForDiagnostics(uri002, conflict);
  });

  it('follows a change of tolerance and severity on the analyses it has: the conflicts go and come back', async () => {
    ws = new TempWorkspace().withSeeds();
    const uri001 = ws.uri('seeds/001_e9cf73391ff22250.txt');
    const uri002 = ws.uri('seeds/002_593483594eccef51.txt');
    const has = (code: string) => (ds: Array<{ code?: unknown }>) => ds.some((d) => d.code === code);
    client = LspClient.start();
    await client.initialize(ws.root);
    await client.waitForProgressEnd();
    await client.waitForDiagnostics(uri002, has('figure-conflict'));
    await client.waitForDiagnostics(uri001, has('internal-conflict'));

    // 002 and 004 are 5.4% apart: within a 6% tolerance.
    client.settings = { corroborate: { tolerance: 0.06, severity: { 'internal-conflict': 'off' } } };
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitForDiagnostics(uri002, (ds) => !has('figure-conflict')(ds));
    await client.waitForDiagnostics(uri001, (ds) => !has('internal-conflict')(ds));

    client.settings = { corroborate: {} };
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitForDiagnostics(uri002, has('figure-conflict'));
    await client.waitForDiagnostics(uri001, has('internal-conflict'));
  });

  it('in an untrusted workspace, does not run its ignore patterns, says so on the file, and runs them once trusted', async () => {
    ws = new TempWorkspace().withSeeds();
    ws.write('.corroborate.json', '{\n  "tolerance": 0.05,\n  "ignore": ["\\\\$6\\\\.7 billion in government backing"]\n}\n');
    const uri002 = ws.uri('seeds/002_593483594eccef51.txt');
    const configUri = ws.uri('.corroborate.json');
    const conflict = (ds: Array<{ code?: unknown }>) => ds.some((d) => d.code === 'figure-conflict');
    client = LspClient.start();
    await client.initialize(ws.root, {}, { trusted: false });
    await client.waitForProgressEnd();
    await client.waitForDiagnostics(uri002, conflict);
    const [note] = await client.waitForDiagnostics(configUri, (ds) => ds.length > 0);
    assert.equal(note.code, 'restricted-mode');
    assert.equal(note.severity, 3, 'information');
    assert.equal(note.range.start.line, 2, 'on the ignore key');
    assert.match(note.message, /not trusted/);

    await client.notify('corroborate/workspaceTrusted', {});
    await client.waitForDiagnostics(uri002, (ds) => !conflict(ds));
    await client.waitForDiagnostics(configUri, (ds) => ds.length === 0);
  });

  it('an organization added to .corroborate.json becomes an entity in the closed articles that name it', async () => {
    ws = new TempWorkspace().withSeeds();
    ws.write('seeds/notes.txt', 'The grant for the robotics lab is late, according to Hoshino.\n');
    const find = async () => ((await client.request('workspace/symbol', { query: 'Hoshino' })) as Array<{ name: string; location: { uri: string } }>).filter((s) => s.location.uri === ws.uri('seeds/notes.txt'));
    client = LspClient.start();
    await client.initialize(ws.root);
    await client.waitForProgressEnd();
    assert.deepEqual(await find(), []);

    ws.write('.corroborate.json', JSON.stringify({ organizations: [{ name: 'Hoshino' }] }));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('.corroborate.json'), type: 1 }] });
    await eventually(async () => assert.ok((await find()).some((s) => s.name.includes('Hoshino'))), 'Hoshino to be an entity of notes.txt');
  });
});
