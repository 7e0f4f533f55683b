/**
 * The language server's indexing worker (server/src/lsp/indexing): a
 * document prepared in another thread is the one prepared here, and the
 * worker rebuilds the server's context (with the annotations' tags). The
 * worker thread itself is tested with the built server (test/server).
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument, createContext } from '../../../server/src/analysis/analyze';
import { defaultConfig } from '../../../server/src/analysis/config';
import { Corpus } from '../../../server/src/analysis/corpus/corpus';
import { AnnotationIndex } from '../../../server/src/analysis/annotations/layer';
import { contextFromRecipe, revivePrepared } from '../../../server/src/lsp/indexing/protocol';
import { prepareDocument } from '../../../server/src/analysis/corpus/prepare';
import { RULES } from '../../../server/src/analysis/rules/index';
import { generateCorpus } from '../../../bench/generateCorpus';
import { allFindings } from '../../helpers/corpus';
import { annotate } from '../annotations/fixtures';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnalysisWorker } from '../../../server/src/lsp/indexing/workerHandle';

const DOCS = generateCorpus({ articles: 40, seed: 5 });
const DOCUMENT_RULES = RULES.filter((r) => r.scope === 'document');

describe('lsp/indexing worker', () => {
  it('a prepared document revived from a structured clone equals the original, with each claim pointing into its own figures', () => {
    const ctx = createContext(defaultConfig());
    for (const d of DOCS) {
      const here = prepareDocument(d.name, d.text, ctx, DOCUMENT_RULES, false);
      const there = revivePrepared(structuredClone(here));
      assert.deepStrictEqual(there, here);
      // As the worker prepares it: its strings not copied out of the text before the clone copies them.
      assert.deepStrictEqual(revivePrepared(structuredClone(prepareDocument(d.name, d.text, ctx, DOCUMENT_RULES, false, false))), here);
      for (const c of there.analysis.claims) assert.equal(c.figure, there.analysis.figures[c.figureIndex]);
      assert.equal(there.letGo.lines.positionAt(d.text.length).line, here.letGo.lines.positionAt(d.text.length).line);
      const { sentences } = there.analysis;
      assert.deepStrictEqual(sentences.at(sentences.end(0)), here.analysis.sentences.at(sentences.end(0)));
    }
  });

  it('Corpus.setPrepared with documents prepared elsewhere gives the findings Corpus.set gives', () => {
    const ctx = createContext(defaultConfig());
    const disk = new Map(DOCS.map((d) => [d.name, d.text]));
    const texts = { keep: () => false, read: (doc: string) => disk.get(doc) };
    const a = new Corpus(ctx, { texts });
    const b = new Corpus(ctx, { texts });
    const prepare = (d: { name: string; text: string }) => revivePrepared(structuredClone(prepareDocument(d.name, d.text, ctx, DOCUMENT_RULES, false)));
    for (const d of DOCS) {
      a.set(d.name, d.text);
      b.setPrepared(d.name, prepare(d));
    }
    assert.ok(allFindings(a).length > 0);
    assert.deepStrictEqual(allFindings(b), allFindings(a));
    assert.deepStrictEqual(b.fullAnalysis(DOCS[0].name), analyzeDocument(DOCS[0].text, ctx));
    // The same text again changes nothing; another does.
    assert.equal(b.setPrepared(DOCS[0].name, prepare(DOCS[0])).size, 0);
    assert.ok(b.setPrepared(DOCS[0].name, prepare(DOCS[1])).has(DOCS[0].name));
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

  describe('a batch from the worker', () => {
    let dir: string | undefined;
    let worker: AnalysisWorker | undefined;
    // Closed even when the test fails, so that no worker thread outlives it.
    afterEach(() => {
      worker?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('whose documents cannot be revived is taken without failing: each is left to the server\'s thread', async () => {
      // A worker that answers two requests in one message, with documents that are not prepared documents.
      dir = mkdtempSync(join(tmpdir(), 'corroborate-worker-'));
      const file = join(dir, 'worker.js');
      writeFileSync(
        file,
        `const { parentPort } = require('node:worker_threads');
         const ids = [];
         parentPort.on('message', (m) => {
           if (m.kind !== 'prepare') return;
           ids.push(m.id);
           if (ids.length === 2) parentPort.postMessage({ prepared: ids.map((id) => ({ id, prepared: { analysis: {}, letGo: {} } })) });
         });`,
      );
      const logs: string[] = [];
      worker = AnalysisWorker.start((m) => logs.push(m), file);
      assert.ok(worker);
      const ctx = createContext(defaultConfig());
      const recipe = () => ({ config: ctx.config, annotations: [] });
      const results = await Promise.all([worker.prepare('a', join(dir, 'a.txt'), ctx, recipe), worker.prepare('b', join(dir, 'b.txt'), ctx, recipe)]);
      assert.deepEqual(results, [undefined, undefined], 'each resolves to nothing: the server reads and prepares it itself');
      assert.equal(logs.filter((l) => l.includes('could not take a prepared document')).length, 2);
      assert.ok(worker.alive, 'the worker goes on');
    });
  });
});
