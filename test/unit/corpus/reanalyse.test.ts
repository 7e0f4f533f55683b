/**
 * Re-analysing a document under new settings (Corpus.reanalyse, which the
 * language server runs in slices, answering requests between them) refreshes
 * every document whose findings cite its claims: also those holding a claim
 * it no longer makes.
 */
import { strict as assert } from 'node:assert';
import { Corpus } from '../../../server/src/analysis/corpus/corpus';
import { createContext } from '../../../server/src/analysis/analyze';
import { configSchema } from '../../../server/src/analysis/config';

// Under the first settings "appropriation" is a word for funding; under the second, for revenue.
const AS_FUNDING = configSchema.parse({ measures: { funding: ['appropriation'] } });
const AS_REVENUE = configSchema.parse({ measures: { revenue: ['appropriation'] } });
const A = 'Kestrel Robotics received a $40 million public appropriation.\n';
const B = 'Kestrel Robotics received $90 million in public funding.\n';

const keys = (corpus: Corpus, doc: string) => corpus.analysis(doc)!.claims.map((c) => c.key);
const codes = (corpus: Corpus, doc: string) => corpus.findings(doc).map((f) => f.code);

describe('corpus/reanalyse', () => {
  it('refreshes the holders of a claim the document no longer makes', () => {
    const corpus = new Corpus(createContext(AS_FUNDING));
    corpus.set('a', A);
    corpus.set('b', B);
    assert.deepEqual(keys(corpus, 'a'), ['kestrel-robotics|funding|public|']);
    assert.deepEqual(codes(corpus, 'b'), ['figure-conflict']);

    corpus.beginContext(createContext(AS_REVENUE));
    corpus.reanalyse('b');
    // Read between two slices, while "a" still holds its old analysis: the conflict stands then.
    assert.deepEqual(codes(corpus, 'b'), ['figure-conflict']);
    const affected = corpus.reanalyse('a');
    assert.deepEqual(keys(corpus, 'a'), ['kestrel-robotics|revenue|public|']);
    assert.ok(affected.has('b'), `b is affected: ${[...affected].join(', ')}`);
    assert.deepEqual(codes(corpus, 'b'), [], 'no conflict with a claim "a" no longer makes');

    const fresh = new Corpus(createContext(AS_REVENUE));
    fresh.set('a', A);
    fresh.set('b', B);
    for (const doc of ['a', 'b']) assert.deepEqual(corpus.findings(doc), fresh.findings(doc));
  });
});
