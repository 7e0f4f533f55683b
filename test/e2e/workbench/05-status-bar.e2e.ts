/** The status bar shows the corpus totals. */
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { session } from '../harness/session';
import { until } from '../harness/until';

describe('status bar', function () {
  this.timeout(120_000);

  it('shows how many articles the corpus holds', async () => {
    const { workbench, workspace } = await session();
    await workbench.openFile(workspace.seed('004'));
    const articles = readdirSync(dirname(workspace.seed('004'))).length;
    const total = new RegExp(`\\b${articles}\\s+(articles|documents|sources)\\b`, 'i');
    let items: string[] = [];
    await until(
      async () => {
        items = await workbench.statusBarTexts();
        return items.some((i) => /corroborate/i.test(i) && total.test(i));
      },
      { timeout: 60_000, message: () => `a Corroborate status bar entry saying ${total}; the status bar shows ${JSON.stringify(items)}` },
    );
  });
});
