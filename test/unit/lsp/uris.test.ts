/**
 * File URIs: pathToUri spells every path as pathToFileURL does (its quick
 * path for plain POSIX paths included), so that the corpus never holds the
 * same file under two URIs.
 */
import { strict as assert } from 'node:assert';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { normalizeUri, pathToUri, uriToPath } from '../../../server/src/lsp/uris';

const PIECES = ['/', '//', '.', '..', './', '../', 'a', 'Z', '0', '-', '_', '~', ' ', '%', '%20', '#', '?', 'é', '日本', '\\', '+', '@', ':', ';', ',', '=', '&', '!', '(', "'", '`', '{', '\n', 'news', '.article.txt'];

describe('lsp/uris', () => {
  it('spells a path as pathToFileURL does', () => {
    for (const path of ['/tmp/ws/news/event00000_src0.article.txt', '/tmp/ws/seeds/001_e9cf73391ff22250.txt', '/a b/c.txt', '/a/./b', '/a/../b', '//x', '/', '/a%b', '/ä.txt']) {
      assert.equal(pathToUri(path), pathToFileURL(path).href, path);
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
        const path = '/' + pieces.join('');
        assert.equal(pathToUri(path), pathToFileURL(path).href, JSON.stringify(path));
      }),
      { numRuns: 5000 },
    );
  });

  it('gives back the path of a URI it made, and one spelling of a URI', () => {
    const path = '/tmp/ws/news/event00000_src0.article.txt';
    assert.equal(uriToPath(pathToUri(path)), path);
    assert.equal(normalizeUri('file:///tmp/ws/news/event00000%5Fsrc0.article.txt'), pathToUri(path));
  });
});
