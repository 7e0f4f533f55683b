import { strict as assert } from 'node:assert';
import type { Finding } from '../../../server/src/analysis/model';
import { applyDecisions, describeDecision } from '../../../server/src/analysis/annotations/decisions';
import { resolveAnnotations, pruneAnchorCache, stateProblem, type DocumentLookup } from '../../../server/src/analysis/annotations/resolve';
import type { Annotation } from '../../../server/src/analysis/annotations/schema';
import { annotate, at } from './fixtures';

const A = 'Officials said the state put $6.34 billion in public funding into Rapidus.';
const B = 'The project got $6.7 billion in government backing, Nikkei reported.';

/** A figure-conflict finding in `doc` at `quote`, related to the other side, as a rule would report it. */
function conflict(doc: string, text: string, quote: string, other: { doc: string; text: string; quote: string }, fingerprint = 'funding|public|6.34|6.7'): Finding {
  const start = at(text, quote);
  const ostart = at(other.text, other.quote);
  return {
    code: 'figure-conflict',
    severity: 'warning',
    doc,
    start,
    end: start + quote.length,
    text: quote,
    message: `${quote} here, ${other.quote} in ${other.doc}`,
    related: [{ doc: other.doc, start: ostart, end: ostart + other.quote.length, text: other.quote, message: 'the other figure' }],
    fixes: [],
    fingerprint,
  };
}

function lookupOf(texts: Record<string, string>): DocumentLookup {
  return (source) => (texts[source] === undefined ? undefined : { doc: `file:///ws/${source}`, text: texts[source]! });
}

function findingsFor(texts: Record<string, string>): Finding[] {
  const a = { doc: 'file:///ws/a.txt', text: texts['a.txt']!, quote: '$6.34 billion' };
  const b = { doc: 'file:///ws/b.txt', text: texts['b.txt']!, quote: '$6.7 billion' };
  return [conflict(a.doc, a.text, a.quote, b), conflict(b.doc, b.text, b.quote, a)];
}

function decide(decision: 'disputed' | 'different-claims' | 'accepted' | 'dismissed', fingerprint = 'funding|public|6.34|6.7', code: Finding['code'] = 'figure-conflict'): Annotation {
  return annotate({ kind: 'decision', decision, code, fingerprint, body: 'checked the budget documents' }, [
    { source: 'b.txt', text: B, quote: '$6.7 billion' },
    { source: 'a.txt', text: A, quote: '$6.34 billion' },
  ]);
}

describe('annotations: decisions', () => {
  const texts = { 'a.txt': A, 'b.txt': B };

  it('a decision silences exactly the findings it names, on both sides of the conflict', () => {
    const findings = findingsFor(texts);
    const other: Finding = { ...findings[0]!, fingerprint: 'investment|total|1|2' };
    const resolved = resolveAnnotations([decide('different-claims')], lookupOf(texts));
    const out = applyDecisions([...findings, other], resolved);
    assert.deepEqual(out.visible, [other]);
    assert.deepEqual(out.resolved.map((r) => r.finding), findings);
    assert.equal(describeDecision(out.resolved[0]!.decision), 'recorded as different claims: checked the budget documents');
  });

  it('does not silence a finding with another code or fingerprint, or one elsewhere', () => {
    const findings = findingsFor(texts);
    for (const ann of [decide('dismissed', 'funding|public|6.34|9.9'), decide('dismissed', undefined, 'internal-conflict')]) {
      const out = applyDecisions(findings, resolveAnnotations([ann], lookupOf(texts)));
      assert.equal(out.visible.length, 2);
    }
    // Same code and fingerprint, but in a third document the decision does not cover.
    const C = 'Elsewhere: $6.34 billion in public funding, not $6.7 billion in government backing.';
    const far = conflict('file:///ws/c.txt', C, '$6.34 billion', { doc: 'file:///ws/c.txt', text: C, quote: '$6.7 billion' });
    const out = applyDecisions([far], resolveAnnotations([decide('dismissed')], lookupOf({ ...texts, 'c.txt': C })));
    assert.deepEqual(out.visible, [far]);
  });

  it('survives edits elsewhere in the documents', () => {
    const edited = { 'a.txt': 'Correction appended.\n' + A, 'b.txt': B.replace('Nikkei reported', 'according to Nikkei') };
    const out = applyDecisions(findingsFor(edited), resolveAnnotations([decide('accepted')], lookupOf(edited)));
    assert.equal(out.visible.length, 0);
    assert.equal(out.resolved.length, 2);
  });

  it('the finding comes back when the text it was about changes, even with the same fingerprint', () => {
    const edited = { 'a.txt': A, 'b.txt': B.replace('$6.7 billion', '$6.9 billion') };
    const findings = [conflict('file:///ws/b.txt', edited['b.txt'], '$6.9 billion', { doc: 'file:///ws/a.txt', text: A, quote: '$6.34 billion' })];
    const resolved = resolveAnnotations([decide('disputed')], lookupOf(edited));
    assert.equal(resolved[0]!.state, 'changed');
    assert.match(stateProblem(resolved[0]!)!, /"\$6\.7 billion" was edited in b\.txt/);
    assert.deepEqual(applyDecisions(findings, resolved).visible, findings);
  });

  it('an orphaned or document-less decision silences nothing', () => {
    const gone = { 'a.txt': A, 'b.txt': 'Nothing about money here at all, just weather.' };
    const orphan = resolveAnnotations([decide('dismissed')], lookupOf(gone));
    assert.equal(orphan[0]!.state, 'orphaned');
    assert.equal(applyDecisions(findingsFor(texts), orphan).visible.length, 2);
    const missing = resolveAnnotations([decide('dismissed')], lookupOf({ 'a.txt': A }));
    assert.equal(missing[0]!.state, 'missing-document');
    assert.equal(applyDecisions(findingsFor(texts), missing).visible.length, 2);
  });

  it('reuses cached anchors while a text is unchanged and re-anchors when it changes', () => {
    const cache = new Map();
    const ann = decide('dismissed');
    const first = resolveAnnotations([ann], lookupOf(texts), cache);
    const again = resolveAnnotations([ann], lookupOf(texts), cache);
    assert.equal(again[0]!.targets[0]!.anchor, first[0]!.targets[0]!.anchor, 'same object from the cache');
    const moved = resolveAnnotations([ann], lookupOf({ ...texts, 'b.txt': 'Update. ' + B }), cache);
    assert.deepEqual(moved[0]!.targets[0]!.anchor, { status: 'anchored', start: 8 + at(B, '$6.7 billion'), end: 8 + at(B, '$6.7 billion') + 12, method: 'exact', intact: true });
    pruneAnchorCache(cache, []);
    assert.equal(cache.size, 0, 'anchors of removed annotations are dropped from the cache');
  });
});
