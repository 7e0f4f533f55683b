/**
 * The golden test: `corroborate check seeds --format json` must print exactly
 * the reviewed findings in seeds.check.json. After a deliberate change, run
 * `UPDATE_GOLDEN=1 npx mocha test/golden/golden.test.ts`, then review the diff
 * finding by finding before committing it.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/runCli';
import { ROOT } from '../helpers/paths';

const GOLDEN = join(ROOT, 'test', 'golden', 'seeds.check.json');

describe('golden: corroborate check seeds', () => {
  it('prints exactly the reviewed findings', async () => {
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      const r = await runCli(['check', '--format', 'json', 'seeds']);
      assert.equal(r.code, 1, `exit 1 (warnings); stderr: ${r.err}`);
      if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, r.out);
      assert.deepEqual(JSON.parse(r.out), JSON.parse(readFileSync(GOLDEN, 'utf8')));
    } finally {
      process.chdir(cwd);
    }
  });
});
