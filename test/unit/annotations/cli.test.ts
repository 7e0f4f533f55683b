import { strict as assert } from 'node:assert';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli as run } from '../../helpers/runCli';
import { AnnotationStore, storePathFor } from '../../../server/src/io/annotationStore';
import { ARTICLE, annotate } from './fixtures';
import { copyFileSync } from 'node:fs';
import { SEEDS } from '../../helpers/paths';
import { createTarget } from '../../../server/src/analysis/annotations/anchor';
import { buildAnnotation } from '../../../server/src/analysis/annotations/create';
import { Corpus } from '../../../server/src/analysis/corpus/corpus';
import { createContext } from '../../../server/src/analysis/analyze';
import { defaultConfig } from '../../../server/src/analysis/config';

describe('cli: corroborate annotations export|import', () => {
  let root: string;
  let store: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'corroborate-cli-ann-'));
    store = storePathFor(root);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('exports the store as JSON-LD (stdout or a file) and imports it back unchanged', async () => {
    const s = new AnnotationStore(store);
    await s.load();
    const anns = [
      annotate({ kind: 'note', body: 'check' }, [{ source: 'news/a.txt', text: ARTICLE, quote: 'Rapidus' }]),
      annotate({ kind: 'decision', decision: 'dismissed', code: 'figure-conflict', fingerprint: 'fp' }, [{ source: 'news/a.txt', text: ARTICLE, quote: '$6.7 billion' }]),
    ];
    await s.add(...anns);

    const out = await run(['annotations', 'export', '--store', store]);
    assert.equal(out.code, 0, out.err);
    const doc = JSON.parse(out.out);
    assert.equal(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.ok(doc.first.items[0].target[0].source.startsWith('file://'));

    const file = join(root, 'export.jsonld');
    assert.equal((await run(['annotations', 'export', `--store=${store}`, file])).code, 0);
    const otherStore = join(root, 'copy', '.corroborate', 'annotations.json');
    // Same workspace-relative paths: import into a store of the same root.
    const r = await run(['annotations', 'import', '--store', storePathFor(root), file]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /2 annotations imported/);
    const again = new AnnotationStore(store);
    await again.load();
    assert.deepEqual([...again.annotations].sort((a, b) => a.id.localeCompare(b.id)), [...anns].sort((a, b) => a.id.localeCompare(b.id)));
    // Another workspace: the documents are outside it, so nothing is imported and it says why.
    const elsewhere = await run(['annotations', 'import', '--store', otherStore, file]);
    assert.equal(elsewhere.code, 2);
    assert.match(elsewhere.err, /outside the workspace/);
  });

  it('exits 2 with a clear message on bad usage, bad input, or a damaged store (left untouched)', async () => {
    assert.equal((await run(['annotations'])).code, 2);
    assert.match((await run(['annotations', 'sync'])).err, /export or import, not "sync"/);
    assert.equal((await run(['annotations', 'export', '--store'])).code, 2);
    const bad = join(root, 'bad.json');
    writeFileSync(bad, '{ nope');
    const r = await run(['annotations', 'import', '--store', store, bad]);
    assert.equal(r.code, 2);
    assert.match(r.err, /not valid JSON/);
    mkdirSync(join(root, '.corroborate'), { recursive: true });
    writeFileSync(store, '{"version": 7, "annotations": []}');
    const damaged = await run(['annotations', 'export', '--store', store]);
    assert.equal(damaged.code, 2);
    assert.match(damaged.err, /newer version/);
    assert.equal(readFileSync(store, 'utf8'), '{"version": 7, "annotations": []}');
  });

  it('check leaves out the findings the store has decisions about, and only those', async () => {
    mkdirSync(join(root, 'seeds'));
    const files = ['002_593483594eccef51.txt', '004_5df53368cf9f0326.txt'].map((f) => {
      copyFileSync(join(SEEDS, f), join(root, 'seeds', f));
      return join(root, 'seeds', f);
    });
    const before = await run(['check', '--format', 'json', '--store', join(root, 'none.json'), ...files]);
    assert.match(before.err, /none\.json: no such file; decisions not applied/);
    const findings = JSON.parse(before.out).findings as Array<{ code: string; path: string; start: number; end: number }>;
    // The fingerprint is not in the CLI's output: take it from the engine, as the editor's quick fix does.
    const corpus = new Corpus(createContext(defaultConfig()));
    for (const f of files) corpus.set(f, readFileSync(f, 'utf8'));
    const decided = corpus.findings(files[1]!).find((f) => f.code === 'figure-conflict');
    assert.ok(decided, 'the seeds conflict');
    // One decision about the pair settles both sides: 004's warning and 002's, whose related span it targets.
    const settled = findings.filter((f) => f.code === 'figure-conflict');
    assert.equal(settled.length, 2);
    const text = readFileSync(decided.doc, 'utf8');
    const decision = buildAnnotation(
      { kind: 'decision', decision: 'dismissed', code: 'figure-conflict', fingerprint: decided.fingerprint },
      [createTarget('seeds/004_5df53368cf9f0326.txt', text, decided.start, decided.end)],
      'd1',
      new Date(),
    );
    const s = new AnnotationStore(store);
    await s.load();
    await s.add(decision);
    const after = await run(['check', '--format', 'json', '--store', store, ...files]);
    const left = JSON.parse(after.out).findings as typeof findings;
    assert.deepEqual(left, findings.filter((f) => !settled.includes(f)));
  });
});
