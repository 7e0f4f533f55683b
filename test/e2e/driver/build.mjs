#!/usr/bin/env node
// Bundles the test driver (mocha and the API tests included) and packages it
// as a .vsix under .e2e-cache/, plus dist/electron.js for @vscode/test-electron.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const out = join(root, '.e2e-cache');
mkdirSync(out, { recursive: true });

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['vscode'], logLevel: 'error', sourcemap: 'inline' };
await Promise.all([
  esbuild.build({ ...common, entryPoints: [join(here, 'src', 'extension.ts')], outfile: join(here, 'dist', 'extension.js') }),
  esbuild.build({ ...common, entryPoints: [join(here, 'src', 'electronEntry.ts')], outfile: join(here, 'dist', 'electron.js') }),
]);

const vsce = join(root, 'node_modules', '.bin', 'vsce');
const result = spawnSync(
  vsce,
  ['package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--allow-star-activation', '--out', join(out, 'corroborate-e2e-driver.vsix')],
  { cwd: here, encoding: 'utf8' },
);
if (result.status !== 0) {
  process.stderr.write(result.stdout + result.stderr);
  process.exit(result.status ?? 1);
}
