/**
 * A document whose text the corpus lets go keeps only its claims' figures;
 * fullAnalysis makes the rest again, the same as the analysis of the text,
 * and the index, the findings and the other documents see no difference.
 */
import { strict as assert } from 'node:assert';
import { Corpus } from '../../../server/src/analysis/corpus/corpus';
import { analyzeDocument, createContext } from '../../../server/src/analysis/analyze';
import { defaultConfig } from '../../../server/src/analysis/config';
import { CHECK_CORPUS } from '../../../server/src/cli/checkCorpus';

const A =
  'Tokyo, March 3, 2025. Kestrel Robotics Inc. secured $500 million in government funding. ' +
  'The plant in Osaka will employ 1,200 people by 2027, the company said. 4 comments. 12 min read.';
const B = 'Backed by $650 million in government funding, Kestrel Robotics will build a plant in Osaka.';

function corpusLettingGo(disk: Map<string, string>): Corpus {
  return new Corpus(createContext(defaultConfig()), { texts: { keep: () => false, read: (doc) => disk.get(doc) } });
}

describe('corpus/slim analyses', () => {
  it("keeps a let-go document's claims, mentions and sentences, and of its figures only its claims'", () => {
    const disk = new Map([['a', A], ['b', B]]);
    const corpus = corpusLettingGo(disk);
    corpus.set('a', A);
    corpus.set('b', B);
    const full = analyzeDocument(A, corpus.context);
    const slim = corpus.analysis('a')!;
    assert.ok(full.figures.length > full.claims.length, 'the text has figures that are no claim');
    assert.deepEqual(slim.figures.map((f) => f.text), full.claims.map((c) => c.figure.text));
    assert.deepEqual(slim.claims.map((c) => c.key), full.claims.map((c) => c.key));
    assert.deepEqual(slim.claims.map((c) => slim.figures[c.figureIndex]), slim.claims.map((c) => c.figure));
    assert.deepEqual(slim.entities.map((m) => m.text), full.entities.map((m) => m.text));
    assert.equal(slim.sentences, corpus.analysis("a")!.sentences);
    assert.deepEqual(Array.from({ length: full.sentences.length }, (_, i) => slim.sentences.span(i)), Array.from({ length: full.sentences.length }, (_, i) => full.sentences.span(i)));
    assert.equal(corpus.findings('b')[0]?.code, 'figure-conflict');
  });

  it('makes the whole analysis again, the same, and the findings do not change', () => {
    const disk = new Map([['a', A], ['b', B]]);
    const corpus = corpusLettingGo(disk);
    corpus.set('a', A);
    corpus.set('b', B);
    const findings = JSON.stringify([corpus.findings('a'), corpus.findings('b')]);
    const full = corpus.fullAnalysis('a')!;
    assert.deepEqual(JSON.parse(JSON.stringify(full)), JSON.parse(JSON.stringify(analyzeDocument(A, corpus.context))));
    assert.equal(corpus.analysis('a'), full, 'kept whole from then on');
    assert.equal(corpus.fullAnalysis('a'), full);
    // The index now holds the new analysis's claims.
    assert.ok(corpus.claimsByKey(full.claims[0].matchKeys[0]).some((p) => p.claim === full.claims[0]));
    assert.equal(JSON.stringify([corpus.findings('a'), corpus.findings('b')]), findings);
    // And a change of the figure still reaches the other source.
    const edited = A.replace('$500', '$640');
    disk.set('a', edited);
    assert.deepEqual([...corpus.set('a', edited)].sort(), ['a', 'b']);
    assert.equal(corpus.findings('b').length, 0);
  });

  it('gives the slim analysis when the text cannot be read back as it was', () => {
    const disk = new Map([['a', A]]);
    const corpus = corpusLettingGo(disk);
    corpus.set('a', A);
    const slim = corpus.analysis('a')!;
    disk.set('a', A.replace('Kestrel', 'Osprey'));
    assert.equal(corpus.fullAnalysis('a'), slim);
    disk.delete('a');
    assert.equal(corpus.fullAnalysis('a'), slim);
  });

  it('keeps the whole analysis of a document whose text it keeps', () => {
    const corpus = new Corpus(createContext(defaultConfig()), { texts: { keep: () => true, read: () => undefined } });
    corpus.set('a', A);
    assert.equal(corpus.analysis('a')!.figures.length, analyzeDocument(A, corpus.context).figures.length);
    assert.equal(corpus.fullAnalysis('a'), corpus.analysis('a'));
  });

  it("keeps only claims' figures of a kept text when asked (the CLI's check), with the same findings, and makes the rest from the text", () => {
    const whole = new Corpus(createContext(defaultConfig()));
    const slimmed = new Corpus(createContext(defaultConfig()), { figures: 'claims' });
    for (const corpus of [whole, slimmed]) {
      corpus.set('a', A);
      corpus.set('b', B);
    }
    const full = analyzeDocument(A, slimmed.context);
    assert.deepEqual(slimmed.analysis('a')!.figures.map((f) => f.text), full.claims.map((c) => c.figure.text));
    assert.equal(JSON.stringify([slimmed.findings('a'), slimmed.findings('b')]), JSON.stringify([whole.findings('a'), whole.findings('b')]));
    assert.ok(slimmed.findings('b').length > 0);
    assert.equal(slimmed.text('a'), A, 'the text is kept');
    assert.deepEqual(JSON.parse(JSON.stringify(slimmed.fullAnalysis('a'))), JSON.parse(JSON.stringify(full)));
  });

  it("keeps only the first mention of each claim's subject when asked (the CLI's check), with the same findings and names in them", () => {
    const C = 'Osprey Labs said on Monday that Kestrel Robotics, backed by Osprey Labs, won $900 million in government funding. Kestrel Robotics hires.';
    const whole = new Corpus(createContext(defaultConfig()));
    const check = new Corpus(createContext(defaultConfig()), CHECK_CORPUS);
    for (const corpus of [whole, check]) {
      corpus.set('a', A);
      corpus.set('b', B);
      corpus.set('c', C);
    }
    const findings = (corpus: Corpus) => JSON.stringify(['a', 'b', 'c'].map((d) => corpus.findings(d)));
    assert.equal(findings(check), findings(whole));
    assert.match(findings(check), /Claim: Kestrel Robotics/);
    for (const doc of ['a', 'b', 'c']) {
      const full = analyzeDocument(whole.text(doc)!, whole.context);
      const subjects = new Set(full.claims.flatMap((c) => c.subjects));
      const firsts = full.entities.filter((m, i) => subjects.has(m.id) && full.entities.findIndex((n) => n.id === m.id) === i);
      assert.deepEqual(check.analysis(doc)!.entities, firsts, doc);
      assert.ok(full.entities.length > firsts.length, `${doc} names more than its claims' subjects`);
      // A request at a position makes the whole analysis again.
      assert.deepEqual(JSON.parse(JSON.stringify(check.fullAnalysis(doc))), JSON.parse(JSON.stringify(full)));
    }
  });
});
