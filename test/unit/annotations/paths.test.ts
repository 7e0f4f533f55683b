import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkspacePaths } from '../../../server/src/lsp/annotations/paths';

describe('annotations: workspace paths', () => {
  const root = join('/', 'home', 'r', 'My Research');
  const canonical = pathToFileURL(join(root, 'news', 'a b.txt')).href;

  it('maps document URIs inside the workspace to forward-slash relative paths, and refuses the others', () => {
    const paths = new WorkspacePaths(root, { has: () => false, ids: () => [], size: () => 0 });
    assert.equal(paths.sourceOf(canonical), 'news/a b.txt');
    assert.equal(paths.sourceOf(pathToFileURL(join('/', 'etc', 'passwd')).href), undefined);
    assert.equal(paths.sourceOf('untitled:Untitled-1'), undefined);
    assert.equal(paths.sourceOf(pathToFileURL(root).href), undefined, 'the root itself is not a document');
    assert.equal(paths.uriOf('news/a b.txt'), canonical);
  });

  it('names a file of another workspace folder relative to root, and refuses paths outside every folder', () => {
    const notes = join('/', 'home', 'r', 'Field Notes');
    const paths = new WorkspacePaths(root, { has: () => false, ids: () => [], size: () => 0 }, () => [root, notes]);
    const interview = pathToFileURL(join(notes, 'interview 1.txt')).href;
    assert.equal(paths.sourceOf(interview), '../Field Notes/interview 1.txt');
    assert.equal(paths.uriOf('../Field Notes/interview 1.txt'), interview);
    assert.equal(paths.sourceOf(pathToFileURL(join('/', 'home', 'r', 'elsewhere.txt')).href), undefined);
    assert.equal(paths.sourceOf(pathToFileURL(notes).href), undefined, 'a folder itself is not a document');
    assert.equal(new WorkspacePaths(root, { has: () => false, ids: () => [], size: () => 0 }).sourceOf(interview), undefined, 'no other folders: refused');
    // A name that merely starts with two dots is inside.
    assert.equal(paths.sourceOf(pathToFileURL(join(root, '..notes.txt')).href), '..notes.txt');
  });

  it('finds the URI the corpus holds even when the client spelled it differently', () => {
    const odd = canonical.replace('/news/', '/./news/'); // same file, another spelling
    const ids = [odd];
    const paths = new WorkspacePaths(root, { has: (id) => ids.includes(id), ids: () => ids, size: () => ids.length });
    assert.equal(paths.uriOf('news/a b.txt'), odd);
    assert.equal(paths.sourceOf(odd), 'news/a b.txt');
    const plain = new WorkspacePaths(root, { has: (id) => id === canonical, ids: () => [], size: () => 0 });
    assert.equal(plain.uriOf('news/a b.txt'), canonical);
  });
});
