/**
 * Property tests: on random and hostile text the extractor never throws, and
 * its figures are in bounds, sorted, disjoint, with text equal to the slice
 * they cover and finite values (dates may be NaN only when unresolved).
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Figure } from '../../../server/src/analysis/model';
import { findDocumentDate } from '../../../server/src/analysis/extract/documentDate';
import { figures } from './helpers';

function check(text: string, documentDate?: string): void {
  let fs: Figure[] = [];
  assert.doesNotThrow(() => {
    fs = figures(text, documentDate);
    findDocumentDate(text);
  });
  let prevEnd = 0;
  for (const f of fs) {
    assert.ok(f.start >= 0 && f.end <= text.length && f.start < f.end, `span ${f.start}-${f.end} of ${text.length}`);
    assert.ok(f.start >= prevEnd, 'sorted and disjoint');
    assert.equal(f.text, text.slice(f.start, f.end));
    if (f.kind === 'date') {
      assert.equal(Number.isNaN(f.value), !f.date?.resolved);
    } else {
      assert.ok(Number.isFinite(f.value), `${f.text} → ${f.value}`);
      assert.ok(!(f.low > f.high), `${f.text}: [${f.low}, ${f.high}]`);
    }
    prevEnd = f.end;
  }
}

/** Pieces that make extraction work hard: figures, near-figures, unicode, separators. */
const PIECES = [
  '$', 'US$', '€', '£', '¥', '₩', '₹', 'JPY', 'USD', 'c $', ' ', '  ', '\n', '\r\n', '\t', '\uFEFF', '\u00a0', '\u202f', '-', '–', '/', '.', ',', '%', '~',
  '0', '1', '19', '2025', '1,000', '6.7', '3/4', '0/400', 'billion', 'trillion', 'million', 'bn', 'B', 'k', 'm', 'yen', 'dollars', 'percent', 'per cent',
  'about', 'nearly', 'more than', 'at least', 'up to', 'between', 'and', 'to', 'from', 'a', 'an', 'dozen', 'hundreds', 'of', 'one', 'two', 'twenty',
  'thirds', 'half', 'point', 'minus', 'next', 'year', 'spring', 'quarter', 'Q3', 'FY', 'January', 'Dec.', 'May', 'within', 'months', 'ago', 'Likes',
  'Reply', 'Year', ':', 'experts', 'companies', '-parameter', '😀', '𝟙', 'é', '\u0000', '\uD800', '·', '—', '(', ')', '"', "'", '^', 'e', '+', '=', '<', '>',
];

describe('figures: properties (fast-check)', () => {
  it('random unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => check(s)), { numRuns: 400 });
  });

  it('random sequences of figure-like pieces, with and without a document date', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));
    const date = fc.option(fc.constantFrom('2025-12-21', '2026-01-25', '1999-02-28', 'not a date'), { nil: undefined });
    fc.assert(fc.property(text, date, (t, d) => check(t, d)), { numRuns: 800 });
  });

  it('pieces joined by spaces (where most figures form)', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(' '));
    fc.assert(fc.property(text, (t) => check(t, '2025-12-21')), { numRuns: 800 });
  });

  it('hostile inputs', () => {
    const digits = '9'.repeat(10_000);
    for (const t of [
      digits,
      `$${digits}`,
      `${digits} billion dollars`,
      `${digits}.${digits}%`,
      '1e308 and 1e309 and 12.32e+400',
      '1.1^999 and 9^-999',
      '$$$$$$1$$$$',
      '¥€£$1',
      '\uFEFF' + 'a\r\n'.repeat(1000),
      'between between 1 and and 2 to to 3',
      'more than more than more than 5',
      '- - - - 1 - - 2',
      '1-2-3-4-5-6-7-8-9',
      '🙂'.repeat(500) + '$5',
      '\uD800\uDC00\uD800 5 \uDC00',
      'one '.repeat(2000),
      'twenty '.repeat(2000),
      'a hundred and '.repeat(500),
      '2025-12-24 06:14\n'.repeat(500),
      'Q1 Q2 Q3 Q4 H1 H2 FY FY2025 FY99 3Q25 fiscal',
    ]) {
      check(t);
      check(t, '2025-12-21');
    }
  });
});
