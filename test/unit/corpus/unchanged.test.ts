/**
 * Setting a document again with the same text re-analyses nothing and
 * affects no document, whether the corpus kept the text or let it go,
 * unless its analysis was made under settings since changed.
 */
import { strict as assert } from 'node:assert';
import { Corpus } from '../../../server/src/analysis/corpus/corpus';
import type { LetGoDocument } from '../../../server/src/analysis/corpus/prepare';
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

    it(`analyses an unchanged text again when its analysis predates new settings (${keeps ? 'text kept' : 'text let go'})`, () => {
      const disk = new Map([['a', A], ['b', B]]);
      const texts = keeps ? undefined : { keep: () => false, read: (doc: string) => disk.get(doc) };
      const corpus = new Corpus(createContext(defaultConfig()), { texts });
      corpus.set('a', A);
      corpus.set('b', B);
      assert.equal(corpus.findings('b')[0]?.code, 'figure-conflict');
      // New settings: until it is analysed again, a document is not current.
      corpus.beginContext(createContext({ ...defaultConfig(), tolerance: 0.5 }));
      assert.equal(corpus.isCurrent('a'), false);
      const before = corpus.analysis('a');
      const affected = keeps ? corpus.set('a', (' ' + A).slice(1)) : corpus.setPrepared('a', corpus.prepare('a', A) as LetGoDocument);
      assert.ok(affected.has('a'));
      assert.notEqual(corpus.analysis('a'), before);
      assert.equal(corpus.isCurrent('a'), true);
      assert.equal(corpus.isCurrent('b'), false);
      // Set again under the same settings, it is kept.
      const now = corpus.analysis('a');
      assert.deepEqual([...corpus.set('a', A)], []);
      assert.equal(corpus.analysis('a'), now);
    });
  }
});
