import { strict as assert } from 'node:assert';
import { matchesAny } from '../../../server/src/lsp/globMatch';
import { isArticlePath } from '../../../server/src/lsp/articleFiles';
import { join } from 'node:path';

describe('article globs', () => {
  it('matches VS Code style globs against relative paths', () => {
    assert.ok(matchesAny('seeds/001.txt', ['**/seeds/*.txt']));
    assert.ok(matchesAny('a/b/seeds/001.txt', ['**/seeds/*.txt']));
    assert.ok(!matchesAny('seeds/sub/001.txt', ['**/seeds/*.txt']));
    assert.ok(matchesAny('x.article.txt', ['**/*.article.txt']));
    assert.ok(matchesAny('articles/2024/x.md', ['articles/**/*.{txt,md}']));
    assert.ok(!matchesAny('articles/2024/x.json', ['articles/**/*.{txt,md}']));
    assert.ok(matchesAny('a1.txt', ['a[0-9].txt']));
    assert.ok(matchesAny('a.b.txt', ['a?b.txt']));
    assert.ok(!matchesAny('a/b.txt', ['a?b.txt']), '? never matches a folder separator');
    assert.ok(matchesAny('(x)+.txt', ['(x)+.txt']), 'regex characters are literal');
  });

  it('keeps articles inside the workspace folders and out of node_modules', () => {
    const root = join('/', 'ws');
    assert.ok(isArticlePath(join(root, 'seeds', 'a.txt'), [root], ['**/seeds/*.txt']));
    assert.ok(!isArticlePath(join('/', 'elsewhere', 'seeds', 'a.txt'), [root], ['**/seeds/*.txt']));
    assert.ok(!isArticlePath(join(root, 'node_modules', 'x', 'seeds', 'a.txt'), [root], ['**/seeds/*.txt']));
  });
});
