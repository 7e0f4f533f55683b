import { strict as assert } from 'node:assert';
import { exportJsonLd, importJsonLd, ANNO_CONTEXT } from '../../../server/src/analysis/annotations/jsonld';
import { ARTICLE, annotate } from './fixtures';

const BASE = 'file:///home/r/My%20Research/';

describe('annotations: W3C Web Annotation JSON-LD', () => {
  const all = [
    annotate({ kind: 'tag', entityType: 'organization', aliasOf: 'rapidus' }, [{ source: 'news/a b.txt', text: ARTICLE, quote: 'Rapidus' }]),
    annotate({ kind: 'tag', entityType: 'place', body: 'island' }, [{ source: 'news/a b.txt', text: ARTICLE, quote: 'Hokkaido' }]),
    annotate({ kind: 'not-entity' }, [{ source: 'x.txt', text: ARTICLE, quote: 'Tokyo' }]),
    annotate({ kind: 'note', body: 'Compare with the ministry’s figure.' }, [{ source: 'x.txt', text: ARTICLE, quote: 'Analysts' }]),
    annotate({ kind: 'decision', decision: 'different-claims', code: 'figure-conflict', fingerprint: 'funding|public|6.34|6.7', body: 'one is a loan' }, [
      { source: 'x.txt', text: ARTICLE, quote: '$6.7 billion' },
      { source: 'y.txt', text: ARTICLE, quote: '$6.7 billion', n: 1 },
    ]),
    annotate({ kind: 'decision', decision: 'dismissed', code: 'conversion-mismatch', fingerprint: 'fp2' }, [{ source: 'x.txt', text: ARTICLE, quote: '2027' }]),
  ];

  it('exports an AnnotationCollection of W3C Annotations with TextualBody bodies and quote + position selectors', () => {
    const doc = exportJsonLd(all, BASE) as any;
    assert.equal(doc['@context'], ANNO_CONTEXT);
    assert.equal(doc.type, 'AnnotationCollection');
    assert.equal(doc.total, all.length);
    const [tag, , , note, decision] = doc.first.items;
    assert.equal(tag['@context'], ANNO_CONTEXT);
    assert.equal(tag.type, 'Annotation');
    assert.equal(tag.motivation, 'tagging');
    assert.deepEqual(tag.body, [
      { type: 'TextualBody', purpose: 'tagging', value: 'organization' },
      { type: 'TextualBody', purpose: 'identifying', value: 'rapidus' },
    ]);
    assert.equal(tag.target[0].source, 'file:///home/r/My%20Research/news/a%20b.txt');
    assert.deepEqual(tag.target[0].selector.map((s: any) => s.type), ['TextQuoteSelector', 'TextPositionSelector']);
    assert.equal(note.motivation, 'commenting');
    assert.equal(decision.motivation, 'assessing');
    assert.deepEqual(decision.body.map((b: any) => b.purpose), ['assessing', 'classifying', 'identifying', 'commenting']);
    assert.match(tag.id, /^urn:/);
  });

  it('imports what it exports, unchanged (round trip), also through JSON text', () => {
    const back = importJsonLd(JSON.parse(JSON.stringify(exportJsonLd(all, BASE))), BASE);
    assert.deepEqual(back.problems, []);
    assert.deepEqual(back.annotations, all);
  });

  it('accepts a single annotation, an array or a page from another tool, with defaults for what is missing', () => {
    const foreign = {
      '@context': ANNO_CONTEXT,
      id: 'https://example.org/anno/1',
      type: 'Annotation',
      body: { type: 'TextualBody', value: 'Seen in the print edition too.', purpose: 'commenting' },
      target: { source: BASE + 'x.txt', selector: { type: 'TextQuoteSelector', exact: 'Rapidus' } },
    };
    for (const input of [foreign, [foreign], { type: 'AnnotationPage', items: [foreign] }]) {
      const r = importJsonLd(input, BASE, () => '2026-05-01T00:00:00.000Z');
      assert.deepEqual(r.problems, []);
      assert.equal(r.annotations.length, 1);
      const a = r.annotations[0]!;
      assert.equal(a.kind, 'note');
      assert.equal(a.id, 'https://example.org/anno/1');
      assert.equal(a.targets[0]!.source, 'x.txt');
      assert.equal(a.created, '2026-05-01T00:00:00.000Z');
    }
  });

  it('names a file of another workspace folder relative to the store\'s folder, and refuses one outside every folder', () => {
    const other = 'file:///home/r/Field%20Notes/';
    const source = { ...all[0]!, targets: [{ ...all[0]!.targets[0]!, source: '../Field Notes/interview 1.txt' }] };
    const exported = exportJsonLd([source], BASE) as any;
    assert.equal(exported.first.items[0].target[0].source, 'file:///home/r/Field%20Notes/interview%201.txt');
    const back = importJsonLd(exported, BASE, undefined, [other]);
    assert.deepEqual(back.problems, []);
    assert.deepEqual(back.annotations, [source]);
    assert.match(importJsonLd(exported, BASE).problems.join('\n'), /outside the workspace/);
    assert.match(importJsonLd(exported, BASE, undefined, ['file:///home/r/Other/']).problems.join('\n'), /outside the workspace/);
  });

  it('reports what it cannot read and keeps the rest', () => {
    const items = (exportJsonLd(all.slice(0, 2), BASE) as any).first.items;
    const outside = { ...items[0], id: 'urn:x:1', target: [{ source: 'file:///etc/passwd', selector: items[0].target[0].selector }] };
    const noBody = { ...items[0], id: 'urn:x:2', body: [] };
    const badDecision = { ...items[0], id: 'urn:x:3', motivation: 'assessing', body: [{ type: 'TextualBody', purpose: 'assessing', value: 'maybe' }] };
    const r = importJsonLd([items[1], outside, noBody, badDecision, 42], BASE);
    assert.equal(r.annotations.length, 1);
    assert.equal(r.problems.length, 4);
    assert.match(r.problems.join('\n'), /outside the workspace/);
    assert.match(r.problems.join('\n'), /no body Corroborate understands/);
    assert.deepEqual(importJsonLd('hello', BASE).annotations, []);
    assert.equal(importJsonLd('hello', BASE).problems.length, 1);
  });
});
