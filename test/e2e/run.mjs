#!/usr/bin/env node
// `npm run test:e2e`: installs what is missing (setup.sh, cached), packages the
// extension and the test driver, then runs the end-to-end suites in a real
// VS Code (code-server) driven by Chromium. Extra arguments go to mocha
// (e.g. `npm run test:e2e -- --grep hover`, or test files to run only those).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

function step(title, command, args, options = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', options.capture ? 'pipe' : 'inherit', 'inherit'], encoding: 'utf8', env: { ...process.env, ...options.env } });
  if (result.status !== 0) {
    console.error(`e2e: ${title} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
  console.log(`e2e: ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return options.capture ? result.stdout.trim().split('\n').pop() : undefined;
}

const cache = step('setup', 'bash', [join(here, 'setup.sh')], { capture: true });
step('package the extension', 'npm', ['run', '--silent', 'package']);
step('package the test driver', 'node', [join(here, 'driver', 'build.mjs')]);

// Test files given on the command line replace the default set (mocha would add them to it).
const args = process.argv.slice(2);
const files = args.some((a) => a.endsWith('.ts')) ? [] : ['test/e2e/workbench/**/*.e2e.ts'];
const mocha = join(root, 'node_modules', '.bin', 'mocha');
const status = spawnSync(mocha, ['--config', join(here, '.mocharc.json'), ...files, ...args], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CORROBORATE_E2E_CACHE: cache },
}).status;
process.exit(status ?? 1);
