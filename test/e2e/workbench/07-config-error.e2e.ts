/** A damaged .corroborate.json is reported in that file, and everything else keeps working. */
import * as assert from 'node:assert/strict';
import { basename, join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { session } from '../harness/session';
import { positionOf } from '../harness/workspace';

describe('a damaged .corroborate.json', function () {
  this.timeout(120_000);

  it('shows its error at the offending key, and the seeds are still checked', async () => {
    const { workbench, workspace } = await session();
    const config = join(workspace.dir, '.corroborate.json');
    writeFileSync(config, '{\n  "tolerance": "a lot",\n  "organizations": []\n}\n');
    await workbench.filterProblems('');
    const rows = await workbench.problemsUntil((all) => {
      const i = all.findIndex((r) => r.level === 1 && r.text.includes('.corroborate.json'));
      return i >= 0 && all[i + 1]?.level === 2 && /tolerance/i.test(all[i + 1].text) && all[i + 1].text.includes('[Ln 2,');
    }, 'an error on "tolerance" (line 2) of .corroborate.json');
    assert.ok(rows.length > 0);

    // Opened, the file is checked as it is typed against the schema the extension contributes (dist/corroborate.schema.json).
    await workbench.openFile(config);
    await workbench.problemsUntil(
      (all) => all.some((r) => r.level === 2 && /expected "number"/i.test(r.text) && r.text.includes('[Ln 2,')),
      'the JSON schema\'s error on "tolerance" (line 2) of the open .corroborate.json',
    );

    // The rest keeps working: 001's internal conflict is still listed, and hovers still answer.
    const seed = workspace.seed('001');
    const where = `[Ln ${positionOf(seed, '30 trillion yen').line}, Col ${positionOf(seed, '30 trillion yen').column}]`;
    await workbench.filterProblems('internal-conflict');
    await workbench.problemsUntil((all) => all.some((r) => r.level === 2 && r.text.includes(where)), `the internal-conflict in ${basename(seed)} ${where}`);
    await workbench.filterProblems('');
    await workbench.openFile(workspace.seed('004'));
    await workbench.hoverAt(positionOf(workspace.seed('004'), 'SoftBank', { into: 3 }), /SoftBank/);
    await workbench.dismiss();
  });
});
