/**
 * Every figure of the five seed articles, by text: kind, unit and role, and
 * values, intervals, dates and dollar values where they matter. Nothing else
 * may be extracted from them (the lists are complete, in order of first
 * appearance).
 */
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS } from '../../helpers/paths';
import { findDocumentDate } from '../../../server/src/analysis/extract/documentDate';
import type { Figure } from '../../../server/src/analysis/model';
import { byText, figures, near } from './helpers';

type Row = [text: string, kind: Figure['kind'], unit: string, role: Figure['role']];

const EXPECTED: Record<string, Row[]> = {
  '000': [
    ['$1B', 'money', 'USD', 'claim'],
    ['4', 'count', 'views', 'furniture'],
    ['10 min', 'duration', 'minutes', 'furniture'],
    ['$1 billion', 'money', 'USD', 'claim'],
    ['$1 Billion', 'money', 'USD', 'claim'],
    ['within 24 months', 'date', 'date', 'claim'],
    ['at least 40%', 'percent', '%', 'claim'],
    ['one', 'number', '', 'claim'], // "from day one"
    ['next quarter', 'date', 'date', 'claim'],
    ['today', 'date', 'date', 'claim'],
    ['Year 1', 'number', '', 'list-label'],
    ['Year 2', 'number', '', 'list-label'],
    ['Year 3', 'number', '', 'list-label'],
    ['Year 5', 'number', '', 'list-label'],
    ['two', 'number', '', 'claim'], // "between two distinct legal and cultural systems"
  ],
  '001': [
    ['more than a dozen', 'count', 'companies', 'claim'],
    ['approximately 3 trillion yen', 'money', 'JPY', 'claim'],
    ['nearly 19 billion USD', 'money', 'USD', 'claim'],
    ['spring of next year', 'date', 'date', 'claim'],
    ['about 100', 'count', 'experts', 'claim'],
    ['16', 'count', 'likes', 'furniture'],
    ['16', 'number', '', 'furniture'],
    ['10', 'number', '', 'furniture'],
    ['0/400', 'number', '', 'furniture'],
    ['2025-12-24 06:14', 'date', 'date', 'timestamp'],
    ['$19 billion', 'money', 'USD', 'claim'],
    ['100', 'count', 'experts', 'claim'],
    ['0', 'number', '', 'furniture'], // "View OriginalReply0"
    ['2025-12-23 18:53', 'date', 'date', 'timestamp'],
    ['three years ago', 'date', 'date', 'claim'],
    ['next spring', 'date', 'date', 'claim'],
    ['2024', 'date', 'date', 'claim'],
    ['2025-12-21 17:24', 'date', 'date', 'timestamp'],
    ['19 billion dollars', 'money', 'USD', 'claim'],
    ['2025-12-21 06:50', 'date', 'date', 'timestamp'],
    ['a hundred', 'count', 'people', 'claim'],
    ['next year', 'date', 'date', 'claim'],
    ['over 15 billion dollars', 'money', 'USD', 'claim'],
    ['2025-12-21 06:46', 'date', 'date', 'timestamp'],
    ['hundreds', 'count', 'developers', 'claim'],
    ['2025-12-21 06:43', 'date', 'date', 'timestamp'],
    ['2025-12-21 06:41', 'date', 'date', 'timestamp'],
    ['19 billion USD', 'money', 'USD', 'claim'],
    ['three', 'count', 'dimensions', 'claim'],
    ['30 trillion yen', 'money', 'JPY', 'claim'],
    ['2025-12-21 06:24', 'date', 'date', 'timestamp'],
    ['over the past two years', 'date', 'date', 'claim'],
    ['2025-12-21 06:21', 'date', 'date', 'timestamp'],
    ['19 billion', 'number', '', 'claim'], // "Betting 19 billion": no currency written
    ['Next spring', 'date', 'date', 'claim'],
  ],
  '002': [
    ['2026-01-25', 'date', 'date', 'timestamp'],
    ['$6.34 billion', 'money', 'USD', 'claim'],
  ],
  '003': [],
  '004': [
    ['$6.7B', 'money', 'USD', 'claim'],
    ['$6.7 billion', 'money', 'USD', 'claim'],
    ['trillion-parameter', 'count', 'parameters', 'model-size'],
    ['Trillion-Parameter', 'count', 'parameters', 'model-size'],
    ['next decade', 'date', 'date', 'claim'],
  ],
};

function seed(prefix: string): { text: string; figs: Figure[]; date: string | undefined } {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix + '_'))!;
  const text = readFileSync(join(SEEDS, file), 'utf8');
  const date = findDocumentDate(text);
  return { text, figs: figures(text, date), date };
}

describe('figures of the seed articles', () => {
  for (const [prefix, rows] of Object.entries(EXPECTED)) {
    it(`seed ${prefix}: every figure, and nothing else`, () => {
      const { figs } = seed(prefix);
      const seen = new Set<string>();
      const got: Row[] = [];
      for (const f of figs) {
        const row: Row = [f.text, f.kind, f.unit, f.role];
        const key = JSON.stringify(row);
        if (!seen.has(key)) got.push(row);
        seen.add(key);
      }
      assert.deepEqual(got, rows);
    });
  }

  it('seed 000: money, the timeline, the percentage, and no document date', () => {
    const { figs, date } = seed('000');
    assert.equal(date, undefined);
    const b = byText(figs, '$1B');
    assert.deepEqual([b.value, b.low, b.high, b.qualifier, b.usd?.value, b.usd?.rate], [1e9, 1e9, 1e9, 'exact', 1e9, 1]);
    const w = byText(figs, 'within 24 months');
    assert.deepEqual(w.date, { low: '', high: '', resolved: false, relative: true });
    assert.equal(w.qualifier, 'at-most');
    assert.ok(Number.isNaN(w.value));
    const p = byText(figs, 'at least 40%');
    assert.deepEqual([p.value, p.low, p.high, p.qualifier], [40, 40, Infinity, 'at-least']);
    assert.equal(byText(figs, 'next quarter').date?.resolved, false);
    assert.equal(figs.filter((f) => f.role === 'claim' && f.kind === 'money').length, 6);
  });

  it('seed 001: yen converted at the 2025 rate, qualifiers, comments dated, relative dates resolved', () => {
    const { figs, date } = seed('001');
    assert.equal(date, '2025-12-21', 'the earliest comment timestamp');
    const yen = byText(figs, 'approximately 3 trillion yen');
    assert.deepEqual([yen.value, yen.qualifier, yen.unit], [3e12, 'about', 'JPY']);
    near(yen.low, 2.7e12);
    near(yen.high, 3.3e12);
    assert.equal(yen.usd?.year, 2025);
    assert.ok(yen.usd!.value > 19e9 && yen.usd!.value < 21e9, `3 trillion yen is about US$20 billion, got ${yen.usd?.value}`);
    const usd = byText(figs, 'nearly 19 billion USD');
    assert.deepEqual([usd.low, usd.high, usd.qualifier], [0.9 * 19e9, 19e9, 'nearly']);
    const dozen = byText(figs, 'more than a dozen');
    assert.deepEqual([dozen.value, dozen.low, dozen.high, dozen.unit, dozen.qualifier], [12, 12, Infinity, 'companies', 'over']);
    const experts = byText(figs, 'about 100');
    assert.deepEqual([experts.low, experts.high, experts.unit], [90, 110, 'experts']);
    assert.deepEqual(byText(figs, 'spring of next year').date, { low: '2026-03-01', high: '2026-05-31', resolved: true, relative: true });
    assert.deepEqual(byText(figs, 'next spring').date, { low: '2026-03-01', high: '2026-05-31', resolved: true, relative: true });
    assert.deepEqual(byText(figs, 'next year').date, { low: '2026-01-01', high: '2026-12-31', resolved: true, relative: true });
    assert.deepEqual(byText(figs, 'three years ago').date, { low: '2022-01-01', high: '2022-12-31', resolved: true, relative: true });
    assert.equal(byText(figs, '2025-12-24 06:14').date?.low, '2025-12-24T06:14Z');
    const over = byText(figs, 'over 15 billion dollars');
    assert.deepEqual([over.low, over.high, over.qualifier], [15e9, Infinity, 'over']);
    const hundreds = byText(figs, 'hundreds');
    assert.deepEqual([hundreds.low, hundreds.high, hundreds.unit], [200, 999, 'developers']);
    const thirty = byText(figs, '30 trillion yen');
    assert.ok(thirty.usd!.value > 190e9 && thirty.usd!.value < 210e9);
    assert.equal(figs.filter((f) => f.role === 'timestamp').length, 10, 'one per comment');
    assert.equal(figs.filter((f) => f.role === 'furniture' && f.text === '0').length, 9, 'every Reply0 counter');
  });

  it('seed 002: the "date" line dates the document and is a timestamp', () => {
    const { figs, date } = seed('002');
    assert.equal(date, '2026-01-25');
    const m = byText(figs, '$6.34 billion');
    assert.deepEqual([m.value, m.usd?.value, m.usd?.year], [6.34e9, 6.34e9, 2026]);
  });

  it('seed 004: "$6.7B" is money, "trillion-parameter" a model size, "layer-2" nothing', () => {
    const { figs, text } = seed('004');
    assert.equal(byText(figs, '$6.7B').value, 6.7e9);
    const t = byText(figs, 'trillion-parameter');
    assert.deepEqual([t.value, t.role, t.usd], [1e12, 'model-size', undefined]);
    const layer = text.indexOf('layer-2');
    assert.ok(layer > 0 && !figs.some((f) => f.start <= layer + 6 && f.end > layer));
  });
});
