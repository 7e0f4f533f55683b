/**
 * A corpus with a text source keeps only the texts it is asked to keep and
 * reads the others back, refusing a text that no longer matches its analysis.
 */
import { strict as assert } from 'node:assert';
import { Corpus, type TextSource } from '../../../server/src/analysis/corpus/corpus';
import { createContext } from '../../../server/src/analysis/analyze';
import { defaultConfig } from '../../../server/src/analysis/config';
import { allFindings, corpusOf } from '../../helpers/corpus';

const A = 'Kestrel Robotics Inc. secured $500 million in government funding.\nKestrel Robotics later put its government funding at $800 million.\nIt\'s already 2024, the chief said on 3 March 2023.';
const B = 'Backed by $650 million in public funding, Kestrel Robotics will build a plant in Osaka.';

function corpusWithDisk(disk: Map<string, string>, open: Set<string>): { corpus: Corpus; reads: string[] } {
  const reads: string[] = [];
  const texts: TextSource = {
    keep: (doc) => open.has(doc),
    read: (doc) => {
      reads.push(doc);
      return disk.get(doc);
    },
  };
  return { corpus: new Corpus(createContext(defaultConfig()), { texts }), reads };
}

describe('corpus/text source', () => {
  it('finds the same conflicts as a corpus that keeps every text, reading no text back to do so', () => {
    const disk = new Map([['a', A], ['b', B]]);
    const { corpus, reads } = corpusWithDisk(disk, new Set());
    for (const [doc, text] of disk) corpus.set(doc, text);
    const reference = corpusOf({ a: A, b: B });
    const slim = corpus.analysis('a')!;
    const whole = reference.analysis('a')!;
    assert.deepEqual(slim.entities, whole.entities, 'strings copied out of the text let go are equal');
    assert.deepEqual(slim.claims.map((c) => c.figure), whole.claims.map((c) => c.figure));
    const kept = allFindings(reference);
    assert.ok(new Set(kept.map((f) => f.code)).size >= 2, 'the fixture gives findings of document and corpus rules');
    assert.deepEqual(allFindings(corpus), kept);
    assert.deepEqual(reads, [], 'document rules ran with the text in hand; figure-conflict reads claims only');
    assert.deepEqual(corpus.lines('a')?.positionAt(A.indexOf('Kestrel Robotics later')), { line: 1, character: 0 }, 'line starts were kept');
    assert.deepEqual(corpus.fullAnalysis('a'), whole, 'the whole analysis, made again from the text read back');
  });

  it('reads a text back on demand, and refuses one that changed on disk since it was analysed', () => {
    const disk = new Map([['a', A]]);
    const { corpus, reads } = corpusWithDisk(disk, new Set());
    corpus.set('a', A);
    assert.equal(corpus.text('a'), A);
    assert.deepEqual(reads, ['a']);
    disk.set('a', A.replace('$500', '$900'));
    assert.equal(corpus.text('a'), undefined, 'offsets of the old analysis would point elsewhere in the new text');
    disk.delete('a');
    assert.equal(corpus.text('a'), undefined);
    assert.deepEqual(corpus.reanalyse('a'), new Set(), 'a text that cannot be read keeps its analysis');
    assert.equal(corpus.analysis('a')?.figures.some((f) => f.text === '$500 million'), true);
  });

  it('keeps the texts of the documents it is asked to keep, and lets them go when that changes', () => {
    const open = new Set(['a']);
    const { corpus, reads } = corpusWithDisk(new Map([['a', A]]), open);
    corpus.set('a', A);
    assert.equal(corpus.text('a'), A);
    open.delete('a');
    corpus.set('a', A); // closing a document sets it again from disk: same text, nothing to re-analyse
    assert.equal(corpus.text('a'), A);
    assert.deepEqual(reads, ['a'], 'read back once it was let go');
  });
});
