/**
 * The server's text source (lsp/textSource.ts): texts of closed articles read
 * back from disk, the few read last kept while the file's size and time stamp
 * stay the same, but not those read once among many; an open document's text
 * comes from the editor.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { diskTextSource } from '../../../server/src/lsp/textSource';

describe('lsp/text source', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'corroborate-texts-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a closed article from disk, and gives the editor\'s text of an open one', () => {
    const path = join(dir, 'a.article.txt');
    writeFileSync(path, 'Acme raised $5 million.');
    const uri = pathToFileURL(path).href;
    const open = new Map<string, string>();
    const texts = diskTextSource((u) => open.has(u), (u) => open.get(u));
    assert.equal(texts.read(uri), 'Acme raised $5 million.');
    open.set(uri, 'Acme raised $6 million (unsaved).');
    assert.equal(texts.read(uri), 'Acme raised $6 million (unsaved).');
    assert.equal(texts.keep(uri), true);
    assert.equal(texts.read('untitled:Untitled-1'), undefined);
  });

  it('keeps a text read lately while the file\'s size and time are the same, and reads it again when they change', () => {
    const path = join(dir, 'a.article.txt');
    // Whole seconds: a time stamp put back exactly as it was.
    const when = 1_700_000_000;
    writeFileSync(path, 'Acme raised $5 million.');
    utimesSync(path, when, when);
    const uri = pathToFileURL(path).href;
    const texts = diskTextSource(() => false, () => undefined);
    assert.equal(texts.read(uri), 'Acme raised $5 million.');
    // Same size, time stamp put back: the stamp says unchanged, so the kept text is given.
    writeFileSync(path, 'Acme raised $7 million.');
    utimesSync(path, when, when);
    assert.equal(texts.read(uri), 'Acme raised $5 million.');
    // Another size: read again.
    writeFileSync(path, 'Acme raised $70 million.');
    assert.equal(texts.read(uri), 'Acme raised $70 million.');
    // Gone: nothing, not the text kept.
    unlinkSync(path);
    assert.equal(texts.read(uri), undefined);
  });

  it('does not keep a text read once among many, nor let such reads push out the texts kept', () => {
    const when = 1_700_000_000;
    const write = (name: string, text: string) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      utimesSync(path, when, when);
      return pathToFileURL(path).href;
    };
    const texts = diskTextSource(() => false, () => undefined);
    const hovered = write('hovered.article.txt', 'Acme raised $5 million.');
    assert.equal(texts.read(hovered), 'Acme raised $5 million.');
    // More reads than the source keeps texts, each once among many (a tag re-checking every article).
    const others = Array.from({ length: 100 }, (_, i) => write(`other${i}.article.txt`, `Other ${i}.`));
    for (const uri of others) assert.match(texts.read(uri, true) ?? '', /^Other /);
    // A change the stamp cannot see: the hovered text is still the one kept, the other read from disk again.
    write('hovered.article.txt', 'Acme raised $7 million.');
    write('other0.article.txt', 'Other X.');
    assert.equal(texts.read(hovered), 'Acme raised $5 million.');
    assert.equal(texts.read(others[0]), 'Other X.');
  });
});
