import { strict as assert } from 'node:assert';
import { parseStore, serializeStore, emptyStore, STORE_VERSION } from '../../../server/src/analysis/annotations/schema';
import { mergeStores } from '../../../server/src/analysis/annotations/merge';
import { ARTICLE, annotate } from './fixtures';

describe('annotations: store schema', () => {
  const note = annotate({ kind: 'note', body: 'Figure from the ministry budget.' }, [{ source: 'news/a.txt', text: ARTICLE, quote: '$6.7 billion' }]);
  const decision = annotate({ kind: 'decision', decision: 'disputed', code: 'figure-conflict', fingerprint: 'fp', body: 'source unclear' }, [{ source: 'news/a.txt', text: ARTICLE, quote: '$6.7 billion' }]);

  it('round-trips through its serialized form', () => {
    const data = { ...emptyStore(), annotations: [note, decision] };
    const parsed = parseStore(serializeStore(data));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.data, data);
    assert.ok(parseStore('\ufeff' + serializeStore(data)).ok, 'a BOM is tolerated');
  });

  it('says why a file cannot be used: not JSON, wrong shape, duplicate ids', () => {
    const bad = parseStore('{"version": 1, "annotations": [');
    assert.ok(!bad.ok && bad.problem === 'invalid-json');
    const shape = parseStore(JSON.stringify({ version: 1, annotations: [{ ...note, kind: 'scribble' }] }));
    assert.ok(!shape.ok && shape.problem === 'invalid-schema');
    assert.match(!shape.ok ? shape.reason : '', /annotations\.0\.kind/);
    const noTargets = parseStore(JSON.stringify({ version: 1, annotations: [{ ...note, targets: [] }] }));
    assert.ok(!noTargets.ok && noTargets.problem === 'invalid-schema');
    const twice = parseStore(JSON.stringify({ version: 1, annotations: [note, note] }));
    assert.ok(!twice.ok && /appears twice/.test(twice.reason));
    assert.ok(!parseStore('[]').ok);
    assert.ok(!parseStore('null').ok);
  });

  it('recognizes a store written by a newer version', () => {
    const newer = parseStore(JSON.stringify({ version: STORE_VERSION + 1, annotations: [], whatever: true }));
    assert.ok(!newer.ok && newer.problem === 'newer-version');
    assert.match(!newer.ok ? newer.reason : '', /newer version/);
  });

  it('merges two versions: union by id, newer modification wins, removals stick', () => {
    const edited = { ...note, body: 'Ministry budget, p. 12.', modified: '2026-03-01T00:00:00.000Z' };
    const ours = { ...emptyStore(), annotations: [note, decision] };
    const theirs = { ...emptyStore(), annotations: [edited], removed: { [decision.id]: '2026-03-02T00:00:00.000Z' } };
    const merged = mergeStores(ours, theirs);
    assert.deepEqual(merged.annotations, [edited]);
    assert.deepEqual(mergeStores(theirs, ours).annotations, [edited], 'order does not matter');
    const recreated = { ...decision, modified: '2026-04-01T00:00:00.000Z' };
    assert.deepEqual(mergeStores(merged, { ...emptyStore(), annotations: [recreated] }).annotations.map((a) => a.id).sort(), [note.id, decision.id].sort());
  });
});
