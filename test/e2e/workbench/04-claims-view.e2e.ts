/** The Claims view lists the claims of the corpus. */
import { session } from '../harness/session';
import { until } from '../harness/until';

describe('Claims view', function () {
  this.timeout(120_000);

  it('lists the claims, the conflicting money among them', async () => {
    const { workbench, workspace } = await session();
    await workbench.openFile(workspace.seed('004'));
    await workbench.openView('Claims');
    const rows = workbench.page.locator('.pane:has(.pane-header:has-text("Claims")) .monaco-list-row');
    let texts: string[] = [];
    await until(
      async () => {
        texts = (await rows.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
        return texts.some((t) => /6\.7 billion/.test(t)) || texts.some((t) => /funding|investment|backing/i.test(t));
      },
      { timeout: 60_000, message: () => `the Claims view to list the funding claim; it shows ${JSON.stringify(texts)}` },
    );
    await workbench.saveDocScreenshot('claims-view.png');
  });
});
