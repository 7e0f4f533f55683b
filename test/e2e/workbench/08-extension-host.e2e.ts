/**
 * The API-level suite (test/e2e/api), run by the test driver extension inside
 * a separate VS Code's extension host on a fresh copy of the seeds. Each of
 * its tests is reported here as a test of its own, after the first.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import Mocha, { type Context } from 'mocha';
import { saveFailureArtifacts } from '../harness/artifacts';
import { CodeServer } from '../harness/codeServer';
import { DRIVER_VSIX, PRODUCT_VSIX } from '../harness/paths';
import { until } from '../harness/until';
import { Workbench } from '../harness/workbench';
import { createWorkspace } from '../harness/workspace';

interface SuiteResult {
  passed: number;
  failed: number;
  tests: Array<{ title: string; state: 'passed' | 'failed'; error?: string }>;
}

describe('extension host API suite (test driver)', function () {
  this.timeout(400_000);
  const workspace = createWorkspace();
  const results = `${workspace.dir}-api-results.json`;
  const server = new CodeServer({
    extensions: [PRODUCT_VSIX, DRIVER_VSIX],
    settings: { 'corroborateE2e.resultsFile': results, 'corroborateE2e.grep': process.env.CORROBORATE_E2E_API_GREP ?? '' },
  });
  let workbench: Workbench | undefined;
  let outcome: SuiteResult | undefined;

  before(async function (this: Context) {
    try {
      await server.start();
      // The extension host starts when a window connects.
      workbench = await Workbench.open(server.url(workspace.dir));
      const text = await until(() => existsSync(results) && readFileSync(results, 'utf8'), { timeout: 360_000, message: `the driver's results in ${results}` });
      outcome = JSON.parse(text) as SuiteResult;
    } catch (error) {
      await saveFailureArtifacts(`${this.test!.parent!.fullTitle()} startup`, server, workbench);
      throw error;
    }
    // One test here for each test that ran in the extension host.
    for (const t of outcome.tests) {
      this.test!.parent!.addTest(
        new Mocha.Test(t.title, () => {
          if (t.state === 'failed') throw new Error(`failed inside the extension host:\n${t.error}`);
        }),
      );
    }
  });

  afterEach(async function (this: Context) {
    if (this.currentTest?.state === 'failed') await saveFailureArtifacts(this.currentTest.fullTitle(), server, workbench);
  });

  after(async () => {
    await workbench?.close();
    await server.stop();
    server.dispose();
    workspace.dispose();
    rmSync(results, { force: true });
  });

  it('ran its tests in the extension host', () => {
    assert.ok(outcome && outcome.tests.length > 0, 'the driver ran no test');
  });
});
