/**
 * Documents analysed in batches (analyzeDocuments, Corpus.setAll) come out
 * as each does alone: nothing one text leaves behind in the engine's reused
 * buffers reaches the next, and a corpus filled with setAll reports what one
 * filled document by document reports, in the same order.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, analyzeDocuments, createContext } from '../../../server/src/analysis/analyze';
import { extractFigures } from '../../../server/src/analysis/extract/figures';
import { extractEntities } from '../../../server/src/analysis/extract/entities';
import { buildClaims } from '../../../server/src/analysis/claims/claims';
import { splitSentences } from '../../../server/src/analysis/text/sentences';
import { SLOT_UNITS } from '../../../server/src/analysis/text/codeUnits';
import { configSchema, defaultConfig } from '../../../server/src/analysis/config';
import { Corpus, type TextSource } from '../../../server/src/analysis/corpus/corpus';
import { generateCorpus } from '../../../bench/generateCorpus';
import { allFindings } from '../../helpers/corpus';
import { prepareDocument, prepareDocumentsEach } from '../../../server/src/analysis/corpus/prepare';
import { RULES } from '../../../server/src/analysis/rules/index';
import type { Rule } from '../../../server/src/analysis/rules/rule';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const DOCS = [
  ...generateCorpus({ articles: 60, seed: 21 }).map((d) => [d.name, d.text] as const),
  ...readdirSync(SEEDS).map((f) => [f, readFileSync(join(SEEDS, f), 'utf8')] as const),
  ['empty.txt', ''] as const,
];

describe('corpus/batches', () => {
  it('analyses each text of a batch as it analyses it alone', () => {
    for (const config of [defaultConfig(), configSchema.parse({ ignore: ['^Advertisement:.*$', 'Comments?\\b.*$'] })]) {
      const ctx = createContext(config);
      const texts = DOCS.map(([, text]) => text);
      const batched = analyzeDocuments(texts, ctx);
      assert.equal(batched.length, texts.length);
      texts.forEach((text, i) => assert.deepStrictEqual(batched[i], analyzeDocument(text, ctx), DOCS[i][0]));
    }
  });

  it('hands every pass of a batch the code units it copied once: the same figures, entities and claims as passes that copy their own', () => {
    const ctx = createContext(defaultConfig());
    // A text longer than a batch slot keeps sits amid the others.
    const long = DOCS.slice(0, 40).map(([, text]) => text).join('\n\n');
    assert.ok(long.length > SLOT_UNITS);
    const texts = DOCS.map(([, text]) => text);
    texts.splice(5, 0, long);
    const batched = analyzeDocuments(texts, ctx);
    texts.forEach((text, i) => {
      const figures = extractFigures(text, { rates: ctx.rates, documentDate: batched[i].documentDate });
      const entities = extractEntities(text, ctx.lexicon);
      assert.deepStrictEqual(batched[i].figures, figures, `figures of text ${i}`);
      assert.deepStrictEqual(batched[i].entities, entities, `entities of text ${i}`);
      assert.deepStrictEqual(batched[i].claims, buildClaims(text, splitSentences(text), figures, entities, ctx.config), `claims of text ${i}`);
    });
  });

  it('fills a corpus with setAll as with set, document by document, texts kept or let go', () => {
    const disk = new Map(DOCS);
    // Every third text is kept (an open document), the others are let go: setAll prepares the two apart.
    const texts: TextSource = { keep: (doc) => DOCS.findIndex(([d]) => d === doc) % 3 === 0, read: (doc) => disk.get(doc) };
    const one = new Corpus(createContext(defaultConfig()), { texts });
    const affectedOne = new Set<string>();
    for (const [doc, text] of DOCS) for (const d of one.set(doc, text)) affectedOne.add(d);
    const all = new Corpus(createContext(defaultConfig()), { texts });
    const affectedAll = all.setAll(DOCS);
    assert.deepEqual([...all.documents()], [...one.documents()], 'the same documents in the same order');
    assert.deepEqual([...affectedAll].sort(), [...affectedOne].sort());
    const findings = allFindings(one);
    assert.ok(findings.some((f) => f.code === 'figure-conflict'), 'the fixture has conflicts across documents');
    assert.deepEqual(allFindings(all), findings);
    for (const [doc] of DOCS) assert.deepEqual(all.analysis(doc), one.analysis(doc), doc);
  });

  it('leaves an unchanged text alone and replaces a changed one, as set does', () => {
    const corpus = new Corpus(createContext(defaultConfig()));
    corpus.setAll(DOCS);
    const [doc, text] = DOCS[0];
    const before = corpus.analysis(doc);
    assert.deepEqual([...corpus.setAll([[doc, text]])], [], 'nothing is affected by the same text');
    assert.equal(corpus.analysis(doc), before, 'the analysis is kept, not made again');
    const changed = text.replace(/\d/, '9');
    assert.notEqual(changed, text);
    assert.ok(corpus.setAll([[doc, changed]]).has(doc));
    assert.deepEqual(corpus.analysis(doc), analyzeDocument(changed, createContext(defaultConfig())));
  });

  it('keeps a failure to its own document: the rest of a batch is prepared as each alone', () => {
    const ctx = createContext(defaultConfig());
    const rules = RULES.filter((r) => r.scope === 'document');
    const failing = DOCS[3][0];
    const throwsOnOne: Rule = { ...rules[0], check: (input) => (input.doc === failing ? assert.fail('this rule fails on one document') : rules[0].check(input)) };
    const withFailure = [throwsOnOne, ...rules.slice(1)];
    const docs = DOCS.slice(0, 8);
    for (const keep of [true, false]) {
      const prepared = prepareDocumentsEach(docs.map(([doc]) => doc), docs.map(([, text]) => text), ctx, withFailure, keep);
      docs.forEach(([doc, text], i) => {
        if (doc === failing) assert.equal(prepared[i], undefined, 'the failing document is left out');
        else assert.deepStrictEqual(prepared[i], prepareDocument(doc, text, ctx, rules, keep), doc);
      });
    }
    // A corpus filled with setAll throws that document's failure, as set() would.
    const corpus = new Corpus(ctx, { rules: withFailure });
    assert.throws(() => corpus.setAll(docs), /this rule fails on one document/);
  });
});
