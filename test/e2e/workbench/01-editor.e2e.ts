/** Opening an article of the seeds puts it in the article language. */
import * as assert from 'node:assert/strict';
import { session } from '../harness/session';

describe('editor: an article of the seeds', function () {
  this.timeout(120_000);

  before(async () => {
    const { workbench, workspace } = await session();
    await workbench.openFile(workspace.seed('004'));
  });

  it('opens in the Research Article language', async () => {
    const { workbench } = await session();
    assert.equal(await workbench.editorLanguage(), 'Research Article');
  });
});
