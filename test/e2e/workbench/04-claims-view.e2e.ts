/** The Claims view lists the claims of the corpus, grouped by what they are about. */
import { session } from '../harness/session';
import { until } from '../harness/until';

describe('Claims view', function () {
  this.timeout(120_000);

  it('lists the claims, with the conflicts among them', async () => {
    const { workbench, workspace } = await session();
    await workbench.openFile(workspace.seed('004'));
    await workbench.runCommand('Corroborate: Show Claims');
    const rows = workbench.page.locator('.pane:has(.pane-header:has-text("Claims")) .monaco-list-row');
    const read = async () => rows.evaluateAll((all) => all.map((r) => ({ level: Number(r.getAttribute('aria-level')), text: (r.textContent ?? '').replace(/\s+/g, ' ').trim() })));
    let seen: Array<{ level: number; text: string }> = [];
    await until(
      async () => {
        seen = await read();
        return seen.some((r) => r.level === 1 && /\bin conflict\b/.test(r.text));
      },
      { timeout: 60_000, message: () => `the Claims view to list a group with claims in conflict; it shows ${JSON.stringify(seen)}` },
    );
    // Open the first group in conflict: its claims appear beneath it, each with its figures.
    await rows.filter({ hasText: /in conflict/ }).first().click();
    await until(
      async () => {
        seen = await read();
        return seen.some((r) => r.level === 2 && /\d+ figures?\b/.test(r.text));
      },
      { timeout: 30_000, message: () => `claims under the group; the view shows ${JSON.stringify(seen)}` },
    );
    await workbench.closePanel();
    await workbench.toggleFolderSection();
    try {
      await workbench.saveDocScreenshot('claims-view.png');
    } finally {
      await workbench.toggleFolderSection();
    }
  });
});
