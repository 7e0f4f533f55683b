/** Where the end-to-end harness finds its inputs and puts its outputs. */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../helpers/paths';

export { ROOT, SEEDS } from '../../helpers/paths';

/** Installed once by setup.sh: code-server lives here. */
export const CACHE = process.env.CORROBORATE_E2E_CACHE ?? join(homedir(), '.cache', 'corroborate-e2e');
export const CODE_SERVER_VERSION = '4.100.3';
export const CODE_SERVER_BIN = join(CACHE, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', '.bin', 'code-server');

/** Built by run.mjs on every run (gitignored). */
export const BUILD_DIR = join(ROOT, '.e2e-cache');
export const PRODUCT_VSIX = process.env.CORROBORATE_E2E_VSIX ?? join(ROOT, 'corroborate.vsix');
export const DRIVER_VSIX = process.env.CORROBORATE_E2E_DRIVER_VSIX ?? join(BUILD_DIR, 'corroborate-e2e-driver.vsix');

/** Screenshots and logs of failed tests (gitignored). */
export const RESULTS_DIR = join(ROOT, 'test-results', 'e2e');
/** Screenshots kept for the README (committed). */
export const DOCS_DIR = join(ROOT, 'docs');

export const CHROMIUM = process.env.CORROBORATE_E2E_CHROMIUM ?? '/usr/bin/chromium';
