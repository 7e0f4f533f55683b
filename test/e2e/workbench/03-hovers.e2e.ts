/** Hovers in 004 cross-reference the other sources. */
import * as assert from 'node:assert/strict';
import { dirname } from 'node:path';
import { session } from '../harness/session';
import { folded, namesOf, snippetsAround, sourcesMentioning } from '../harness/sources';
import { positionOf } from '../harness/workspace';

describe('hovers in 004', function () {
  this.timeout(120_000);

  before(async () => {
    const { workbench, workspace } = await session();
    await workbench.openFile(workspace.seed('004'));
    await workbench.closePanel();
  });

  afterEach(async () => {
    const { workbench } = await session();
    await workbench.dismiss();
  });

  it('on "SoftBank" lists the other sources that mention it, with their sentences', async () => {
    const { workbench, workspace } = await session();
    const here = workspace.seed('004');
    const others = sourcesMentioning(dirname(here), 'SoftBank', here);
    assert.ok(others.length > 0, 'the seeds mention SoftBank elsewhere');
    const hover = folded(await workbench.hoverAt(positionOf(here, 'SoftBank', { into: 3 }), /SoftBank/));
    for (const other of others) {
      assert.ok(namesOf(other).some((n) => hover.includes(n)), `the hover names ${other}:\n${hover}`);
      assert.ok(
        snippetsAround(other, 'SoftBank').some((s) => hover.includes(s)),
        `the hover quotes a sentence of ${other} (one of ${JSON.stringify(snippetsAround(other, 'SoftBank'))}):\n${hover}`,
      );
    }
    await workbench.saveDocScreenshot('hover-organization.png');
  });

  it('on "$6.7 billion" shows the conflicting figure of 002', async () => {
    const { workbench, workspace } = await session();
    const hover = folded(await workbench.hoverAt(positionOf(workspace.seed('004'), '$6.7 billion', { into: 2 }), /6\.34/));
    assert.match(hover, /\$?6\.34 billion/);
    assert.ok(namesOf(workspace.seed('002')).some((n) => hover.includes(n)), `the hover names 002:\n${hover}`);
    await workbench.saveDocScreenshot('hover-figure.png');
  });
});
