/** A quick fix records the researcher's decision: the warning goes, the decision stays in the workspace. */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { session } from '../harness/session';
import { until } from '../harness/until';
import { positionOf } from '../harness/workspace';

/** What the test reads of an entry of the annotation store (see server/src/analysis/annotations). */
interface StoredAnnotation {
  kind?: string;
  decision?: string;
  targets?: Array<{ source?: string; quote?: { exact?: string } }>;
}

describe('quick fix on a figure-conflict', function () {
  this.timeout(120_000);

  it('"different claims" removes the warning and records the decision in .corroborate/annotations.json', async () => {
    const { workbench, workspace } = await session();
    const file = workspace.seed('004');
    const at = positionOf(file, '$6.7 billion', { into: 2 });
    const where = `[Ln ${at.line}, Col ${positionOf(file, '$6.7 billion').column}]`;
    await workbench.openFile(file);
    await workbench.filterProblems('figure-conflict');
    await workbench.problemsUntil((rows) => rows.some((r) => r.level === 2 && r.text.includes(where)), `the figure-conflict at 004 ${where}`);

    await workbench.quickFixesAt(at, /different claims/i);
    await workbench.applyQuickFix(/different claims/i);

    // The fix may ask for a reason first (an input box); give one when it does.
    const input = workbench.page.locator('.quick-input-widget input');
    await workbench.problemsUntil(async (rows) => {
      if (await input.isVisible().catch(() => false)) {
        await input.fill('the e2e test decided so');
        await workbench.page.keyboard.press('Enter');
      }
      return !rows.some((r) => r.level === 2 && r.text.includes('figure-conflict') && r.text.includes(where));
    }, `the figure-conflict at 004 ${where} to disappear`);

    const store = join(workspace.dir, '.corroborate', 'annotations.json');
    const saved = await until(() => existsSync(store) && readFileSync(store, 'utf8'), { message: `${store} to be written` });
    const annotations = (JSON.parse(saved) as { annotations?: StoredAnnotation[] }).annotations ?? [];
    assert.ok(
      annotations.some(
        (a) => a.kind === 'decision' && a.decision === 'different-claims' && a.targets?.some((t) => t.source?.endsWith(basename(file)) && t.quote?.exact === '$6.7 billion'),
      ),
      `a different-claims decision anchored to 004's "$6.7 billion" in ${saved}`,
    );
    await workbench.filterProblems('');
  });
});
