/**
 * The test driver: when VS Code starts with the setting
 * `corroborateE2e.resultsFile` (or the environment variable
 * CORROBORATE_E2E_API_RESULTS) naming a file, it runs the API-level suite in
 * this extension host and writes the results (JSON) there, via a temp file so
 * the reader never sees half of it. A setting, because code-server starts its
 * extension host with the user's shell environment, not its own.
 */
import { renameSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { runApiSuite } from './suite';

export function activate(): void {
  const settings = vscode.workspace.getConfiguration('corroborateE2e');
  const out = settings.get<string>('resultsFile') || process.env.CORROBORATE_E2E_API_RESULTS;
  if (!out) return;
  const grep = settings.get<string>('grep') || process.env.CORROBORATE_E2E_API_GREP;
  const write = (value: unknown) => {
    writeFileSync(`${out}.tmp`, JSON.stringify(value, null, 2));
    renameSync(`${out}.tmp`, out);
  };
  runApiSuite({ grep }).then(write, (error: unknown) =>
    write({ passed: 0, failed: 1, tests: [{ title: 'the API suite', state: 'failed', error: error instanceof Error ? error.stack : String(error) }] }),
  );
}

export function deactivate(): void {}
