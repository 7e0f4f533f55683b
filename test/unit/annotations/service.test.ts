import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Corpus } from '../../../server/src/analysis/corpus/corpus';
import { createContext } from '../../../server/src/analysis/analyze';
import { defaultConfig } from '../../../server/src/analysis/config';
import { AnnotationCommandError, AnnotationService } from '../../../server/src/lsp/annotations/service';

const TEXT = 'Rapidus received $6.7 billion in government backing, Nikkei reported.';

/** The protocol-free service on an in-memory corpus and a real store in a temporary folder. */
describe('annotations: the server-side service', () => {
  let root: string;
  let corpus: Corpus;
  let service: AnnotationService;
  let refreshed: string[];
  let uri: string;
  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'corroborate-service-'));
    mkdirSync(join(root, 'news'));
    writeFileSync(join(root, 'news', 'a.txt'), TEXT);
    uri = pathToFileURL(join(root, 'news', 'a.txt')).href;
    corpus = new Corpus(createContext(defaultConfig()));
    refreshed = [];
    service = new AnnotationService(root, { corpus, openText: () => undefined, refresh: (uris) => refreshed.push(...uris), changed: () => undefined });
    corpus.setAnnotations(service.index);
    corpus.set(uri, TEXT);
    await service.load();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('notes show in hovers where they are anchored, with their text escaped', async () => {
    const at = TEXT.indexOf('$6.7 billion');
    await service.addNote(uri, at, at + 12, 'See [the budget](command:evil) <img src=x> **now**');
    assert.deepEqual(service.hoverLines(uri, TEXT.indexOf('Nikkei')), []);
    const [line] = service.hoverLines(uri, at + 3);
    assert.ok(line?.startsWith('**Note:** '));
    assert.ok(!/(?<!\\)\]\(|(?<!\\)<img|(?<!\\)\*\*now/.test(line!.slice('**Note:** '.length)), line);
  });

  it('lists annotations with their state, and follows the text when it changes', async () => {
    const at = TEXT.indexOf('Nikkei');
    const note = await service.addNote(uri, at, at + 6, 'which edition?');
    let { items } = await service.items();
    assert.deepEqual(items.map((i) => [i.id, i.state, i.source, i.start]), [[note.id, 'anchored', 'news/a.txt', at]]);
    corpus.set(uri, TEXT.replace('Nikkei reported', 'the paper said'));
    ({ items } = await service.items());
    assert.equal(items[0]!.state, 'orphaned');
    assert.match(items[0]!.problem!, /no longer in news\/a\.txt/);
  });

  it('refuses what it cannot anchor, with a message for the researcher', async () => {
    await assert.rejects(service.addNote('untitled:1', 0, 3, 'x'), AnnotationCommandError);
    await assert.rejects(service.addNote(uri, 4, 2, 'x'), /select the text/);
    await assert.rejects(service.addNote(uri, 0, 3, '   '), /needs text/);
    await assert.rejects(service.decideAt(uri, 0, 'dismissed'), /no finding here/);
    await assert.rejects(service.remove('nope'), /no annotation with id nope/);
  });

  it('a tag re-analyses the corpus so the name is an entity everywhere', async () => {
    const other = pathToFileURL(join(root, 'news', 'b.txt')).href;
    corpus.set(other, 'The Kumo team declined to comment.');
    assert.deepEqual(corpus.analysis(other)!.entities, []);
    corpus.set(uri, TEXT + ' Kumo joined.');
    const start = corpus.text(uri)!.indexOf('Kumo');
    await service.tag(uri, start, start + 4, 'organization');
    const after = corpus.analysis(other)!.entities.find((e) => e.text === 'Kumo');
    assert.equal(after?.source, 'annotation');
    assert.ok(refreshed.includes(other), 'the other document is re-published');
  });

  it('retired (its folder left), a service no longer applies its tags, nor brings them back with a command under way', async () => {
    const other = pathToFileURL(join(root, 'news', 'b.txt')).href;
    corpus.set(other, 'The Kumo team declined to comment.');
    corpus.set(uri, TEXT + ' Kumo joined.');
    const start = corpus.text(uri)!.indexOf('Kumo');
    await service.tag(uri, start, start + 4, 'organization');
    assert.ok(corpus.analysis(other)!.entities.some((e) => e.text === 'Kumo'));

    const next = mkdtempSync(join(tmpdir(), 'corroborate-next-'));
    try {
      const late = service.addNote(uri, start, start + 4, 'written as the folder leaves');
      const successor = new AnnotationService(next, { corpus, openText: () => undefined, refresh: (uris) => refreshed.push(...uris), changed: () => undefined });
      refreshed = [];
      await successor.install(service.retire());
      await late;
      assert.deepEqual(corpus.analysis(other)!.entities, [], 'the tag of the retired service no longer applies');
      assert.ok(refreshed.includes(other), 'and the document it changed is re-published');
      await successor.load();
      assert.deepEqual(corpus.analysis(other)!.entities, []);
    } finally {
      rmSync(next, { recursive: true, force: true });
    }
  });
});
