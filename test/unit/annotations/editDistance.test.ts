import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { approximateMatches, boundedDistance, scanBitParallel, scanCutoff } from '../../../server/src/analysis/annotations/editDistance';

/** Plain O(n·m) Levenshtein, the reference for the bounded one. */
function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
    prev = cur;
  }
  return prev[b.length]!;
}

describe('annotations: bounded edit distance', () => {
  it('agrees with plain Levenshtein within the bound, and says max + 1 beyond it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.integer({ min: 0, max: 6 }), (a, b, max) => {
        const d = levenshtein(a, b);
        assert.equal(boundedDistance(a, b, max), d <= max ? d : max + 1);
      }),
    );
  });

  it('finds a quote with one changed character, with its whole span', () => {
    const text = 'the government will provide $6.9 billion in backing';
    const [m] = approximateMatches(text, '$6.7 billion', 3);
    assert.ok(m);
    assert.equal(text.slice(m.start, m.end), '$6.9 billion');
    assert.equal(m.errors, 1);
  });

  it('finds a quote that lost or gained characters', () => {
    const text = 'shares of Preferred Network rose; Preferred Networkss fell';
    const found = approximateMatches(text, 'Preferred Networks', 2).map((m) => [text.slice(m.start, m.end), m.errors]);
    assert.deepEqual(found, [
      ['Preferred Network', 1],
      ['Preferred Networks', 0],
    ].sort((a, b) => (a[1] as number) - (b[1] as number)));
  });

  it('reports nothing beyond the bound', () => {
    assert.deepEqual(approximateMatches('completely different words here', 'Rapidus', 2), []);
  });

  it('every match it reports is within the bound (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.string({ minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 3 }), (text, pattern, k) => {
        for (const m of approximateMatches(text, pattern, k)) {
          assert.ok(m.errors <= k);
          assert.ok(levenshtein(text.slice(m.start, m.end), pattern) <= m.errors, `${JSON.stringify(text.slice(m.start, m.end))} vs ${JSON.stringify(pattern)}`);
        }
      }),
    );
  });
});

describe('annotations: the two scanners agree', () => {
  it('bit-parallel and cut-off report the same ends and errors (property)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ', 'é', '😀');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((a) => a.join('')), fc.array(alphabet, { minLength: 1, maxLength: 16 }).map((a) => a.join('')), fc.integer({ min: 0, max: 6 }), (text, pattern, k) => {
        if (pattern.length > 32) return;
        const bits: Array<[number, number]> = [];
        const cut: Array<[number, number]> = [];
        scanBitParallel(text, pattern, Math.min(k, pattern.length), 0, text.length, (e, x) => bits.push([e, x]));
        scanCutoff(text, pattern, Math.min(k, pattern.length), 0, text.length, (e, x) => cut.push([e, x]));
        assert.deepEqual(bits, cut);
      }),
      { numRuns: 500 },
    );
  });

  it('handles a full 32-character pattern', () => {
    const pattern = 'the chipmaker founded by eight c';
    assert.equal(pattern.length, 32);
    const text = `xx ${pattern.replace('eight', 'eigth')} yy`;
    const [m] = approximateMatches(text, pattern, 8);
    assert.equal(m?.errors, 2);
  });
});
