import { strict as assert } from 'node:assert';
import { escapeMarkdown, fileLink, truncate } from '../../../server/src/lsp/markdown';

/** What a Markdown renderer could turn into something active, in escaped output. */
function assertInert(md: string): void {
  assert.doesNotMatch(md, /(?<!\\)\[[^\]]*(?<!\\)\]\(/, 'no link syntax');
  assert.doesNotMatch(md, /(?<!\\)!(?<!\\)\[/, 'no image syntax');
  assert.doesNotMatch(md, /<[a-z/!]/i, 'no HTML');
  assert.doesNotMatch(md, /(?<!\\)`/, 'no code span');
  assert.doesNotMatch(md, /https?:\/\/|www\.|command:/i, 'nothing a renderer would autolink');
  assert.doesNotMatch(md, /\n/, 'stays on one line');
}

describe('hover Markdown escaping', () => {
  it('makes hostile article text inert', () => {
    for (const hostile of [
      '[x](command:foo)',
      '![i](http://evil/x.png)',
      '<img src=x onerror=alert(1)>',
      '``code`` and `tick`',
      'see https://evil.example/?a=1 or www.evil.example',
      '[ref]: command:workbench.action.terminal.new',
      'mail me@evil.example\n# heading\n> quote',
      '\\[escaped](command:x)',
      '&lt;img&gt; &#60;script&#62;',
    ]) {
      const md = escapeMarkdown(hostile);
      assertInert(md);
    }
  });

  it('keeps the readable text', () => {
    assert.equal(escapeMarkdown('SoftBank raised $6.7 billion'), 'SoftBank raised $6\\.7 billion');
  });

  it('makes links only to the given URI, with a line fragment, whatever the file is called', () => {
    const link = fileLink('[x](command:foo).txt', 'file:///tmp/a%20(b).txt', { line: 4, character: 2 });
    assert.equal(link, '[\\[x\\]\\(command&#58;foo\\)\\.txt](file:///tmp/a%20%28b%29.txt#L5,3)');
  });

  it('truncates long sentences on a word boundary', () => {
    assert.equal(truncate('one two three four', 10), 'one two…');
    assert.equal(truncate('short', 10), 'short');
  });
});
