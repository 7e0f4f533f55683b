import { strict as assert } from 'node:assert';
import { splitSentences } from '../../server/src/analysis/text/sentences';
import { LineIndex } from '../../server/src/analysis/text/lineIndex';

const texts = (t: string) => [...splitSentences(t)].map((s) => t.slice(s.start, s.end));

describe('text/sentences', () => {
  it('ends sentences at line breaks and at . ! ? before a capital or digit', () => {
    assert.deepEqual(texts('Headline here\nSoftBank led. Sony joined! Why? 3 firms left.'), [
      'Headline here',
      'SoftBank led.',
      'Sony joined!',
      'Why?',
      '3 firms left.',
    ]);
  });

  it('does not end at abbreviations, initials or decimals, and handles CRLF and closing quotes', () => {
    assert.deepEqual(texts('The U.S. and Dr. Tanaka met Jan. 5 at 3.5 p.m. today.\r\n"Done." Next.'), [
      'The U.S. and Dr. Tanaka met Jan. 5 at 3.5 p.m. today.',
      '"Done."',
      'Next.',
    ]);
  });

  it('knows abbreviations in any case, and no longer words that start like one', () => {
    const t = 'Acme INC. Sony joined. Approxim. 5 left! Wow?! Yes. E.G. This. Sept. 4 and Prof.Dr. Kim?\r\rNo. 3 ok. Mr. X';
    assert.deepEqual(texts(t), [
      'Acme INC. Sony joined.',
      'Approxim.',
      '5 left!',
      'Wow?!',
      'Yes.',
      'E.G. This.',
      'Sept. 4 and Prof.Dr.',
      'Kim?',
      'No. 3 ok.',
      'Mr. X',
    ]);
  });

  it('finds the sentence holding an offset', () => {
    const t = 'One. Two.\nThree.';
    const s = splitSentences(t);
    assert.equal(s.indexAt(t.indexOf('Two')), 1);
    assert.equal(s.indexAt(t.indexOf('\n')), -1);
    assert.deepEqual(s.at(t.indexOf('Two')), { start: 5, end: 9 });
    assert.equal(s.at(t.indexOf('\n')), undefined);
  });
});

describe('text/lineIndex', () => {
  it('converts offsets and positions both ways over LF, CRLF and CR, counting UTF-16 units', () => {
    const t = 'a😀b\r\nsecond\rthird\n';
    const idx = new LineIndex(t);
    assert.equal(idx.lineCount, 4);
    assert.deepEqual(idx.positionAt(t.indexOf('b')), { line: 0, character: 3 });
    assert.deepEqual(idx.positionAt(t.indexOf('second')), { line: 1, character: 0 });
    assert.deepEqual(idx.positionAt(t.indexOf('third') + 2), { line: 2, character: 2 });
    assert.equal(idx.offsetAt({ line: 1, character: 3 }), t.indexOf('second') + 3);
    assert.equal(idx.offsetAt({ line: 0, character: 99 }), t.indexOf('\r'), 'clamped before the line break');
    assert.equal(idx.lineText(t, 2), 'third');
  });

  it('finds the same lines as splitting on \\r\\n, \\r and \\n, in any mix', () => {
    const pieces = ['a', 'bc', '\n', '\r', '\r\n', '\n\r', ' ', '\r\r\n'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % pieces.length;
    for (let n = 0; n < 300; n++) {
      let t = '';
      for (let k = n % 12; k > 0; k--) t += pieces[next()];
      const lines = t.split(/\r\n|\r|\n/);
      const idx = new LineIndex(t);
      assert.equal(idx.lineCount, lines.length, JSON.stringify(t));
      lines.forEach((line, i) => assert.equal(idx.lineText(t, i), line, JSON.stringify(t)));
    }
  });
});
