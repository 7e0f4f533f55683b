/**
 * The indexing worker thread as the server starts it (dist/analysisWorker.js,
 * built by `npm test` before these tests): it prepares a file as the server's
 * own thread would, says why it could not read one, and a worker that fails
 * answers "nothing" so that the server reads the file itself.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext } from '../../server/src/analysis/analyze';
import { configSchema, defaultConfig } from '../../server/src/analysis/config';
import { prepareDocument, type LetGoDocument } from '../../server/src/analysis/corpus/prepare';
import { RULES } from '../../server/src/analysis/rules/index';
import { AnalysisWorker } from '../../server/src/lsp/indexing/workerHandle';
import { generateCorpus } from '../../bench/generateCorpus';

const WORKER_BUNDLE = join(__dirname, '..', '..', 'dist', 'analysisWorker.js');
const DOCS = generateCorpus({ articles: 5, seed: 5 });

describe('indexing worker thread', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'corroborate-worker-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const recipe = () => ({ config: defaultConfig(), annotations: [] });

  it('reads and prepares a file as the server would', async () => {
    const worker = AnalysisWorker.start(() => undefined, WORKER_BUNDLE);
    assert.ok(worker, `the worker bundle is built (${WORKER_BUNDLE})`);
    try {
      const ctx = createContext(defaultConfig());
      const paths = DOCS.map((d, i) => {
        const p = join(dir, `doc${i}.txt`);
        writeFileSync(p, d.text);
        return p;
      });
      const results = await Promise.all(paths.map((p, i) => worker.prepare(`file:///doc${i}`, p, ctx, recipe)));
      results.forEach((r, i) => {
        assert.ok(r && 'prepared' in r, 'prepared in the worker');
        const here = prepareDocument(`file:///doc${i}`, DOCS[i].text, ctx, RULES.filter((x) => x.scope === 'document'), false);
        assert.deepStrictEqual(r.prepared, here);
      });
      assert.deepStrictEqual(await worker.prepare('file:///missing', join(dir, 'missing.txt'), ctx, recipe), { id: DOCS.length, unreadable: 'no such file' });
    } finally {
      worker.close();
    }
  });

  it('prepares files asked for together in batches, each under the context it was asked under', async () => {
    const worker = AnalysisWorker.start(() => undefined, WORKER_BUNDLE)!;
    try {
      // "appropriation" is a word for funding under the second settings only: the analyses differ.
      const second = configSchema.parse({ measures: { funding: ['appropriation'] } });
      const contexts = [createContext(defaultConfig()), createContext(second)];
      const recipes = [recipe, () => ({ config: second, annotations: [] })];
      const docs = generateCorpus({ articles: 40, seed: 9 }).map((d, i) => {
        const path = join(dir, `batch${i}.txt`);
        const text = `${d.text}\nKestrel Robotics received a $${40 + i} million public appropriation.\n`;
        writeFileSync(path, text);
        return { uri: `file:///batch${i}`, path, text, under: i < 20 ? 0 : 1 };
      });
      // All asked for at once: the worker takes them in batches, the new context between the 20th and the 21st.
      const results = await Promise.all(docs.map((d) => worker.prepare(d.uri, d.path, contexts[d.under], recipes[d.under])));
      const rules = RULES.filter((x) => x.scope === 'document');
      results.forEach((r, i) => {
        const d = docs[i];
        assert.ok(r && 'prepared' in r, `${d.uri} prepared in the worker`);
        assert.deepStrictEqual(r.prepared, prepareDocument(d.uri, d.text, contexts[d.under], rules, false), d.uri);
      });
      // The appended figure is a funding claim under the second settings only.
      results.forEach((r, i) => {
        const claims = (r as { prepared: LetGoDocument }).prepared.analysis.claims;
        const funding = claims.some((c) => c.figure.text === `$${40 + i} million` && c.measure === 'funding');
        assert.equal(funding, docs[i].under === 1, docs[i].uri);
      });
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
    assert.equal(await worker.prepare('file:///any', join(dir, 'any.txt'), ctx, recipe), undefined);
    assert.equal(worker.alive, false);
    assert.equal(worker.closed, false, 'failed, not closed: the server reads what it had');
    assert.ok(logs.some((l) => l.includes('broken worker')));
    assert.equal(await worker.prepare('file:///any', join(dir, 'any.txt'), ctx, recipe), undefined);
    assert.equal(AnalysisWorker.start(() => undefined, join(dir, 'absent.js')), undefined);
  });
});
