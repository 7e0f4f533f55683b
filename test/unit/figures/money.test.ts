import { strict as assert } from 'node:assert';
import { only, near, figures } from './helpers';

describe('figures: money', () => {
  const cases: Array<[string, string, number, string]> = [
    ['$1B', '$1B', 1e9, 'USD'],
    ['$6.7B', '$6.7B', 6.7e9, 'USD'],
    ['US$140 million', 'US$140 million', 140e6, 'USD'],
    ['JPY20 billion', 'JPY20 billion', 20e9, 'JPY'],
    ['¥1 trillion', '¥1 trillion', 1e12, 'JPY'],
    ['3 trillion yen', '3 trillion yen', 3e12, 'JPY'],
    ['$ 75 million', '$ 75 million', 75e6, 'USD'],
    ['two billion dollars', 'two billion dollars', 2e9, 'USD'],
    ['€5m', '€5m', 5e6, 'EUR'],
    ['£3.2bn', '£3.2bn', 3.2e9, 'GBP'],
    ['₩1 trillion', '₩1 trillion', 1e12, 'KRW'],
    ['₹500 crore', '₹500 crore', 5e9, 'INR'],
    ['CHF 10 million', 'CHF 10 million', 10e6, 'CHF'],
    ['C$5 million', 'C$5 million', 5e6, 'CAD'],
    ['A$2bn', 'A$2bn', 2e9, 'AUD'],
    ['5 million Swiss francs', '5 million Swiss francs', 5e6, 'CHF'],
    ['100 billion yuan', '100 billion yuan', 100e9, 'CNY'],
    ['323 million euros', '323 million euros', 323e6, 'EUR'],
    ['50 billion won', '50 billion won', 50e9, 'KRW'],
    ['35 lakh rupees', '35 lakh rupees', 3.5e6, 'INR'],
    ['EUR 40 million', 'EUR 40 million', 40e6, 'EUR'],
    ['19 billion USD', '19 billion USD', 19e9, 'USD'],
    ['$10,000', '$10,000', 1e4, 'USD'],
    ['$1.5tn', '$1.5tn', 1.5e12, 'USD'],
    ['10 Canadian dollars', '10 Canadian dollars', 10, 'CAD'],
    ['five million pounds sterling', 'five million pounds sterling', 5e6, 'GBP'],
    ['a 12-cent dividend', '12-cent', 0.12, 'USD'],
    ['470 pence a share', '470 pence', 4.7, 'GBP'],
    ['thirteen dollars and forty-five cents', 'thirteen dollars and forty-five cents', 13.45, 'USD'],
    ['hundreds of millions of dollars', 'hundreds of millions of dollars', 2e8, 'USD'],
  ];
  for (const [input, text, value, unit] of cases) {
    it(`${input} → ${value} ${unit}`, () => {
      const f = only(input);
      assert.equal(f.kind, 'money');
      assert.equal(f.text, text);
      near(f.value, value);
      assert.equal(f.unit, unit);
      assert.equal(f.role, 'claim');
      assert.ok(f.usd, 'converted to US dollars');
    });
  }

  it('converts at the document year, else the latest year, and records rate and year', () => {
    const in2020 = only('It cost 1 billion yen.', '2020-06-01');
    assert.equal(in2020.usd?.year, 2020);
    near(in2020.usd!.rate, 1 / 106.77, 1e-3);
    const undated = only('It cost 1 billion yen.');
    assert.equal(undated.usd?.year, 2025);
    // Three significant digits: a conversion is no more precise than its rate.
    assert.equal(String(undated.usd!.value).replace(/0+$/, '').length <= 3, true);
  });

  it('a US dollar amount keeps its exact value', () => {
    assert.equal(only('$6.34 billion').usd?.value, 6.34e9);
  });

  it('a currency with no rate has no dollar value, but is still money', () => {
    const f = only('It costs 100 ₡ here');
    assert.equal(f.unit, 'CRC');
    assert.equal(f.usd, undefined);
  });

  it('pounds without a scale are a weight, not money', () => {
    assert.notEqual(only('It weighs 200 pounds.').kind, 'money');
    assert.equal(only('They paid 200 million pounds.').kind, 'money');
  });

  it('a bare scale word is not money ("million-dollar question")', () => {
    assert.deepEqual(figures('the million-dollar question'), []);
  });

  it('an amount in two currencies gives two money figures', () => {
    const fs = figures('3 trillion yen (equivalent to nearly 19 billion USD)');
    assert.deepEqual(fs.map((f) => [f.unit, f.qualifier]), [['JPY', 'exact'], ['USD', 'nearly']]);
  });
});
