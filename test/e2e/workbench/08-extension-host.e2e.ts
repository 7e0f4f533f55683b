/**
 * The API-level suite (test/e2e/api), run by the test driver extension inside
 * a separate VS Code's extension host on a fresh copy of the seeds. Each of
 * its tests is reported here as a test of its own, after the first.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Mocha, { type Context } from 'mocha';
import { saveFailureArtifacts } from '../harness/artifacts';
import { DRIVER_VSIX } from '../harness/paths';
import { startSession, stopSession, type Session } from '../harness/session';
import { until } from '../harness/until';

interface SuiteResult {
  passed: number;
  failed: number;
  tests: Array<{ title: string; state: 'passed' | 'failed'; error?: string }>;
}

describe('extension host API suite (test driver)', function () {
  this.timeout(400_000);
  const results = join(tmpdir(), `corroborate-e2e-api-results-${process.pid}.json`);
  let s: Session | undefined;
  let outcome: SuiteResult | undefined;

  before(async function (this: Context) {
    rmSync(results, { force: true });
    try {
      // The driver runs the suite when the extension host starts, which is when a window connects.
      s = await startSession({
        extensions: [DRIVER_VSIX],
        settings: { 'corroborateE2e.resultsFile': results, 'corroborateE2e.grep': process.env.CORROBORATE_E2E_API_GREP ?? '' },
      });
      const text = await until(() => existsSync(results) && readFileSync(results, 'utf8'), { timeout: 360_000, message: `the driver's results in ${results}` });
      outcome = JSON.parse(text) as SuiteResult;
    } catch (error) {
      await saveFailureArtifacts(`${this.test!.parent!.fullTitle()} startup`, s?.server, s?.workbench);
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
    if (this.currentTest?.state === 'failed') await saveFailureArtifacts(this.currentTest.fullTitle(), s?.server, s?.workbench);
  });

  after(async () => {
    if (s) await stopSession(s);
    rmSync(results, { force: true });
  });

  it('ran its tests in the extension host', () => {
    assert.ok(outcome && outcome.tests.length > 0, 'the driver ran no test');
  });
});
