import { strict as assert } from 'node:assert';
import { encode, TOKEN_TYPES, TOKEN_MODIFIERS } from '../../../server/src/lsp/semanticTokens';
import { LineIndex } from '../../../server/src/analysis/text/lineIndex';
import { decodeTokens } from '../../helpers/semanticTokens';

const legend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };
const tok = (text: string, word: string, type: number, modifiers = 0, from = 0) => {
  const start = text.indexOf(word, from);
  assert.ok(start >= 0, word);
  return { start, end: start + word.length, type, modifiers };
};

describe('semantic token encoding', () => {
  it('counts UTF-16 code units (astral characters take two) and decodes back to the same text', () => {
    const text = '😀 Sony 🎉 paid ¥1 trillion.\n\tNEC and 😀Sony';
    const tokens = [tok(text, 'Sony', 0), tok(text, '¥1 trillion', 3, 1), tok(text, 'NEC', 0), tok(text, 'Sony', 0, 2, 20)];
    const decoded = decodeTokens(encode(tokens, new LineIndex(text), text), text, legend);
    assert.deepEqual(
      decoded.map((d) => [d.text, d.type, d.modifiers.join('+'), d.line]),
      [
        ['Sony', 'organization', '', 0],
        ['¥1 trillion', 'figure', 'conflicting', 0],
        ['NEC', 'organization', '', 1],
        ['Sony', 'organization', 'corroborated', 1],
      ],
    );
    assert.equal(decoded[0].character, 3, 'the emoji before Sony is two code units');
  });

  it('splits a token that spans lines (LF and CRLF) into one token per line', () => {
    for (const nl of ['\n', '\r\n']) {
      const text = `The Bank of${nl}Japan said so.`;
      const start = text.indexOf('Bank');
      const end = text.indexOf('Japan') + 'Japan'.length;
      const decoded = decodeTokens(encode([{ start, end, type: 0, modifiers: 0 }], new LineIndex(text), text), text, legend);
      assert.deepEqual(
        decoded.map((d) => [d.line, d.character, d.text]),
        [
          [0, 4, 'Bank of'],
          [1, 0, 'Japan'],
        ],
      );
    }
  });

  it('drops overlapping tokens and keeps document order', () => {
    const text = 'SoftBank Group Corp';
    const decoded = decodeTokens(encode([{ start: 9, end: 14, type: 0, modifiers: 0 }, { start: 0, end: 14, type: 0, modifiers: 0 }], new LineIndex(text), text), text, legend);
    assert.deepEqual(decoded.map((d) => d.text), ['SoftBank Group']);
  });
});
