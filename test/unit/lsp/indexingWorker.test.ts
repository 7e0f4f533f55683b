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
import { contextFromRecipe } from '../../../server/src/lsp/indexing/protocol';
import { packBatch, unpackBatch } from '../../../server/src/lsp/indexing/packing';
import { prepareDocument, prepareDocuments, type LetGoDocument } from '../../../server/src/analysis/corpus/prepare';
import { RULES } from '../../../server/src/analysis/rules/index';
import { generateCorpus } from '../../../bench/generateCorpus';
import { allFindings } from '../../helpers/corpus';
import { annotate } from '../annotations/fixtures';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnalysisWorker } from '../../../server/src/lsp/indexing/workerHandle';

const DOCS = generateCorpus({ articles: 40, seed: 5 });
const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
/** A claim restated in another currency (Claim.conversion). */
const CONVERSION = 'Kestrel Robotics Inc. secured 3 trillion yen (nearly 19 billion USD) in government funding.';
const DOCUMENT_RULES = RULES.filter((r) => r.scope === 'document');

/** Prepared documents as the server receives them from the worker: packed, cloned with their typed arrays moved, unpacked. */
function acrossThreads(docs: LetGoDocument[]): LetGoDocument[] {
  const transfer: ArrayBuffer[] = [];
  const packed = packBatch(docs.map((prepared, id) => ({ id, prepared })), transfer);
  return unpackBatch(structuredClone(packed, { transfer })).map(({ id, prepared }, i) => {
    assert.equal(id, i);
    assert.ok(prepared);
    return prepared;
  });
}

describe('lsp/indexing worker', () => {
  it('prepared documents packed by the worker and unpacked by the server equal the originals, with each claim pointing into its own figures', () => {
    const ctx = createContext(defaultConfig());
    // Every shape the engine gives a figure, mention or claim: money and ranges, conversions, the seeds' page furniture.
    const seeds = readdirSync(SEEDS).map((f) => ({ name: f, text: readFileSync(join(SEEDS, f), 'utf8') }));
    const all = [...DOCS, ...generateCorpus({ articles: 400, seed: 9 }), ...seeds, { name: 'conversion.txt', text: CONVERSION }];
    let conversions = 0;
    for (let i = 0; i < all.length; i += 16) {
      const batch = all.slice(i, i + 16);
      const here = batch.map((d) => prepareDocument(d.name, d.text, ctx, DOCUMENT_RULES, false));
      // As the worker prepares them: together, their strings not copied out of the texts first.
      const there = acrossThreads(prepareDocuments(batch.map((d) => d.name), batch.map((d) => d.text), ctx, DOCUMENT_RULES, false, false));
      assert.deepStrictEqual(there, here);
      there.forEach((doc, k) => {
        for (const c of doc.analysis.claims) {
          assert.equal(c.figure, doc.analysis.figures[c.figureIndex]);
          if (c.conversion) conversions++;
        }
        const { text } = batch[k];
        assert.equal(doc.letGo.lines.positionAt(text.length).line, here[k].letGo.lines.positionAt(text.length).line);
        const { sentences } = doc.analysis;
        assert.deepStrictEqual(sentences.at(sentences.end(0)), here[k].analysis.sentences.at(sentences.end(0)));
      });
    }
    assert.ok(conversions > 0, 'a claim with a conversion crossed too');
  });

  it('refuses to pack a claim whose figure is not in its document\'s figures (the worker then sends the texts back)', () => {
    const ctx = createContext(defaultConfig());
    const doc = prepareDocument(DOCS[0].name, DOCS[0].text, ctx, DOCUMENT_RULES, false);
    const claim = doc.analysis.claims[0];
    assert.ok(claim);
    claim.figure = { ...claim.figure };
    assert.throws(() => packBatch([{ id: 0, prepared: doc }], []), /a claim's figure is not figures\[0\]/);
  });

  it('Corpus.setPrepared with documents prepared elsewhere gives the findings Corpus.set gives', () => {
    const ctx = createContext(defaultConfig());
    const disk = new Map(DOCS.map((d) => [d.name, d.text]));
    const texts = { keep: () => false, read: (doc: string) => disk.get(doc) };
    const a = new Corpus(ctx, { texts });
    const b = new Corpus(ctx, { texts });
    const prepare = (d: { name: string; text: string }) => acrossThreads([prepareDocument(d.name, d.text, ctx, DOCUMENT_RULES, false)])[0];
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

    /** A worker that answers the first two requests in one message, `message` (JavaScript source, with `ids` in scope). */
    async function answeredWith(message: string): Promise<{ results: unknown[]; logs: string[]; worker: AnalysisWorker }> {
      dir = mkdtempSync(join(tmpdir(), 'corroborate-worker-'));
      const file = join(dir, 'worker.js');
      writeFileSync(
        file,
        `const { parentPort } = require('node:worker_threads');
         const ids = [];
         parentPort.on('message', (m) => {
           if (m.kind !== 'prepare') return;
           ids.push(m.id);
           if (ids.length === 2) parentPort.postMessage(${message});
         });`,
      );
      const logs: string[] = [];
      worker = AnalysisWorker.start((m) => logs.push(m), file);
      assert.ok(worker);
      const ctx = createContext(defaultConfig());
      const recipe = () => ({ config: ctx.config, annotations: [] });
      const results = await Promise.all([worker.prepare('a', join(dir, 'a.txt'), ctx, recipe), worker.prepare('b', join(dir, 'b.txt'), ctx, recipe)]);
      return { results, logs, worker };
    }

    it('whose documents cannot be unpacked is taken without failing: each is left to the server\'s thread', async () => {
      // A batch that holds none of their figures, mentions or claims.
      const { results, logs, worker } = await answeredWith('{ packed: { shells: ids.map((id) => ({ id })), strings: [], codes: new Int32Array(0), numbers: new Float64Array(0) } }');
      assert.deepEqual(results, [undefined, undefined], 'each resolves to nothing: the server reads and prepares it itself');
      assert.equal(logs.filter((l) => l.includes('could not take a prepared document')).length, 2);
      assert.ok(worker.alive, 'the worker goes on');
    });

    it('that cannot be read at all stops the worker, and what it had is left to the server\'s thread', async () => {
      const { results, logs, worker } = await answeredWith('{ packed: 5 }');
      assert.deepEqual(results, [undefined, undefined]);
      assert.ok(logs.some((l) => l.includes('indexing worker stopped (unreadable message')), logs.join('\n'));
      assert.ok(!worker.alive && !worker.closed, 'failed, not closed: the queue reads its files here');
    });
  });
});
