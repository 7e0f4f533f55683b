/**
 * Mocha root hooks for the workbench tests (loaded with --require): a
 * screenshot and the logs of every failed test, and the shared VS Code
 * closed at the end.
 */
import type { Context } from 'mocha';
import { saveFailureArtifacts } from './artifacts';
import { closeSession, startedSession } from './session';

export const mochaHooks = {
  async afterEach(this: Context) {
    const test = this.currentTest;
    if (test?.state !== 'failed') return;
    const s = startedSession();
    if (!s) return;
    const dir = await saveFailureArtifacts(test.fullTitle(), s.server, s.workbench);
    console.log(`      screenshot and logs: ${dir}`);
  },
  async afterAll() {
    await closeSession();
  },
};
