import { strict as assert } from 'node:assert';
import { findDocumentDate } from '../../../server/src/analysis/extract/documentDate';
import { only, figures } from './helpers';

const DOC = '2025-12-21';
const period = (t: string, doc?: string) => {
  const f = only(t, doc);
  assert.equal(f.kind, 'date', t);
  return [f.date?.low, f.date?.high];
};

describe('figures: absolute dates', () => {
  const cases: Array<[string, string, string]> = [
    ['2025-12-24', '2025-12-24', '2025-12-24'],
    ['January 25, 2026', '2026-01-25', '2026-01-25'],
    ['25 January 2026', '2026-01-25', '2026-01-25'],
    ['Dec. 2025', '2025-12-01', '2025-12-31'],
    ['in 2024 alone', '2024-01-01', '2024-12-31'],
    ['Q3 2025', '2025-07-01', '2025-09-30'],
    ['the third quarter of 2025', '2025-07-01', '2025-09-30'],
    ['H1 2025', '2025-01-01', '2025-06-30'],
    ['the first half of 2026', '2026-01-01', '2026-06-30'],
    ['spring 2026', '2026-03-01', '2026-05-31'],
    ['winter of 2025', '2025-12-01', '2026-02-28'],
    ['early 2026', '2026-01-01', '2026-04-30'],
    ['mid-2025', '2025-05-01', '2025-08-31'],
    ['FY2025', '2025-01-01', '2025-12-31'],
    ['the 1990s', '1990-01-01', '1999-12-31'],
    ['12/25/2025', '2025-12-25', '2025-12-25'],
  ];
  for (const [t, low, high] of cases) it(`${t} → ${low}..${high}`, () => assert.deepEqual(period(t), [low, high]));

  it('timestamps keep their time', () => {
    const f = only('· 2025-12-24 06:14');
    assert.deepEqual([f.date?.low, f.value], ['2025-12-24T06:14Z', Date.UTC(2025, 11, 24, 6, 14)]);
  });
  it('value, low and high are epoch milliseconds of the period', () => {
    const f = only('in 2024');
    assert.deepEqual([f.value, f.low, f.high], [Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1) - 1]);
  });
  it('"May" and "March" are months only where a date is expected', () => {
    assert.deepEqual(figures('May I ask? They march on.'), []);
    assert.deepEqual(period('in May', DOC), ['2025-05-01', '2025-05-31']);
  });
  it('invalid calendar dates are not dates', () => {
    assert.equal(figures('2025-02-30').filter((f) => f.kind === 'date').length, 0);
  });
});

describe('figures: relative dates', () => {
  const cases: Array<[string, string, string]> = [
    ['next year', '2026-01-01', '2026-12-31'],
    ['last year', '2024-01-01', '2024-12-31'],
    ['this year', '2025-01-01', '2025-12-31'],
    ['spring of next year', '2026-03-01', '2026-05-31'],
    ['next spring', '2026-03-01', '2026-05-31'],
    ['next quarter', '2026-01-01', '2026-03-31'],
    ['early next year', '2026-01-01', '2026-04-30'],
    ['within 24 months', '2025-12-21', '2027-12-21'],
    ['over the next five years', '2025-12-21', '2030-12-21'],
    ['over the past two years', '2023-12-21', '2025-12-21'],
    ['three years ago', '2022-01-01', '2022-12-31'],
    ['in two years', '2027-01-01', '2027-12-31'],
    ['next month', '2026-01-01', '2026-01-31'],
  ];
  for (const [t, low, high] of cases) it(`${t} (document of ${DOC}) → ${low}..${high}`, () => assert.deepEqual(period(t, DOC), [low, high]));

  it('recognised but unresolved without a document date', () => {
    for (const t of ['next year', 'spring of next year', 'within 24 months', 'next quarter']) {
      const f = only(t);
      assert.equal(f.kind, 'date', t);
      assert.deepEqual(f.date, { low: '', high: '', resolved: false, relative: true });
    }
  });
  it('"for two years" is a duration, not a date', () => {
    assert.equal(only('for two years').kind, 'duration');
  });
});

describe('findDocumentDate', () => {
  it('a "date" line wins', () => {
    assert.equal(findDocumentDate(' date 2026-01-25 Backed by $6.34 billion'), '2026-01-25');
    assert.equal(findDocumentDate('Title\nPublished: January 25, 2026\nText'), '2026-01-25');
  });
  it('a dateline near the top', () => {
    assert.equal(findDocumentDate('TOKYO, Jan. 25, 2026 — The government said'), '2026-01-25');
  });
  it('the earliest of several comment timestamps', () => {
    assert.equal(findDocumentDate('Article\nA\n· 2025-12-24 06:14\nhi\nB\n· 2025-12-21 06:21\nyo\n'), '2025-12-21');
  });
  it('none: undefined; bad input does not throw', () => {
    assert.equal(findDocumentDate('No date here, only 2024 as a year.'), undefined);
    assert.equal(findDocumentDate(''), undefined);
    assert.equal(findDocumentDate('date 2026-13-45'), undefined);
  });
});
