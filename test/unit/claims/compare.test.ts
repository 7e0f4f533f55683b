import { strict as assert } from 'node:assert';
import { relativeGap, toleranceFor } from '../../../server/src/analysis/claims/compare';
import type { Figure } from '../../../server/src/analysis/model';

const usd = (low: number, high = low) => ({ low, high, unit: 'USD' });

describe('claims/compare', () => {
  it('measures the gap between disjoint intervals relative to the larger facing end', () => {
    assert.equal(relativeGap(usd(6.34e9), usd(6.7e9)).toFixed(4), ((6.7 - 6.34) / 6.7).toFixed(4));
    assert.equal(relativeGap(usd(6.7e9), usd(6.34e9)).toFixed(4), ((6.7 - 6.34) / 6.7).toFixed(4));
  });

  it('sees no gap when intervals overlap: a range and a value inside it, an open bound', () => {
    assert.equal(relativeGap(usd(12e9, 13e9), usd(12.5e9)), 0);
    assert.equal(relativeGap(usd(15e9, Infinity), usd(18e9, 22e9)), 0);
    assert.equal(relativeGap(usd(17.1e9, 19e9), usd(19e9, 19e9)), 0);
  });

  it('uses the looser conversion tolerance between amounts in two currencies', () => {
    const yen = { kind: 'money', unit: 'JPY' } as Figure;
    const dollars = { kind: 'money', unit: 'USD' } as Figure;
    assert.equal(toleranceFor(yen, dollars, 0.02, 0.15), 0.15);
    assert.equal(toleranceFor(dollars, dollars, 0.02, 0.15), 0.02);
  });
});
