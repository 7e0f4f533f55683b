/**
 * The test driver: when VS Code starts with CORROBORATE_E2E_API_RESULTS set,
 * it runs the API-level suite in this extension host and writes the results
 * (JSON) to that file, via a temp file so the reader never sees half of it.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { runApiSuite } from './suite';

export function activate(): void {
  const out = process.env.CORROBORATE_E2E_API_RESULTS;
  if (!out) return;
  const write = (value: unknown) => {
    writeFileSync(`${out}.tmp`, JSON.stringify(value, null, 2));
    renameSync(`${out}.tmp`, out);
  };
  runApiSuite({ grep: process.env.CORROBORATE_E2E_API_GREP }).then(write, (error: unknown) =>
    write({ passed: 0, failed: 1, tests: [{ title: 'the API suite', state: 'failed', error: error instanceof Error ? error.stack : String(error) }] }),
  );
}

export function deactivate(): void {}
