/**
 * A match key shared by more than MAX_HOLDERS documents is too common to
 * compare across documents: figure-conflict stays silent on it, and a change
 * under it re-checks no other document, so checking and editing stay linear.
 * Crossing the threshold either way re-checks every holder.
 */
import { strict as assert } from 'node:assert';
import { Corpus } from '../../../server/src/analysis/corpus/corpus';
import { createContext } from '../../../server/src/analysis/analyze';
import { defaultConfig } from '../../../server/src/analysis/config';
import { MAX_HOLDERS } from '../../../server/src/analysis/corpus/commonKeys';

const report = (i: number, amount: number) => `Report ${i}. Kestrel Robotics Inc. secured $${amount} million in government funding for its plant in Osaka.`;

/** n documents with the same claim: the first gives $900 million, the others $500 million. */
function corpusOf(n: number): Corpus {
  const corpus = new Corpus(createContext(defaultConfig()));
  for (let i = 0; i < n; i++) corpus.set(`d${i}`, report(i, i === 0 ? 900 : 500));
  return corpus;
}

const conflicts = (corpus: Corpus, doc: string) => corpus.findings(doc).filter((f) => f.code === 'figure-conflict');

describe('corpus/common match keys', () => {
  it(`compares claims under a key held by up to ${MAX_HOLDERS} documents`, () => {
    const corpus = corpusOf(MAX_HOLDERS);
    const key = corpus.analysis('d0')!.claims[0].matchKeys[0];
    assert.equal(corpus.compares(key), true);
    assert.equal(conflicts(corpus, 'd0').length, 1);
    assert.match(conflicts(corpus, 'd0')[0].message, new RegExp(`and ${MAX_HOLDERS - 2} other sources`));
    assert.equal(conflicts(corpus, 'd1').length, 1, 'each other source conflicts with the outlier');
  });

  it('stays silent on a key held by more, and an edit under it re-checks no other document', () => {
    const corpus = corpusOf(MAX_HOLDERS + 2);
    const key = corpus.analysis('d0')!.claims[0].matchKeys[0];
    assert.equal(corpus.compares(key), false);
    assert.equal(conflicts(corpus, 'd0').length, 0);
    assert.equal(conflicts(corpus, 'd1').length, 0);
    assert.deepEqual([...corpus.set('d1', report(1, 700))], ['d1']);
  });

  it('re-checks every holder when the key crosses the threshold', () => {
    const corpus = corpusOf(MAX_HOLDERS + 1);
    assert.equal(conflicts(corpus, 'd0').length, 0);
    const affected = corpus.delete(`d${MAX_HOLDERS}`);
    assert.equal(affected.size, MAX_HOLDERS, 'every remaining holder');
    assert.equal(conflicts(corpus, 'd0').length, 1, 'compared again');
    assert.equal(corpus.set(`d${MAX_HOLDERS}`, report(MAX_HOLDERS, 500)).size, MAX_HOLDERS + 1);
    assert.equal(conflicts(corpus, 'd0').length, 0);
  });
});
