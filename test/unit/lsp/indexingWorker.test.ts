/**
 * The language server's indexing worker (server/src/lsp/indexing): an
 * analysis that crossed a thread boundary is the analysis made here, the
 * worker rebuilds the server's context (with the annotations' tags), and a
 * worker that fails answers "nothing" rather than losing a document.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeDocument, createContext } from '../../../server/src/analysis/analyze';
import { defaultConfig } from '../../../server/src/analysis/config';
import { Corpus } from '../../../server/src/analysis/corpus/corpus';
import { AnnotationIndex } from '../../../server/src/analysis/annotations/layer';
import { contextFromRecipe, reviveAnalysis } from '../../../server/src/lsp/indexing/protocol';
import { AnalysisWorker } from '../../../server/src/lsp/indexing/workerHandle';
import { generateCorpus } from '../../../bench/generateCorpus';
import { allFindings } from '../../helpers/corpus';
import { annotate } from '../annotations/fixtures';

const DOCS = generateCorpus({ articles: 40, seed: 5 });
const WORKER_BUNDLE = join(__dirname, '..', '..', '..', 'dist', 'analysisWorker.js');

describe('lsp/indexing worker', () => {
  it('an analysis revived from a structured clone equals the original, with each claim pointing into its own figures', () => {
    const ctx = createContext(defaultConfig());
    for (const d of DOCS) {
      const here = analyzeDocument(d.text, ctx);
      const there = reviveAnalysis(structuredClone(here));
      assert.deepStrictEqual(there, here);
      for (const c of there.claims) assert.equal(c.figure, there.figures[c.figureIndex]);
      assert.equal(there.sentences.indexAt(there.claims[0]?.sentence.start ?? 0), here.sentences.indexAt(here.claims[0]?.sentence.start ?? 0));
    }
  });

  it('Corpus.setAnalysed with analyses made elsewhere gives the findings Corpus.set gives', () => {
    const ctx = createContext(defaultConfig());
    const a = new Corpus(ctx);
    const b = new Corpus(ctx);
    for (const d of DOCS) {
      a.set(d.name, d.text);
      b.setAnalysed(d.name, d.text, reviveAnalysis(structuredClone(analyzeDocument(d.text, ctx))));
    }
    assert.ok(allFindings(a).length > 0);
    assert.deepStrictEqual(allFindings(b), allFindings(a));
    // The same text again changes nothing.
    assert.equal(b.setAnalysed(DOCS[0].name, DOCS[0].text, analyzeDocument(DOCS[0].text, ctx)).size, 0);
  });

  it('rebuilds the context the corpus has from the config and the annotations (tags extend the lexicon)', () => {
    const config = defaultConfig();
    const text = 'Zorblat Dynamics raised $40 million. Quux Partners put in $2 million.';
    const annotations = [
      annotate({ kind: 'tag', entityType: 'organization' }, [{ source: 'a.txt', text, quote: 'Zorblat Dynamics' }]),
      annotate({ kind: 'not-entity' }, [{ source: 'a.txt', text, quote: 'Quux Partners' }]),
    ];
    const layer = new AnnotationIndex(() => undefined);
    layer.update(annotations);
    const server = layer.extendContext(createContext(config));
    const rebuilt = contextFromRecipe(structuredClone({ config, annotations }));
    assert.notEqual(server.lexicon, createContext(config).lexicon);
    assert.deepStrictEqual(analyzeDocument(text, rebuilt), analyzeDocument(text, server));
    assert.ok(analyzeDocument(text, rebuilt).entities.some((e) => e.text === 'Zorblat Dynamics'));
  });

  describe('worker thread', () => {
    let dir: string;
    before(() => (dir = mkdtempSync(join(tmpdir(), 'corroborate-worker-'))));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const recipe = () => ({ config: defaultConfig(), annotations: [] });

    it('reads and analyses a file as the server would (dist/analysisWorker.js)', async function () {
      if (!existsSync(WORKER_BUNDLE)) this.skip();
      const worker = AnalysisWorker.start(() => undefined, WORKER_BUNDLE)!;
      try {
        const ctx = createContext(defaultConfig());
        const paths = DOCS.slice(0, 5).map((d, i) => {
          const p = join(dir, `doc${i}.txt`);
          writeFileSync(p, d.text);
          return p;
        });
        const results = await Promise.all(paths.map((p) => worker.analyse(p, ctx, recipe)));
        results.forEach((r, i) => {
          assert.ok(r && 'analysis' in r && r.analysis, 'analysed in the worker');
          assert.equal(r.text, DOCS[i].text);
          assert.deepStrictEqual(r.analysis, analyzeDocument(DOCS[i].text, ctx));
        });
        assert.deepStrictEqual(await worker.analyse(join(dir, 'missing.txt'), ctx, recipe), { id: 5, unreadable: 'no such file' });
      } finally {
        worker.close();
      }
    });

    it('a worker that fails answers undefined (the server reads and analyses here); none when there is no bundle', async () => {
      const broken = join(dir, 'broken.js');
      writeFileSync(broken, 'throw new Error("broken worker");');
      const logs: string[] = [];
      const worker = AnalysisWorker.start((m) => logs.push(m), broken)!;
      const ctx = createContext(defaultConfig());
      assert.equal(await worker.analyse(join(dir, 'any.txt'), ctx, recipe), undefined);
      assert.equal(worker.alive, false);
      assert.equal(worker.closed, false, 'failed, not closed: the server reads what it had');
      assert.ok(logs.some((l) => l.includes('broken worker')));
      assert.equal(await worker.analyse(join(dir, 'any.txt'), ctx, recipe), undefined);
      assert.equal(AnalysisWorker.start(() => undefined, join(dir, 'absent.js')), undefined);
    });
  });
});
