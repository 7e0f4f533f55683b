import { strict as assert } from 'node:assert';
import { clauseNumbers } from '../../../server/src/analysis/claims/clauses';
import { wordsIn } from '../../../server/src/analysis/text/words';

describe('claims/clauses and words', () => {
  it('splits words on hyphens and lower-cases them', () => {
    const text = "SoftBank's State-Backed war chest";
    assert.deepEqual(wordsIn(text, 0, text.length).map((w) => w.text), ["softbank's", 'state', 'backed', 'war', 'chest']);
  });

  it('starts a new clause at commas, brackets and dashes, but not inside 1,000', () => {
    const text = 'a fund of 1,000 dollars, led by Acme (a bank) — big';
    const words = wordsIn(text, 0, text.length);
    const clauses = clauseNumbers(text, words);
    const byWord = Object.fromEntries(words.map((w, i) => [w.text, clauses[i]]));
    assert.equal(byWord.fund, byWord.dollars);
    assert.ok(byWord.led > byWord.dollars);
    assert.ok(byWord.bank > byWord.acme);
    assert.ok(byWord.big > byWord.bank);
  });
});
