/**
 * Entry point for @vscode/test-electron (`extensionTestsPath`): the same
 * API-level suite, failing the run when a test fails.
 */
import { runApiSuite } from './suite';

export async function run(): Promise<void> {
  const result = await runApiSuite({ reporter: 'spec', grep: process.env.CORROBORATE_E2E_API_GREP });
  if (result.failed > 0) throw new Error(`${result.failed} API test(s) failed`);
}
