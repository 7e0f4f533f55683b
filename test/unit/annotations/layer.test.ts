import { strict as assert } from 'node:assert';
import { Corpus } from '../../../server/src/analysis/corpus/corpus';
import { createContext } from '../../../server/src/analysis/analyze';
import { defaultConfig } from '../../../server/src/analysis/config';
import type { Finding } from '../../../server/src/analysis/model';
import type { Rule } from '../../../server/src/analysis/rules/rule';
import { AnnotationIndex } from '../../../server/src/analysis/annotations/layer';
import { annotate } from './fixtures';

/** A stand-in rule: every "$N billion" is a finding whose fingerprint is its text (the real rules add the claim). */
const everyBillion: Rule = {
  id: 'figure-conflict',
  description: 'test rule',
  scope: 'document',
  reads: 'claims',
  defaultSeverity: 'warning',
  settings: [],
  check({ doc, text }) {
    return [...text.matchAll(/\$[\d.]+ billion/g)].map(
      (m): Finding => ({
        code: 'figure-conflict',
        severity: 'warning',
        doc,
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        message: m[0],
        related: [],
        fixes: [],
        fingerprint: `fc|${m[0]}`,
      }),
    );
  },
};

const A = 'The state gave $6.34 billion in public funding. Later reports said $2 billion more.';
const B = 'Rapidus received $6.7 billion in government backing, Nikkei reported.';

function setup() {
  const corpus = new Corpus(createContext(defaultConfig()), { rules: [everyBillion] });
  const index = new AnnotationIndex((source) => {
    const doc = `mem:${source}`;
    const text = corpus.text(doc);
    return text === undefined ? undefined : { doc, text };
  });
  corpus.setAnnotations(index);
  corpus.set('mem:a.txt', A);
  corpus.set('mem:b.txt', B);
  return { corpus, index };
}

const texts = (corpus: Corpus, doc: string) => corpus.findings(doc).map((f) => f.text);

describe('annotations: the corpus layer', () => {
  it('silences exactly the decided finding, and reports it as resolved', () => {
    const { corpus, index } = setup();
    const decision = annotate({ kind: 'decision', decision: 'dismissed', code: 'figure-conflict', fingerprint: 'fc|$6.7 billion' }, [{ source: 'b.txt', text: B, quote: '$6.7 billion' }]);
    const { touched, tagsChanged } = index.update([decision]);
    assert.deepEqual([...touched], ['b.txt']);
    assert.equal(tagsChanged, false);
    assert.deepEqual(texts(corpus, 'mem:b.txt'), []);
    assert.deepEqual(texts(corpus, 'mem:a.txt'), ['$6.34 billion', '$2 billion']);
    assert.deepEqual(index.resolvedFindings('mem:b.txt').map((r) => [r.finding.text, r.decision.id]), [['$6.7 billion', decision.id]]);
  });

  it('keeps it silenced through edits elsewhere, brings it back when its text changes, and again when restored', () => {
    const { corpus, index } = setup();
    index.update([annotate({ kind: 'decision', decision: 'disputed', code: 'figure-conflict', fingerprint: 'fc|$6.7 billion' }, [{ source: 'b.txt', text: B, quote: '$6.7 billion' }])]);
    corpus.set('mem:b.txt', 'UPDATE: ' + B.replace('Nikkei reported', 'according to Nikkei'));
    assert.deepEqual(texts(corpus, 'mem:b.txt'), []);
    corpus.set('mem:b.txt', B.replace('$6.7 billion', '$6.9 billion'));
    assert.deepEqual(texts(corpus, 'mem:b.txt'), ['$6.9 billion']);
    assert.deepEqual(index.resolvedFindings('mem:b.txt'), []);
    corpus.set('mem:b.txt', B);
    assert.deepEqual(texts(corpus, 'mem:b.txt'), []);
  });

  it('a second identical figure elsewhere is not silenced by a decision about the first', () => {
    const { corpus, index } = setup();
    const twice = B + ' Critics doubted the $6.7 billion figure.';
    corpus.set('mem:b.txt', twice);
    index.update([annotate({ kind: 'decision', decision: 'dismissed', code: 'figure-conflict', fingerprint: 'fc|$6.7 billion' }, [{ source: 'b.txt', text: twice, quote: '$6.7 billion' }])]);
    const left = corpus.findings('mem:b.txt');
    assert.equal(left.length, 1);
    assert.equal(left[0]!.start, twice.lastIndexOf('$6.7 billion'));
  });

  it('removing the decision brings the finding back; tags are reported as a context change', () => {
    const { corpus, index } = setup();
    const decision = annotate({ kind: 'decision', decision: 'dismissed', code: 'figure-conflict', fingerprint: 'fc|$6.7 billion' }, [{ source: 'b.txt', text: B, quote: '$6.7 billion' }]);
    index.update([decision]);
    assert.deepEqual(texts(corpus, 'mem:b.txt'), []);
    const tag = annotate({ kind: 'tag', entityType: 'organization' }, [{ source: 'b.txt', text: B, quote: 'Rapidus' }]);
    const update = index.update([tag]);
    assert.deepEqual([...update.touched], ['b.txt'], 'the removed decision touches its document');
    assert.equal(update.tagsChanged, true);
    assert.deepEqual(texts(corpus, 'mem:b.txt'), ['$6.7 billion']);
    const ctx = index.extendContext(corpus.context);
    assert.notEqual(ctx.lexicon, corpus.context.lexicon, 'a lexicon built with the tagged names');
    assert.equal(index.update([tag]).tagsChanged, false);
  });

  it('installing the layer re-analyses only when it adds to the context', () => {
    const { corpus, index } = setup();
    const before = corpus.analysis('mem:b.txt');
    assert.deepEqual(corpus.setAnnotations(index).sort(), ['mem:a.txt', 'mem:b.txt'], 'every document is re-published');
    assert.equal(corpus.analysis('mem:b.txt'), before, 'no tags: the analysis stands');
    const untouched = corpus.analysis('mem:a.txt');
    const { changedNames } = index.update([annotate({ kind: 'tag', entityType: 'organization' }, [{ source: 'b.txt', text: B, quote: 'Nikkei' }])]);
    assert.deepEqual(changedNames, ['Nikkei']);
    assert.deepEqual(corpus.setAnnotations(index, changedNames), ['mem:b.txt']);
    assert.notEqual(corpus.analysis('mem:b.txt'), before, 'the document naming it is re-analysed with the new lexicon');
    assert.ok(corpus.analysis('mem:b.txt')!.entities.some((e) => e.text === 'Nikkei' && e.source === 'annotation'));
    assert.equal(corpus.analysis('mem:a.txt'), untouched, 'a document that never names it is not');
    assert.deepEqual(index.update([]).changedNames, ['Nikkei'], 'removing the tag changes the name back');
  });

  it('finds the documents naming a changed name in any case, and takes names with pattern characters literally', () => {
    const { corpus, index } = setup();
    index.update([annotate({ kind: 'tag', entityType: 'organization' }, [{ source: 'b.txt', text: B, quote: 'Nikkei' }])]);
    assert.deepEqual(corpus.setAnnotations(index, ['NIKKEI']), ['mem:b.txt']);
    assert.deepEqual(corpus.setAnnotations(index, ['S&P (500) [*]', '']), []);
  });

  it('in two steps, a tag changes no analysis until each document is rechecked, and a document edited meanwhile is not analysed twice', () => {
    const { corpus, index } = setup();
    corpus.set('mem:c.txt', 'Nikkei Asia and Nikkei both said so.');
    const before = { a: corpus.analysis('mem:a.txt'), b: corpus.analysis('mem:b.txt') };
    const { changedNames } = index.update([annotate({ kind: 'tag', entityType: 'organization' }, [{ source: 'b.txt', text: B, quote: 'Nikkei' }])]);
    const change = corpus.beginAnnotations(index, changedNames);
    assert.deepEqual(change.republish, []);
    assert.deepEqual(change.recheck, ['mem:a.txt', 'mem:b.txt', 'mem:c.txt']);
    assert.equal(corpus.analysis('mem:b.txt'), before.b, 'nothing is re-analysed by beginAnnotations');
    // Edited between the steps: analysed at once under the new context, so its recheck has nothing left to do.
    corpus.set('mem:c.txt', 'Nikkei reported it first.');
    const edited = corpus.analysis('mem:c.txt');
    assert.ok(edited!.entities.some((e) => e.text === 'Nikkei' && e.source === 'annotation'));
    assert.deepEqual([...corpus.recheck('mem:c.txt', change)], []);
    assert.equal(corpus.analysis('mem:c.txt'), edited);
    assert.deepEqual([...corpus.recheck('mem:a.txt', change)], [], 'a text that never names it keeps its analysis');
    assert.equal(corpus.analysis('mem:a.txt'), before.a);
    assert.deepEqual([...corpus.recheck('mem:b.txt', change)], ['mem:b.txt']);
    assert.ok(corpus.analysis('mem:b.txt')!.entities.some((e) => e.text === 'Nikkei' && e.source === 'annotation'));
    assert.deepEqual([...corpus.recheck('mem:gone.txt', change)], [], 'a document deleted meanwhile is skipped');
  });

  it('in two steps, a document still under a context that changed meanwhile is re-analysed, not only marked', () => {
    const { corpus, index } = setup();
    const { changedNames } = index.update([annotate({ kind: 'tag', entityType: 'organization' }, [{ source: 'b.txt', text: B, quote: 'Nikkei' }])]);
    const change = corpus.beginAnnotations(index, changedNames);
    // A settings change begins before the tag's rechecks end: a.txt never names the tag, yet it needs the new settings.
    corpus.beginContext(createContext({ ...defaultConfig(), organizations: [{ name: 'Later Reports Group', aliases: ['Later'], type: 'organization' }] }));
    const before = corpus.analysis('mem:a.txt');
    assert.deepEqual([...corpus.recheck('mem:a.txt', change)], ['mem:a.txt']);
    assert.notEqual(corpus.analysis('mem:a.txt'), before);
  });
});
