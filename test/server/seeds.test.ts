/**
 * Every editor request on a temporary copy of seeds/, against the real server
 * over stdio: diagnostics and their related information, hovers, semantic
 * tokens, code actions, navigation, symbols, inlay hints, the Claims view and
 * the totals. Nothing here is opened before it is asked about: the server has
 * indexed the files from disk.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LspClient } from '../helpers/lspClient';
import { TempWorkspace } from '../helpers/workspace';
import { decodeTokens } from '../helpers/semanticTokens';
import { inside, plain, rangeOf, textAt, type Range } from '../helpers/text';

const SEED = {
  coinWorld: '001_e9cf73391ff22250.txt',
  publicFunding: '002_593483594eccef51.txt',
  consortium: '004_5df53368cf9f0326.txt',
};

describe('editor features on the seeds', function () {
  this.timeout(60000);
  let client: LspClient;
  let ws: TempWorkspace;
  let legend: { tokenTypes: string[]; tokenModifiers: string[] };
  const uri = (name: string) => ws.uri(`seeds/${name}`);
  const text = (name: string) => readFileSync(ws.path(`seeds/${name}`), 'utf8');
  const textOfUri = (u: string) => readFileSync(fileURLToPath(u), 'utf8');
  const diagnosticsOf = (name: string, code: string) => client.diagnosticsSatisfying(uri(name), (d) => d.some((x) => x.code === code), `${code} on ${name}`);

  before(async () => {
    ws = new TempWorkspace().withSeeds();
    client = LspClient.start();
    const init = await client.initialize(ws.root);
    legend = init.capabilities.semanticTokensProvider.legend;
    await client.waitForProgressEnd();
  });
  after(() => {
    client?.kill();
    ws?.dispose();
  });

  describe('diagnostics', () => {
    it('flags the public funding figures of 002 and 004 against each other, with related information', async () => {
      const d002 = (await diagnosticsOf(SEED.publicFunding, 'figure-conflict')).find((d) => d.code === 'figure-conflict')!;
      const d004 = (await diagnosticsOf(SEED.consortium, 'figure-conflict')).find((d) => d.code === 'figure-conflict')!;
      assert.equal(textAt(text(SEED.publicFunding), d002.range), '$6.34 billion');
      assert.equal(textAt(text(SEED.consortium), d004.range), '$6.7 billion');
      for (const [d, other, figure] of [
        [d002, SEED.consortium, '$6.7 billion'],
        [d004, SEED.publicFunding, '$6.34 billion'],
      ] as const) {
        assert.equal(d.source, 'corroborate');
        assert.equal(d.severity, 2, 'a warning by default');
        assert.ok((d.data as any)?.fingerprint, 'carries the fingerprint code actions route by');
        const rel = d.relatedInformation?.find((r) => r.location.uri === uri(other));
        assert.ok(rel, `related information points at ${other}`);
        assert.equal(textAt(text(other), rel.location.range), figure);
      }
    });

    it('flags 001\'s "30 trillion yen" and its own "3 trillion yen" as an internal conflict, linked', async () => {
      const t = text(SEED.coinWorld);
      const d = (await diagnosticsOf(SEED.coinWorld, 'internal-conflict')).find((x) => x.code === 'internal-conflict')!;
      const flagged = textAt(t, d.range);
      assert.match(flagged, /\b30? trillion yen$/);
      const rel = d.relatedInformation?.find((r) => r.location.uri === uri(SEED.coinWorld));
      assert.ok(rel, 'related information points within the same article');
      const other = textAt(t, rel.location.range);
      assert.match(other, /\b30? trillion yen$/);
      assert.notEqual(/\b30 trillion/.test(flagged), /\b30 trillion/.test(other), 'one side each');
    });
  });

  describe('hover', () => {
    it('on an organization: sources, mentions, and each other source\'s sentence with a link to its line', async () => {
      const t = text(SEED.consortium);
      const h = await client.request('textDocument/hover', { textDocument: { uri: uri(SEED.consortium) }, position: inside(t, 'SoftBank') });
      assert.ok(h, 'a hover');
      const md: string = h.contents.value;
      assert.equal(h.contents.kind, 'markdown');
      assert.equal(textAt(t, h.range), 'SoftBank');
      const mentioning = readdirSync(ws.path('seeds')).filter((f) => /SoftBank/.test(text(f)));
      assert.match(md, new RegExp(`Named in ${mentioning.length} sources`));
      const links = [...md.matchAll(/\]\((file:[^)#]+)#L(\d+),(\d+)\)/g)].map((m) => ({ uri: m[1], line: Number(m[2]) - 1 }));
      assert.deepEqual(new Set(links.map((l) => l.uri)), new Set(mentioning.filter((f) => f !== SEED.consortium).map(uri)));
      for (const l of links) assert.match(textOfUri(l.uri).split(/\r?\n/)[l.line], /SoftBank/, 'the link opens the line of the mention');
    });

    it('on a figure: normalised value, claim, and the disagreeing source with the gap', async () => {
      const t = text(SEED.consortium);
      const h = await client.request('textDocument/hover', { textDocument: { uri: uri(SEED.consortium) }, position: inside(t, '$6.7 billion in government') });
      const md = plain(h.contents.value);
      assert.equal(textAt(t, h.range), '$6.7 billion');
      assert.match(md, /US\$6\.7 billion/);
      assert.match(md, /Claim: .*funding/);
      const disagree = md.slice(md.indexOf('Other sources disagree'));
      assert.ok(md.includes('Other sources disagree, beyond the 5.0% tolerance (1):'), md);
      assert.match(disagree, /\$6\.34 billion.* 5\.4% apart in \[002_593483594eccef51\.txt\]/, 'names the other source, its figure and the gap');
    });

    it('on money in another currency: the US dollar value with its rate and year', async () => {
      const t = text(SEED.coinWorld);
      const h = await client.request('textDocument/hover', { textDocument: { uri: uri(SEED.coinWorld) }, position: inside(t, '3 trillion yen') });
      const md = plain(h.contents.value);
      assert.match(md, /≈ US\$\d+(\.\d+)? billion/);
      assert.match(md, /US\$ per JPY \(\d{4} average\)/);
    });

    it('on a model size: not a claim', async () => {
      const t = text(SEED.consortium);
      const h = await client.request('textDocument/hover', { textDocument: { uri: uri(SEED.consortium) }, position: inside(t, 'trillion-parameter') });
      if (h) assert.doesNotMatch(h.contents.value, /Claim:/);
    });
  });

  describe('semantic tokens', () => {
    it('colours the organizations and the claim figures of 004, the conflicting figure marked', async () => {
      const t = text(SEED.consortium);
      const r = await client.request('textDocument/semanticTokens/full', { textDocument: { uri: uri(SEED.consortium) } });
      const tokens = decodeTokens(r.data, t, legend);
      const orgs = new Set(tokens.filter((x) => x.type === 'organization').map((x) => x.text));
      for (const name of ['SoftBank', 'Sony', 'Honda', 'NEC']) assert.ok(orgs.has(name), `${name} is an organization token`);
      const conflict = tokens.find((x) => x.type === 'figure' && x.text === '$6.7 billion' && x.line === rangeOf(t, '$6.7 billion in government').start.line);
      assert.ok(conflict, 'the figure is a token');
      assert.deepEqual(conflict.modifiers, ['conflicting']);
      assert.ok(!tokens.some((x) => x.type === 'figure' && /parameter/.test(x.text)), 'a model size is not highlighted as a figure');
      for (const tok of tokens) assert.equal(tok.text.length, tok.length, 'every token lies within its line');
    });

    it('answers a range request with the tokens of that range only', async () => {
      const t = text(SEED.consortium);
      const line = rangeOf(t, '$6.7 billion in government').start.line;
      const range = { start: { line, character: 0 }, end: { line: line + 1, character: 0 } };
      const r = await client.request('textDocument/semanticTokens/range', { textDocument: { uri: uri(SEED.consortium) }, range });
      const tokens = decodeTokens(r.data, t, legend);
      assert.ok(tokens.length > 0);
      assert.ok(tokens.every((x) => x.line === line));
      assert.ok(tokens.some((x) => x.text === '$6.7 billion'));
    });
  });

  describe('code actions', () => {
    it('offers each fix of the finding, the preferred one marked, routed by code and data', async () => {
      const d = (await diagnosticsOf(SEED.consortium, 'figure-conflict')).find((x) => x.code === 'figure-conflict')!;
      const actions = await client.request<any[]>('textDocument/codeAction', { textDocument: { uri: uri(SEED.consortium) }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
      assert.ok(actions.length >= 2);
      assert.equal(actions.filter((a) => a.isPreferred).length, 1, 'exactly one preferred fix');
      for (const a of actions) {
        assert.equal(a.kind, 'quickfix');
        assert.deepEqual(a.diagnostics, [d]);
      }
      const use = actions.find((a) => a.edit);
      assert.ok(use, 'a fix that uses the other source\'s figure');
      const [[editUri, edits]] = Object.entries(use.edit.changes) as Array<[string, Array<{ range: Range; newText: string }>]>;
      assert.equal(editUri, uri(SEED.consortium));
      assert.equal(textAt(text(SEED.consortium), edits[0].range), '$6.7 billion');
      assert.equal(edits[0].newText, '$6.34 billion');
      const decisions = actions.filter((a) => a.command?.command === 'corroborate.recordDecision');
      assert.ok(decisions.length >= 2, 'decisions go through the recordDecision command');
      for (const a of decisions) assert.equal(a.command.arguments[0].decision.fingerprint, (d.data as any).fingerprint);

      // A diagnostic the server did not make (or an outdated one) gets no action.
      const forged = { ...d, data: { fingerprint: 'nope' } };
      assert.deepEqual(await client.request('textDocument/codeAction', { textDocument: { uri: uri(SEED.consortium) }, range: d.range, context: { diagnostics: [forged], only: ['quickfix'] } }), []);
    });

    it('offers a source action that fixes every finding of one kind in the file', async () => {
      await diagnosticsOf(SEED.consortium, 'figure-conflict');
      const actions = await client.request<any[]>('textDocument/codeAction', {
        textDocument: { uri: uri(SEED.consortium) },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      });
      const all = actions.find((a) => a.kind === 'source.fixAll.corroborate' && /figure-conflict/.test(a.title));
      assert.ok(all, 'a fix-all action for figure-conflict');
      assert.ok(all.edit || all.command);
      if (all.command) {
        assert.equal(all.command.command, 'corroborate.applyDecisions');
        for (const arg of all.command.arguments) assert.equal(arg.decision.code, 'figure-conflict');
      }
      const onSave = await client.request<any[]>('textDocument/codeAction', {
        textDocument: { uri: uri(SEED.consortium) },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'], triggerKind: 2 },
      });
      assert.deepEqual(onSave, [], 'never on automatic requests such as code actions on save');
    });
  });

  describe('navigation', () => {
    it('goes to the first mention of an organization in every source, and finds all its references', async () => {
      const t = text(SEED.consortium);
      const position = inside(t, 'SoftBank');
      const defs = await client.request<any[]>('textDocument/definition', { textDocument: { uri: uri(SEED.consortium) }, position });
      const docs = new Set(defs.map((d) => d.uri));
      assert.equal(docs.size, defs.length, 'one location per source');
      assert.ok(docs.has(uri(SEED.coinWorld)) && docs.has(uri(SEED.publicFunding)));
      const refs = await client.request<any[]>('textDocument/references', { textDocument: { uri: uri(SEED.consortium) }, position, context: { includeDeclaration: true } });
      assert.ok(refs.length > defs.length);
      for (const r of [...defs, ...refs]) assert.match(textAt(textOfUri(r.uri), r.range), /SoftBank/);
      const without = await client.request<any[]>('textDocument/references', { textDocument: { uri: uri(SEED.consortium) }, position, context: { includeDeclaration: false } });
      assert.equal(without.length, refs.length - 1, 'the mention asked about is left out');
    });

    it('lists the entities and claims of an article as document symbols', async () => {
      const t = text(SEED.consortium);
      const symbols = await client.request<any[]>('textDocument/documentSymbol', { textDocument: { uri: uri(SEED.consortium) } });
      const names = symbols.map((s) => s.name);
      assert.ok(names.some((n) => /SoftBank/.test(n)));
      const claim = symbols.find((s) => s.name.startsWith('$6.7 billion — '));
      assert.ok(claim, `a claim symbol for $6.7 billion: ${names.join(', ')}`);
      assert.equal(textAt(t, claim.selectionRange), '$6.7 billion');
    });

    it('searches entities and claims of the whole corpus as workspace symbols', async () => {
      const found = await client.request<any[]>('workspace/symbol', { query: 'softbank' });
      assert.ok(found.some((s) => /SoftBank/.test(s.name)));
      for (const s of found) assert.ok(s.location.uri.startsWith('file:'));
      assert.deepEqual(await client.request('workspace/symbol', { query: 'zzzzqqqq' }), []);
    });
  });

  it('shows the US dollar value after amounts in other currencies as inlay hints', async () => {
    const t = text(SEED.coinWorld);
    const lines = t.split(/\r?\n/).length;
    const hints = await client.request<any[]>('textDocument/inlayHint', { textDocument: { uri: uri(SEED.coinWorld) }, range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } } });
    const end = rangeOf(t, '3 trillion yen').end;
    const hint = hints.find((h) => h.position.line === end.line && h.position.character === end.character);
    assert.ok(hint, 'a hint right after "3 trillion yen"');
    assert.match(hint.label, /^≈ US\$\d+(\.\d+)? billion$/);
    const usd = await client.request<any[]>('textDocument/inlayHint', { textDocument: { uri: uri(SEED.consortium) }, range: { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } } });
    assert.ok(!usd.some((h) => /6\.7/.test(h.label)), 'no hint after amounts already in US dollars');
  });

  it('serves the Claims view: groups by entity, claims with each source\'s figure and status', async () => {
    await diagnosticsOf(SEED.consortium, 'figure-conflict');
    const groups = await client.request<any[]>('corroborate/claimGroups', {});
    assert.ok(groups.length > 0);
    assert.ok(groups[0].conflicts > 0, 'groups with conflicts come first');
    const label = (f: any) => `${f.uri === uri(SEED.consortium) ? '004' : f.uri === uri(SEED.publicFunding) ? '002' : 'other'} ${f.text}`;
    const conflicts: any[] = [];
    for (const g of groups.filter((x) => x.conflicts > 0)) {
      const claims = await client.request<any[]>('corroborate/claims', { entity: g.entity });
      assert.equal(claims.filter((c) => c.status === 'conflict').length, g.conflicts, 'the group counts its conflicting claims');
      conflicts.push(...claims.filter((c) => c.status === 'conflict'));
    }
    const conflict = conflicts.find((c) => c.figures.some((f: any) => label(f) === '004 $6.7 billion'));
    assert.ok(conflict, 'the public funding claim is in conflict');
    const texts = conflict.figures.map(label);
    assert.ok(texts.includes('002 $6.34 billion'), texts.join(', '));
    assert.equal(conflict.figures.find((f: any) => label(f) === '004 $6.7 billion').status, 'conflict');
    for (const f of conflict.figures) assert.equal(textAt(textOfUri(f.uri), f.range), f.text, 'each figure opens at its place');
  });

  it('reports corpus totals for the status bar', async () => {
    await diagnosticsOf(SEED.coinWorld, 'internal-conflict');
    const t = await client.request('corroborate/totals', {});
    assert.equal(t.documents, 5);
    assert.ok(t.entities > 5 && t.claims > 5);
    assert.ok(t.conflicts >= 3);
  });
});
