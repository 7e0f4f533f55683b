import { strict as assert } from 'node:assert';
import { figures, only, near } from './helpers';

describe('figures: percentages', () => {
  for (const t of ['40%', '40 %', '40 percent', '40 per cent', '40 pct']) {
    it(`${t} is 40%`, () => {
      const f = only(t);
      assert.deepEqual([f.kind, f.value, f.unit], ['percent', 40, '%']);
    });
  }
  it('percentage points are a unit of their own', () => {
    for (const t of ['3 percentage points', '3pp', '3 pp']) assert.deepEqual([only(t).value, only(t).unit], [3, 'pp']);
    near(only('25 basis points').value, 0.25);
  });
  it('negative percentages', () => {
    assert.equal(only('just need minus five percent').value, -5);
    assert.equal(only('it fell -5% on Monday').value, -5);
  });
});

describe('figures: counts and numbers', () => {
  const counts: Array<[string, string, number, string]> = [
    ['about 100 top experts', 'about 100', 100, 'experts'],
    ['more than a dozen local companies', 'more than a dozen', 12, 'companies'],
    ['two companies', 'two', 2, 'companies'],
    ['one company', 'one', 1, 'companies'],
    ['hundreds of engineers', 'hundreds', 200, 'engineers'],
    ['1,200 employees', '1,200', 1200, 'employees'],
    ['160 more startups', '160', 160, 'startups'],
    ['a hundred people', 'a hundred', 100, 'people'],
    ['tens of thousands of people', 'tens of thousands', 20000, 'people'],
  ];
  for (const [input, text, value, unit] of counts) {
    it(`${input} counts ${unit}`, () => {
      const f = only(input);
      assert.deepEqual([f.kind, f.text, f.value, f.unit], ['count', text, value, unit]);
    });
  }
  it('vague plurals are intervals', () => {
    const f = only('hundreds of engineers');
    assert.deepEqual([f.low, f.high, f.qualifier], [200, 999, 'between']);
  });
  it('a number with no noun is a plain number', () => {
    const f = only('The ratio rose to 3.5 by the end.');
    assert.deepEqual([f.kind, f.value, f.unit], ['number', 3.5, '']);
  });
  it('number words', () => {
    assert.equal(only('twenty-one trillion').value, 21e12);
    assert.equal(only('two hundred and two thousand').value, 202000);
    near(only('two thirds').value, 2 / 3);
    assert.equal(only('one and a half').value, 1.5);
    assert.equal(only('nine point nought four').value, 9.04);
  });
  it('"one" as a pronoun is not a figure', () => {
    assert.deepEqual(figures('one of the largest banks'), []);
    assert.deepEqual(figures('this one is different'), []);
  });
});

describe('figures: ranges', () => {
  it('between … and …', () => {
    const f = only('between 20 and 30');
    assert.deepEqual([f.kind, f.rangeOf, f.low, f.high, f.qualifier], ['range', 'number', 20, 30, 'between']);
  });
  it('money ranges, with the scale written once or twice', () => {
    for (const t of ['$12 billion to $13 billion', '$12 to $13 billion', 'between $12 billion and $13 billion']) {
      const f = only(t);
      assert.deepEqual([f.kind, f.rangeOf, f.unit, f.low, f.high], ['range', 'money', 'USD', 12e9, 13e9], t);
      assert.equal(f.usd?.low, 12e9);
    }
  });
  it('percent ranges with a dash', () => {
    const f = only('20-30%');
    assert.deepEqual([f.rangeOf, f.low, f.high, f.unit], ['percent', 20, 30, '%']);
    assert.equal(only('20–30 percent').rangeOf, 'percent');
  });
  it('counts and years', () => {
    assert.deepEqual([only('from 200 to 300 engineers').low, only('from 200 to 300 engineers').unit], [200, 'engineers']);
    const y = only('from 2020 to 2025');
    assert.deepEqual([y.kind, y.date?.low, y.date?.high], ['date', '2020-01-01', '2025-12-31']);
  });
  it('a descending pair or a dash chain is not a range', () => {
    assert.equal(figures('a 3-2 vote').filter((f) => f.kind === 'range').length, 0);
    assert.deepEqual(figures('call +1-222-2222-2222 now'), []);
  });
});

describe('figures: durations', () => {
  for (const [t, v, u] of [['24 months', 24, 'months'], ['five years', 5, 'years'], ['a five-year plan', 5, 'years'], ['for 5 consecutive years', 5, 'years'], ['three weeks', 3, 'weeks']] as const) {
    it(`${t}`, () => {
      const f = only(t);
      assert.deepEqual([f.kind, f.value, f.unit], ['duration', v, u]);
    });
  }
  it('"over 3 years" is a duration with an open interval', () => {
    const f = only('over 3 years');
    assert.deepEqual([f.kind, f.low, f.high], ['duration', 3, Infinity]);
  });
});

describe('figures: qualifiers', () => {
  it('about is ±10%', () => {
    for (const q of ['about', 'approximately', 'around', 'roughly', 'some', '~']) {
      const f = only(`${q} 100 people`);
      assert.deepEqual([f.qualifier, f.low, f.high], ['about', 90, 110], q);
    }
  });
  it('nearly is at most, above 90%', () => {
    for (const q of ['nearly', 'almost']) {
      const f = only(`${q} 19 billion dollars`);
      assert.deepEqual([f.qualifier, f.high], ['nearly', 19e9]);
      near(f.low, 17.1e9);
    }
  });
  it('over, at least, up to, under, or more', () => {
    const over = only('over 15 billion dollars');
    assert.deepEqual([over.qualifier, over.low, over.high], ['over', 15e9, Infinity]);
    const least = only('at least 40%');
    assert.deepEqual([least.qualifier, least.low, least.high], ['at-least', 40, Infinity]);
    const upTo = only('up to 700 workers');
    assert.deepEqual([upTo.qualifier, upTo.low, upTo.high], ['at-most', 0, 700]);
    const under = only('less than 5% of them');
    assert.deepEqual([under.qualifier, under.high], ['under', 5]);
    const more = only('500 or more people');
    assert.deepEqual([more.qualifier, more.low, more.high], ['at-least', 500, Infinity]);
  });
  it('a qualifier is part of the figure\'s text', () => {
    assert.equal(only('with a total investment of approximately 3 trillion yen').text, 'approximately 3 trillion yen');
  });
});

describe('figures: roles', () => {
  it('page furniture', () => {
    const fs = figures('📅 · 📁 Industry · 👁 4 views · ⏱️ 10 min read\n16 Likes\nReward\n16\n10\nRepost\n0/400\nView OriginalReply0\n');
    assert.ok(fs.length >= 7);
    for (const f of fs) assert.equal(f.role, 'furniture', f.text);
  });
  it('list labels', () => {
    const fs = figures('Milestones\n  • Year 1: select partners.\n  • Year 2: build.\n1. First step\n2) Second step\n');
    assert.deepEqual(fs.map((f) => [f.text, f.role]), [['Year 1', 'list-label'], ['Year 2', 'list-label'], ['1', 'list-label'], ['2', 'list-label']]);
  });
  it('model sizes', () => {
    for (const t of ['trillion-parameter models', 'a 7B-parameter model', 'a 70 billion parameter model']) assert.equal(only(t).role, 'model-size', t);
  });
  it('timestamps: comment dates, datelines, date lines', () => {
    assert.equal(only('Handle\n· 2025-12-24 06:14\nGreat article').role, 'timestamp');
    assert.equal(only('TOKYO, Jan. 25, 2026 — The government said…').role, 'timestamp');
    assert.equal(only('date 2026-01-25 Backed by public funding').role, 'timestamp');
    assert.equal(only('The plan was approved on January 25, 2026 by the cabinet.').role, 'claim');
  });
});

describe('figures: hostile and tricky text', () => {
  it('names with digits are not figures', () => {
    assert.deepEqual(figures('Web3, COVID-19, 5G, F-35, A4 paper, 24/7 support, 3D printing, layer-2, MP3'), []);
  });
  it('units glued to numbers are not figures', () => {
    assert.deepEqual(figures('the 180.25ml liquid, a 29km road'), []);
  });
  it('empty, whitespace and BOM', () => {
    assert.deepEqual(figures(''), []);
    assert.deepEqual(figures('   \n\r\n'), []);
    assert.equal(only('\uFEFF$5 million').text, '$5 million');
  });
  it('CRLF lines', () => {
    const fs = figures('16 Likes\r\n16\r\nIt cost $5 million.\r\n');
    assert.deepEqual(fs.map((f) => [f.text, f.role]), [['16', 'furniture'], ['16', 'furniture'], ['$5 million', 'claim']]);
  });
  it('huge numbers stay finite or are dropped', () => {
    const fs = figures(`${'9'.repeat(400)} and $${'9'.repeat(10000)} billion`);
    for (const f of fs) assert.ok(Number.isFinite(f.value), f.text.slice(0, 20));
  });
});
