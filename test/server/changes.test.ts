/**
 * How changes propagate: edits in an open document refresh the diagnostics of
 * the other documents they affect (open or not), open documents override the
 * disk until closed, changes on disk are followed, settings apply at once.
 * And untrusted article text never becomes active Markdown in a hover.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { LspClient } from '../helpers/lspClient';
import { TempWorkspace } from '../helpers/workspace';
import { inside, rangeOf, textAt } from '../helpers/text';
import { eventually } from '../helpers/eventually';

const PUBLIC = 'seeds/002_593483594eccef51.txt';
const CONSORTIUM = 'seeds/004_5df53368cf9f0326.txt';
const conflictOn = (figure: string, text: string) => (d: Array<{ code?: unknown; range: any }>) =>
  d.some((x) => x.code === 'figure-conflict' && textAt(text, x.range) === figure);

describe('changes, overrides and settings', function () {
  this.timeout(60000);
  let client: LspClient;
  let ws: TempWorkspace;
  beforeEach(async () => {
    ws = new TempWorkspace().withSeeds();
    client = LspClient.start();
  });
  afterEach(() => {
    client?.kill();
    ws?.dispose();
  });
  const text = (rel: string) => readFileSync(ws.path(rel), 'utf8');

  it('an edit that settles a conflict refreshes the other source\'s diagnostics though it is closed', async () => {
    await client.initialize(ws.root);
    const t004 = text(CONSORTIUM);
    const t002 = text(PUBLIC);
    await client.diagnosticsSatisfying(ws.uri(PUBLIC), conflictOn('$6.34 billion', t002), 'the conflict in 002');
    await client.open(ws.uri(CONSORTIUM), t004);
    const d = (await client.diagnosticsSatisfying(ws.uri(CONSORTIUM), conflictOn('$6.7 billion', t004), 'the conflict in 004')).find((x) => x.code === 'figure-conflict')!;
    const actions = await client.request<any[]>('textDocument/codeAction', { textDocument: { uri: ws.uri(CONSORTIUM) }, range: d.range, context: { diagnostics: [d] } });
    const use = actions.find((a) => a.edit && /\$6\.34 billion/.test(a.title));
    assert.ok(use, 'a fix that takes 002\'s figure');
    const [edit] = use.edit.changes[ws.uri(CONSORTIUM)];
    await client.notify('textDocument/didChange', { textDocument: { uri: ws.uri(CONSORTIUM), version: 2 }, contentChanges: [{ range: edit.range, text: edit.newText }] });
    const after = await client.waitFor((m, p) => m === 'textDocument/publishDiagnostics' && p.uri === ws.uri(CONSORTIUM) && p.version === 2, 'diagnostics of version 2');
    assert.ok(!after.params.diagnostics.some((x: any) => x.code === 'figure-conflict' && x.range.start.line === edit.range.start.line), 'the fixed figure is no longer flagged');
    await client.diagnosticsSatisfying(ws.uri(PUBLIC), (x) => !conflictOn('$6.34 billion', t002)(x), 'the closed source refreshed without the conflict');
  });

  it('a decision recorded through a code action settles the finding: diagnostics, hover and the Claims view follow', async () => {
    await client.initialize(ws.root);
    const t004 = text(CONSORTIUM);
    const d = (await client.diagnosticsSatisfying(ws.uri(CONSORTIUM), conflictOn('$6.7 billion', t004), 'the conflict in 004')).find((x) => x.code === 'figure-conflict')!;
    const actions = await client.request<any[]>('textDocument/codeAction', { textDocument: { uri: ws.uri(CONSORTIUM) }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
    const disputed = actions.find((a) => a.command?.arguments?.[0]?.decision?.decision === 'disputed');
    assert.ok(disputed, 'a "mark as disputed" fix');
    const decision = { ...disputed.command.arguments[0].decision, note: 'The two reports count different tranches.' };
    await client.request('workspace/executeCommand', { command: disputed.command.command, arguments: [{ decision }] });
    await client.diagnosticsSatisfying(ws.uri(CONSORTIUM), (x) => !conflictOn('$6.7 billion', t004)(x), 'the settled finding gone');

    const h = await client.request('textDocument/hover', { textDocument: { uri: ws.uri(CONSORTIUM) }, position: d.range.start });
    assert.match(h.contents.value, /\*\*Decision\*\* \(figure\-conflict\)/, 'the hover shows the decision');
    const groups = await client.request<any[]>('corroborate/claimGroups', {});
    const figures: any[] = [];
    for (const g of groups) for (const c of await client.request<any[]>('corroborate/claims', { entity: g.entity })) figures.push(...c.figures.map((f: any) => ({ ...f, claim: c.status })));
    const settled = figures.find((f) => f.uri === ws.uri(CONSORTIUM) && f.text === '$6.7 billion' && f.range.start.line === d.range.start.line);
    assert.ok(settled);
    assert.equal(settled.status, 'resolved');
    // The decision was made from 004's side; 002's own finding about the pair stays open until decided there.
    const open002 = conflictOn('$6.34 billion', text(PUBLIC))(client.latestDiagnostics(ws.uri(PUBLIC)) ?? []);
    assert.equal(settled.claim, open002 ? 'conflict' : 'resolved');
  });

  it('an open document overrides the file until it is closed; a change on disk is followed', async () => {
    await client.initialize(ws.root);
    const t002 = text(PUBLIC);
    const t004 = text(CONSORTIUM);
    await client.diagnosticsSatisfying(ws.uri(CONSORTIUM), conflictOn('$6.7 billion', t004), 'the conflict in 004');
    const agreeing = t002.replace('$6.34 billion', '$6.7 billion');
    await client.open(ws.uri(PUBLIC), agreeing);
    await client.diagnosticsSatisfying(ws.uri(CONSORTIUM), (x) => !conflictOn('$6.7 billion', t004)(x), 'no conflict while 002 is open with the same figure');
    await client.notify('textDocument/didClose', { textDocument: { uri: ws.uri(PUBLIC) } });
    await client.diagnosticsSatisfying(ws.uri(CONSORTIUM), conflictOn('$6.7 billion', t004), 'the conflict back once 002 is closed (disk text again)');

    ws.write(PUBLIC, agreeing);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri(PUBLIC), type: 2 }] });
    await client.diagnosticsSatisfying(ws.uri(CONSORTIUM), (x) => !conflictOn('$6.7 billion', t004)(x), 'no conflict after 002 changed on disk');
  });

  it('a document the client spells with other percent-encoding is the same document as the indexed file', async () => {
    await client.initialize(ws.root);
    await client.waitForProgressEnd();
    const t004 = text(CONSORTIUM);
    const canonical = ws.uri(CONSORTIUM);
    const spelled = canonical.replace(/_/g, '%5F');
    assert.notEqual(spelled, canonical);
    await client.open(spelled, t004);
    await client.diagnosticsSatisfying(canonical, conflictOn('$6.7 billion', t004), 'diagnostics under the canonical URI, which the client resolves to the same file');
    assert.equal((await client.request('corroborate/totals', {})).documents, 5, 'not indexed twice');
    const h = await client.request('textDocument/hover', { textDocument: { uri: spelled }, position: inside(t004, '$6.7 billion in government') });
    assert.doesNotMatch(h.contents.value, /004\\_5df53368cf9f0326/, 'the open copy is not a source of its own');
    assert.match(h.contents.value, /002\\_593483594eccef51/);
  });

  it('applies the severity settings at once: error, then off', async () => {
    await client.initialize(ws.root);
    const t004 = text(CONSORTIUM);
    await client.diagnosticsSatisfying(ws.uri(CONSORTIUM), conflictOn('$6.7 billion', t004), 'the conflict in 004');
    client.settings = { corroborate: { severity: { 'figure-conflict': 'error' } } };
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.diagnosticsSatisfying(ws.uri(CONSORTIUM), (d) => d.some((x) => x.code === 'figure-conflict' && x.severity === 1), 'an error');
    client.settings = { corroborate: { severity: { 'figure-conflict': 'off' } } };
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.diagnosticsSatisfying(ws.uri(CONSORTIUM), (d) => !d.some((x) => x.code === 'figure-conflict'), 'the conflict hidden');
  });

  it('an exchange rate setting re-analyses the corpus without a restart (inlay hints follow)', async () => {
    await client.initialize(ws.root);
    await client.waitForProgressEnd();
    const COIN = 'seeds/001_e9cf73391ff22250.txt';
    const t = text(COIN);
    const end = rangeOf(t, '3 trillion yen').end;
    const hintAt = async () => {
      const hints = await client.request<any[]>('textDocument/inlayHint', { textDocument: { uri: ws.uri(COIN) }, range: { start: { line: 0, character: 0 }, end: { line: end.line + 1, character: 0 } } });
      return hints.find((h) => h.position.line === end.line && h.position.character === end.character)?.label as string | undefined;
    };
    assert.match((await hintAt()) ?? '', /^≈ US\$(1\d|2\d)(\.\d+)? billion$/, 'about US$20 billion at the built-in rate');
    client.settings = { corroborate: { exchangeRates: { JPY: { '2024': 0.01, '2025': 0.01, '2026': 0.01 } } } };
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await eventually(async () => assert.equal(await hintAt(), '≈ US$30 billion'), 'the overridden rate to apply');
  });

  it('a .corroborate.json severity applies too, and a bad key in it leaves the rest working', async () => {
    ws.write('.corroborate.json', '{ "severity": { "figure-conflict": "hint" }, "tolerance": "wide" }');
    await client.initialize(ws.root);
    const t004 = text(CONSORTIUM);
    await client.diagnosticsSatisfying(ws.uri(CONSORTIUM), (d) => d.some((x) => x.code === 'figure-conflict' && x.severity === 4 && textAt(t004, x.range) === '$6.7 billion'), 'a hint');
    const [problem] = await client.diagnosticsSatisfying(ws.uri('.corroborate.json'), (d) => d.length === 1, 'the bad tolerance');
    assert.match(problem.message, /^tolerance: /);
  });

  it('escapes hostile article text and file names in hovers', async () => {
    const hostile = 'SoftBank [x](command:workbench.action.terminal.new) ![i](http://evil.example/x.png) <img src=x onerror=alert(1)> `tick` ``code`` said $6.7 billion in government backing.\n';
    ws.write('[y](command:evil).article.txt', hostile);
    await client.initialize(ws.root);
    await client.waitForProgressEnd();
    const t004 = text(CONSORTIUM);
    const h = await client.request('textDocument/hover', { textDocument: { uri: ws.uri(CONSORTIUM) }, position: inside(t004, 'SoftBank') });
    const md: string = h.contents.value;
    assert.match(md, /command&#58;workbench/, 'the hostile sentence is quoted');
    const links = [...md.matchAll(/(?<!\\)\[((?:[^\]\\]|\\.)*)\]\(([^)]*)\)/g)].map((m) => m[2]);
    assert.ok(links.length > 0);
    for (const target of links) assert.match(target, /^file:\/\/\/[^()\s]*#L\d+,\d+$/, `only file links to a line: ${target}`);
    assert.doesNotMatch(md, /(?<!\\)!\[/, 'no image');
    assert.doesNotMatch(md, /<img|<[a-z]/i, 'no HTML');
    assert.doesNotMatch(md, /(?<!\\)`/, 'no code spans');
    assert.doesNotMatch(md, /https?:\/\//, 'no URL to autolink');

    const own = await client.request('textDocument/hover', { textDocument: { uri: ws.uri('[y](command:evil).article.txt') }, position: inside(hostile, '$6.7 billion') });
    if (own) assert.doesNotMatch(own.contents.value, /(?<!\\)\]\(command/);
    assert.ok(rangeOf(hostile, 'SoftBank'));
  });
});
