#!/usr/bin/env node
// `npm run test:e2e:electron`: the API-level suite (test/e2e/api) inside a
// desktop VS Code that @vscode/test-electron downloads, on a temp copy of the
// seeds, with the extension loaded from this folder (extensionDevelopmentPath).
//
// It CANNOT run on the project's own machines and CI: they reach no host but
// the npm registry and Debian's packages, and test-electron downloads VS Code
// from Microsoft's site. There, `npm run test:e2e` runs the same test files
// inside code-server through the test driver extension instead. Use this one
// on a machine that can download VS Code (set VSCODE_VERSION to pin one).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

for (const [command, args] of [['npm', ['run', '--silent', 'build']], ['node', [join(here, 'driver', 'build.mjs')]]]) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const workspace = mkdtempSync(join(tmpdir(), 'corroborate-e2e-electron-'));
cpSync(join(root, 'seeds'), join(workspace, 'seeds'), { recursive: true });
try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: root,
    extensionTestsPath: join(here, 'driver', 'dist', 'electron.js'),
    launchArgs: [workspace, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (error) {
  console.error(`API suite failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
