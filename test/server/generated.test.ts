/**
 * The editor requests on a generated corpus (bench/generateCorpus.ts), checked
 * for consistency with each other and with the text on disk rather than
 * against fixed answers: every range names the text it claims to, hovers
 * count the sources that references find, tokens decode to entity and figure
 * texts, every finding offers exactly one preferred fix.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LspClient, type Diagnostic } from '../helpers/lspClient';
import { TempWorkspace } from '../helpers/workspace';
import { decodeTokens } from '../helpers/semanticTokens';
import { plain, textAt } from '../helpers/text';
import { generateCorpus } from '../../bench/generateCorpus';

const ARTICLES = 120;

describe('editor features on a generated corpus', function () {
  this.timeout(120000);
  let client: LspClient;
  let ws: TempWorkspace;
  let legend: { tokenTypes: string[]; tokenModifiers: string[] };
  let names: string[];
  const diskText = (uri: string) => readFileSync(fileURLToPath(uri), 'utf8');
  const uriOf = (name: string) => ws.uri(`news/${name}`);
  /** The ranges of a document's claim figures, as its document symbols give them. */
  const claimRanges = async (uri: string): Promise<Set<string>> => {
    const symbols = await client.request<any[]>('textDocument/documentSymbol', { textDocument: { uri } });
    return new Set(symbols.filter((s) => s.kind === 16).map((s) => JSON.stringify(s.selectionRange)));
  };

  before(async () => {
    ws = new TempWorkspace();
    const docs = generateCorpus({ articles: ARTICLES, seed: 3 });
    for (const d of docs) ws.write(`news/${d.name}`, d.text);
    names = docs.map((d) => d.name);
    client = LspClient.start();
    legend = (await client.initialize(ws.root)).capabilities.semanticTokensProvider.legend;
    await client.waitForProgressEnd(0, 100000);
  });
  after(() => {
    client?.kill();
    ws?.dispose();
  });

  it('indexes every generated article', async () => {
    assert.equal((await client.request('corroborate/totals', {})).documents, ARTICLES);
  });

  it('publishes diagnostics whose ranges and related information name figures on disk, each with one preferred fix', async () => {
    const published = [...client.diagnostics.entries()].filter(([, d]) => d.length > 0);
    assert.ok(published.length > 0, 'some generated sources conflict');
    let checked = 0;
    for (const [uri, diagnostics] of published.slice(0, 25)) {
      const text = diskText(uri);
      const claims = await claimRanges(uri);
      for (const d of diagnostics as Diagnostic[]) {
        assert.equal(d.source, 'corroborate');
        assert.ok(claims.has(JSON.stringify(d.range)), `the flagged text is a claim figure: ${textAt(text, d.range)}`);
        assert.ok(d.message.includes(textAt(text, d.range)), 'the message quotes the figure');
        for (const r of d.relatedInformation ?? []) {
          assert.ok((await claimRanges(r.location.uri)).has(JSON.stringify(r.location.range)), 'related information points at a claim figure');
        }
        const actions = await client.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
        assert.ok(actions.length > 0);
        assert.equal(actions.filter((a) => a.isPreferred).length, 1);
        for (const a of actions.filter((x) => x.edit)) {
          for (const [editUri, edits] of Object.entries(a.edit.changes) as Array<[string, any[]]>) {
            for (const e of edits) assert.equal(textAt(diskText(editUri), e.range), textAt(text, d.range), 'an edit replaces the flagged figure');
          }
        }
        checked++;
      }
    }
    assert.ok(checked > 0);
  });

  it('hovers on entities count the sources that references find, and quote them with links to their lines', async () => {
    let checked = 0;
    for (const name of names.slice(0, 12)) {
      const uri = uriOf(name);
      const text = diskText(uri);
      const symbols = await client.request<any[]>('textDocument/documentSymbol', { textDocument: { uri } });
      for (const s of symbols.filter((x) => x.kind !== 16).slice(0, 3)) {
        const h = await client.request('textDocument/hover', { textDocument: { uri }, position: s.selectionRange.start });
        assert.ok(h, `a hover on ${s.name}`);
        if (textAt(text, h.range) !== textAt(text, s.selectionRange)) {
          // A name inside a longer figure ("US" in "US$5.63 billion"): the figure wins, as in highlighting.
          assert.ok(textAt(text, h.range).includes(textAt(text, s.selectionRange)), `the hover covers ${s.name}`);
          continue;
        }
        const refs = await client.request<any[]>('textDocument/references', { textDocument: { uri }, position: s.selectionRange.start, context: { includeDeclaration: true } });
        const sources = new Set(refs.map((r) => r.uri)).size;
        const md = plain(h.contents.value);
        assert.match(md, new RegExp(`Named in ${sources} sources?, ${refs.length} mentions?\\.`));
        for (const m of h.contents.value.matchAll(/\]\((file:[^)#]+)#L(\d+),(\d+)\)/g)) {
          const [line, character] = [Number(m[2]) - 1, Number(m[3]) - 1];
          assert.ok(
            refs.some((r) => r.uri === m[1] && r.range.start.line === line && r.range.start.character === character),
            `the link opens a mention: ${m[0]}`,
          );
        }
        checked++;
      }
    }
    assert.ok(checked >= 10);
  });

  it('decodes semantic tokens to the texts of entities and claim figures, within their lines', async () => {
    for (const name of names.slice(0, 20)) {
      const uri = uriOf(name);
      const text = diskText(uri);
      const tokens = decodeTokens((await client.request('textDocument/semanticTokens/full', { textDocument: { uri } })).data, text, legend);
      const claims = await claimRanges(uri);
      for (const t of tokens) {
        assert.equal(t.text.length, t.length, 'within its line');
        if (t.type === 'figure') {
          // A figure whose role is 'claim', whether or not the claim layer tied it to a subject.
          const range = { start: { line: t.line, character: t.character }, end: { line: t.line, character: t.character + t.length } };
          const h = await client.request('textDocument/hover', { textDocument: { uri }, position: range.start });
          assert.deepEqual(h?.range, range, `figure token "${t.text}" is a figure`);
          assert.doesNotMatch(h.contents.value, /Ignored:/, 'and one that may support a claim');
          if (t.modifiers.includes('corroborated')) assert.ok(claims.has(JSON.stringify(range)), 'a corroborated figure is a claim');
        } else {
          const defs = await client.request<any[]>('textDocument/definition', { textDocument: { uri }, position: { line: t.line, character: t.character } });
          assert.ok(defs.length > 0, `${t.type} "${t.text}" is an entity the corpus knows`);
        }
      }
      assert.ok(tokens.some((t) => t.type === 'organization'));
    }
  });

  it('shows US dollar inlay hints after amounts in other currencies only', async () => {
    let hints = 0;
    for (const name of names) {
      const uri = uriOf(name);
      const text = diskText(uri);
      if (!/yen|¥|€|euros|£|won|₹|yuan/.test(text)) continue;
      const result = await client.request<any[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 10000, character: 0 } } });
      const lines = text.split(/\r\n|\r|\n/);
      for (const h of result) {
        assert.match(h.label, /^≈ US\$\d/);
        const before = lines[h.position.line].slice(0, h.position.character);
        assert.match(before, /(yen|euros?|won|yuan|[¥€£₹]\s?[\d.,]+(\s(thousand|million|billion|trillion))?)$/, `after a foreign amount: "${before.slice(-30)}"`);
        hints++;
      }
    }
    assert.ok(hints > 0);
  });

  it('finds entities and claims by workspace symbol search, and figures of the same claim by definition', async () => {
    const text = diskText(uriOf(names[0]));
    const stem = /^[A-Z][a-z]+/.exec(text.split('\n').find((l) => /^[A-Z][a-z]+ (Group|Holdings|Inc\.|Corp\.|Systems|Labs|Ltd\.|Networks|Technologies|Partners)/.test(l)) ?? '')?.[0];
    if (stem) {
      const found = await client.request<any[]>('workspace/symbol', { query: stem });
      assert.ok(found.some((s) => s.name.includes(stem)), `${stem} is found`);
    }
    let checked = 0;
    for (const name of names.slice(0, 30)) {
      const uri = uriOf(name);
      const symbols = await client.request<any[]>('textDocument/documentSymbol', { textDocument: { uri } });
      for (const claim of symbols.filter((s) => s.kind === 16)) {
        const defs = await client.request<any[]>('textDocument/definition', { textDocument: { uri }, position: claim.selectionRange.start });
        for (const d of defs) {
          assert.notEqual(d.uri, uri, 'other sources only');
          assert.ok((await claimRanges(d.uri)).has(JSON.stringify(d.range)), 'a figure of the same claim');
          checked++;
        }
      }
    }
    assert.ok(checked > 0, 'some claims are made by several sources');
  });
});
