/** A quick fix records the researcher's decision: the warning goes, the decision stays in the workspace. */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { session } from '../harness/session';
import { until } from '../harness/until';
import { positionOf } from '../harness/workspace';

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

    await workbench.problemsUntil((rows) => !rows.some((r) => r.level === 2 && r.text.includes('figure-conflict') && r.text.includes(where)), `the figure-conflict at 004 ${where} to disappear`);
    const store = join(workspace.dir, '.corroborate', 'annotations.json');
    const saved = await until(() => existsSync(store) && readFileSync(store, 'utf8'), { message: `${store} to be written` });
    const decision = JSON.stringify(JSON.parse(saved));
    assert.match(decision, /different/i, 'the store records the decision');
    assert.ok(decision.includes('$6.7 billion'), `the decision is anchored to the quoted figure: ${decision}`);
    await workbench.filterProblems('');
  });
});
