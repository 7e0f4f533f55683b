/**
 * The patterns of DESIGN.md "When claims conflict, and when they do not", on
 * fixtures of our own (not the seeds), so that the rules generalize.
 */
import { strict as assert } from 'node:assert';
import { allFindings, corpusOf, summary } from '../../helpers/corpus';

describe('conflict rules on the design patterns', () => {
  it('flags the same claim with different figures in two sources, on both sides, linked', () => {
    const corpus = corpusOf({
      a: 'Kestrel Robotics Inc. secured $500 million in government funding for its new plant.',
      b: 'Backed by $650 million in public funding, Kestrel Robotics will build a plant in Osaka.',
    });
    const findings = allFindings(corpus);
    assert.deepEqual(summary(findings), ['a: figure-conflict "$500 million"', 'b: figure-conflict "$650 million"']);
    const a = findings.find((f) => f.doc === 'a')!;
    assert.equal(a.related[0].doc, 'b');
    assert.equal(a.related[0].text, '$650 million');
    assert.match(a.message, /"\$500 million" conflicts with "\$650 million" in b: 23% apart, beyond the 5\.0% tolerance/);
    assert.ok(a.fixes.some((f) => f.kind === 'edit' && f.newText === '$650 million'));
    assert.ok(a.fixes.some((f) => f.kind === 'decision' && f.decision.decision === 'different-claims'));
    assert.equal(a.fixes.filter((f) => f.preferred).length, 1);
    const b = findings.find((f) => f.doc === 'b')!;
    assert.equal(a.fingerprint, b.fingerprint, 'one decision about the pair settles both sides');
  });

  it('stays silent when sources agree within the tolerance, and on a range holding the value', () => {
    const corpus = corpusOf({
      a: 'Kestrel Robotics secured $500 million in government funding.',
      b: 'Kestrel Robotics secured about $505 million in government funding.',
      c: 'Kestrel Robotics reported revenue of $12 billion to $13 billion.',
      d: 'Kestrel Robotics reported revenue of $12.5 billion.',
    });
    assert.deepEqual(summary(allFindings(corpus)), []);
  });

  it('stays silent on a part and its whole', () => {
    const corpus = corpusOf({
      a: 'Norvane Systems agreed a $334 million deal, of which $281 million in cash.',
      b: 'The $334 million deal gives Norvane Systems the grid software unit.',
    });
    assert.deepEqual(summary(allFindings(corpus)), []);
  });

  it('stays silent on one amount given in two currencies, in one source or two', () => {
    const corpus = corpusOf({
      a: 'Helix Holdings received 3 trillion yen in public funding.',
      b: 'Helix Holdings received $20 billion in public funding.',
      c: 'Helix Holdings received 3 trillion yen ($20 billion) in public funding.',
    });
    assert.deepEqual(summary(allFindings(corpus)), []);
  });

  it('stays silent on the same measure for different subjects', () => {
    const corpus = corpusOf({
      a: 'Helix Holdings offered $2 billion in total investment for the site.',
      b: 'Quantara Corp. offered $3.5 billion in total investment for the site.',
    });
    assert.deepEqual(summary(allFindings(corpus)), []);
  });

  it('stays silent on an estimate and a later final figure', () => {
    const corpus = corpusOf({
      a: 'The Keystone Plan by Orbis Group is expected to cost $5 billion.',
      b: 'The final cost of the Keystone Plan by Orbis Group was $7.2 billion.',
    });
    assert.deepEqual(summary(allFindings(corpus)), []);
  });

  it('stays silent on page furniture that differs between sources', () => {
    const corpus = corpusOf({
      a: 'Kestrel Robotics news\n👁 4 views · ⏱️ 10 min read\n16 Likes',
      b: 'Kestrel Robotics news\n👁 90 views · ⏱️ 3 min read\n2 Likes',
    });
    assert.deepEqual(summary(allFindings(corpus)), []);
  });

  it('flags a stated conversion that does not match the rates, and not one that does', () => {
    const corpus = corpusOf({
      a: 'Tessel Labs will invest 3 trillion yen (about 30 billion USD) in chips.',
      b: 'Tessel Labs will invest 3 trillion yen (about 20 billion USD) in chips.',
    });
    const findings = allFindings(corpus);
    assert.deepEqual(summary(findings), ['a: conversion-mismatch "about 30 billion USD"']);
    assert.match(findings[0].message, /3 trillion yen is about US\$20\.\d billion; 26% apart, beyond the 15% conversion tolerance/);
  });

  it('flags a document that contradicts itself, on the outlier only', () => {
    const corpus = corpusOf({
      a: [
        'Calder Group announced a total investment of 2 trillion yen in data centres.',
        'Calder Group said the 2 trillion yen investment is its largest yet.',
        'Reader comment: with 20 trillion yen invested, can Calder Group really deliver?',
      ].join('\n'),
    });
    assert.deepEqual(summary(allFindings(corpus)), ['a: internal-conflict "20 trillion yen"']);
  });

  it('flags a current-year statement that contradicts the date it was written', () => {
    const corpus = corpusOf({
      a: 'date 2025-06-01 Orbis Group opened a lab.\nIt is already 2023 and nothing has shipped.',
    });
    const findings = allFindings(corpus);
    assert.deepEqual(summary(findings), ['a: date-inconsistency "It is already 2023"']);
    assert.match(findings[0].message, /2025-06-01/);
  });

  it('reads a current-year statement at the very end of a text, and not one that starts a range of years', () => {
    const corpus = corpusOf({
      a: 'date 2025-06-01 Orbis Group opened a lab.\nIt is already 2023',
      b: 'date 2025-06-01 Orbis Group opened a lab.\nIt is already 2023-24 in the plan.',
      c: 'date 2025-06-01 Orbis Group opened a lab.\nIt is already 2023/4 in the plan.',
    });
    assert.deepEqual(summary(allFindings(corpus)), ['a: date-inconsistency "It is already 2023"']);
  });

  it('updates findings on both sides when one source is edited or removed', () => {
    const corpus = corpusOf({
      a: 'Kestrel Robotics secured $500 million in government funding.',
      b: 'Kestrel Robotics secured $650 million in government funding.',
    });
    assert.equal(allFindings(corpus).length, 2);
    const affected = corpus.set('b', 'Kestrel Robotics secured $500 million in government funding.');
    assert.deepEqual([...affected].sort(), ['a', 'b']);
    assert.equal(allFindings(corpus).length, 0);
    corpus.set('b', 'Kestrel Robotics secured $650 million in government funding.');
    assert.deepEqual([...corpus.delete('b')], ['a']);
    assert.equal(allFindings(corpus).length, 0);
  });
});
