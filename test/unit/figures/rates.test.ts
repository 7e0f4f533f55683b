import { strict as assert } from 'node:assert';
import { createRateTable } from '../../../server/src/analysis/extract/rates';
import { figures } from './helpers';
import { extractFigures } from '../../../server/src/analysis/extract/figures';

describe('exchange rates', () => {
  const table = createRateTable({});

  it('ships annual averages for the listed currencies, 2015 to 2025', () => {
    for (const code of ['EUR', 'GBP', 'JPY', 'CNY', 'KRW', 'INR', 'CHF', 'CAD', 'AUD']) {
      for (const year of [2015, 2020, 2025]) {
        const r = table.rate(code, year);
        assert.ok(r && r.year === year && r.rate > 0, `${code} ${year}`);
      }
    }
    assert.ok(Math.abs(table.rate('JPY', 2024)!.rate - 0.0066) < 0.0001);
    assert.ok(Math.abs(table.rate('JPY', 2025)!.rate - 0.0067) < 0.0001);
  });

  it('uses the nearest year, and the latest without a year', () => {
    assert.equal(table.rate('EUR', 2031)!.year, 2025);
    assert.equal(table.rate('EUR', 1990)!.year, 2015);
    assert.equal(table.rate('EUR')!.year, 2025);
    assert.deepEqual(table.rate('USD', 2019), { rate: 1, year: 2019 });
    assert.equal(table.rate('XYZ'), undefined);
  });

  it('a workspace overrides a rate or adds a year or a currency', () => {
    const t = createRateTable({ JPY: { '2025': 0.01, '2026': 0.008 }, SEK: { '2024': 0.095 } });
    assert.equal(t.rate('JPY', 2025)!.rate, 0.01);
    assert.deepEqual(t.rate('JPY'), { rate: 0.008, year: 2026 });
    assert.equal(t.rate('JPY', 2020)!.rate, table.rate('JPY', 2020)!.rate);
    assert.equal(t.rate('SEK', 2024)!.rate, 0.095);
  });

  it('money figures carry the converted value, rate and year', () => {
    const [f] = figures('approximately 3 trillion yen', '2024-05-01');
    assert.equal(f.usd?.year, 2024);
    assert.equal(f.usd?.rate, table.rate('JPY', 2024)!.rate);
    assert.equal(f.usd?.value, Number((3e12 * f.usd!.rate).toPrecision(3)));
    assert.ok(f.usd!.low < f.usd!.value && f.usd!.value < f.usd!.high);
    const [g] = extractFigures('3 trillion yen', { rates: createRateTable({ JPY: { '2025': 0.01 } }) });
    assert.equal(g.usd?.value, 3e10);
  });
});
