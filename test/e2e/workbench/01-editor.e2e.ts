/** What a researcher sees on opening an article: its language, and figures and organizations in colour. */
import * as assert from 'node:assert/strict';
import { session } from '../harness/session';
import { positionOf } from '../harness/workspace';
import { until } from '../harness/until';

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

  /** Waits until every character of `phrase` has a colour other than plain text's. */
  async function assertColoured(phrase: string, kind: string) {
    const { workbench, workspace } = await session();
    await workbench.goTo(positionOf(workspace.seed('004'), phrase));
    let seen = { phrase: [] as string[], plain: '' };
    await until(
      async () => {
        seen = await workbench.tokenColours(phrase);
        return seen.phrase.length > 0 && !seen.phrase.includes(seen.plain);
      },
      { timeout: 60_000, message: () => `${kind} "${phrase}" in colour; its characters show ${seen.phrase.join(', ')}, plain text ${seen.plain}` },
    );
  }

  it('colours a figure ("$6.7 billion")', async () => {
    await assertColoured('$6.7 billion', 'the figure');
  });

  it('colours an organization ("SoftBank")', async () => {
    await assertColoured('SoftBank', 'the organization');
  });
});
