/**
 * Setting a document again with the same text re-analyses nothing and
 * affects no document, whether the corpus kept the text or let it go.
 */
import { strict as assert } from 'node:assert';
import { Corpus } from '../../../server/src/analysis/corpus/corpus';
import { createContext } from '../../../server/src/analysis/analyze';
import { defaultConfig } from '../../../server/src/analysis/config';

const A = 'Kestrel Robotics Inc. secured $500 million in government funding.';
const B = 'Backed by $650 million in government funding, Kestrel Robotics will build a plant in Osaka.';

describe('corpus/unchanged text', () => {
  for (const keeps of [true, false]) {
    it(`keeps the analysis of an unchanged text and replaces a changed one (${keeps ? 'text kept' : 'text let go'})`, () => {
      const disk = new Map([['a', A], ['b', B]]);
      const texts = keeps ? undefined : { keep: () => false, read: (doc: string) => disk.get(doc) };
      const corpus = new Corpus(createContext(defaultConfig()), { texts });
      corpus.set('a', A);
      corpus.set('b', B);
      const before = corpus.analysis('a');
      // The same content in a new string object, as a file read again gives it.
      assert.deepEqual([...corpus.set('a', (' ' + A).slice(1))], []);
      assert.equal(corpus.analysis('a'), before);
      const edited = A.replace('$500', '$900');
      disk.set('a', edited);
      assert.deepEqual([...corpus.set('a', edited)].sort(), ['a', 'b'], 'the changed figure touches the other source of the claim');
      assert.notEqual(corpus.analysis('a'), before);
      assert.equal(corpus.text('a'), edited);
    });
  }
});
