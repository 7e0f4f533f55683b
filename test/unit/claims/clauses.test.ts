import { strict as assert } from 'node:assert';
import { SentenceWords } from '../../../server/src/analysis/claims/sentenceWords';
import { WordIds } from '../../../server/src/analysis/claims/wordIds';
import { CodeUnitBuffer } from '../../../server/src/analysis/text/codeUnits';

function read(text: string, vocabulary = new WordIds()) {
  const words = new SentenceWords().read(text, new CodeUnitBuffer().of(text), 0, text.length, vocabulary);
  const list = [];
  for (let i = 0; i < words.count; i++) {
    list.push({ text: text.slice(words.starts[i], words.ends[i]).toLowerCase(), id: words.ids[i], clause: words.clauses[i] });
  }
  return list;
}

describe('claims/clauses and words', () => {
  it('splits words on hyphens and lower-cases them', () => {
    const text = "SoftBank's State-Backed war chest";
    assert.deepEqual(read(text).map((w) => w.text), ["softbank's", 'state', 'backed', 'war', 'chest']);
  });

  it('starts a new clause at commas, brackets and dashes, but not inside 1,000', () => {
    const text = 'a fund of 1,000 dollars, led by Acme (a bank) — big';
    const byWord = Object.fromEntries(read(text).map((w) => [w.text, w.clause]));
    assert.equal(byWord.fund, byWord.dollars);
    assert.ok(byWord.led > byWord.dollars);
    assert.ok(byWord.bank > byWord.acme);
    assert.ok(byWord.big > byWord.bank);
  });

  it('gives each word the id of its lower-case text, accented or not, and 0 outside the vocabulary', () => {
    const vocabulary = new WordIds();
    const ids = ['funding', "o'neil", 'préstamo', 'fund'].map((w) => vocabulary.add(w));
    const words = read("Funding FUNDS O’Neil O'NEIL Préstamo fundi fun fund", vocabulary);
    assert.deepEqual(
      words.map((w) => w.id),
      [ids[0], 0, 0, ids[1], ids[2], 0, 0, ids[3]],
    );
  });

  it('reads many words, past its first buffers', () => {
    const text = Array.from({ length: 300 }, (_, i) => (i % 50 === 0 ? 'fund,' : 'word')).join(' ');
    const vocabulary = new WordIds();
    const fund = vocabulary.add('fund');
    const words = read(text, vocabulary);
    assert.equal(words.length, 300);
    assert.equal(words.filter((w) => w.id === fund).length, 6);
    assert.equal(words[299].clause, 6);
  });
});
