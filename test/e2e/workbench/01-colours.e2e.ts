/** Figures and organizations in colour (semantic tokens, mapped to TextMate scopes every theme colours). */
import { session } from '../harness/session';
import { positionOf } from '../harness/workspace';
import { until } from '../harness/until';

describe('editor: colours in an article of the seeds', function () {
  this.timeout(120_000);

  before(async () => {
    const { workbench, workspace } = await session();
    await workbench.openFile(workspace.seed('004'));
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
