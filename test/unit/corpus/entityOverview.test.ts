/**
 * The entity overview a hover shows: counts over every document, and only the
 * first few other documents, in order of their names, however many there are.
 */
import { strict as assert } from 'node:assert';
import { Corpus } from '../../../server/src/analysis/corpus/corpus';
import { createContext } from '../../../server/src/analysis/analyze';
import { defaultConfig } from '../../../server/src/analysis/config';
import { entityOverview } from '../../../server/src/analysis/corpus/queries';

describe('corpus/entity overview', () => {
  const corpus = new Corpus(createContext(defaultConfig()));
  // Listed out of name order, with one to three mentions each.
  const names = Array.from({ length: 40 }, (_, i) => `doc${String((i * 17) % 40).padStart(2, '0')}`);
  names.forEach((name, i) => corpus.set(name, 'SoftBank Group invested. '.repeat(1 + (i % 3)) + 'Nothing else.'));
  const mentions = names.reduce((n, _, i) => n + 1 + (i % 3), 0);

  it('counts every source and mention, and lists the first others by name', () => {
    const o = entityOverview(corpus, 'softbank', 'doc05', 4)!;
    assert.equal(o.name, 'SoftBank Group');
    assert.equal(o.sources, 40);
    assert.equal(o.mentions, mentions);
    assert.equal(o.otherCount, 39);
    assert.deepEqual(o.others.map((s) => s.doc), ['doc00', 'doc01', 'doc02', 'doc03']);
    for (const s of o.others) assert.equal(s.mentions, 1 + (names.indexOf(s.doc) % 3));
  });

  it('seen from a document that does not mention it, every source is another', () => {
    const o = entityOverview(corpus, 'softbank', 'elsewhere', 50)!;
    assert.equal(o.otherCount, 40);
    assert.deepEqual(o.others.map((s) => s.doc), [...names].sort());
    assert.equal(entityOverview(corpus, 'no-such-entity', 'doc00', 5), undefined);
  });
});
