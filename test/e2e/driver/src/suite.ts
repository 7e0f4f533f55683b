/**
 * Runs the API-level tests with mocha inside the extension host and collects
 * their results. The test modules are bundled in; each is required after
 * mocha has set its globals (describe, it, …), as mocha's own loader does.
 */
import Mocha from 'mocha';

export interface TestResult {
  title: string;
  state: 'passed' | 'failed';
  durationMs?: number;
  error?: string;
}

export interface SuiteResult {
  passed: number;
  failed: number;
  tests: TestResult[];
}

/** Every API test module; a new file is added here. */
function loadTests(): void {
  require('../../api/language.api');
  require('../../api/diagnostics.api');
  require('../../api/hover.api');
  require('../../api/symbols.api');
  require('../../api/semanticTokens.api');
}

export function runApiSuite(options: { reporter?: string; grep?: string } = {}): Promise<SuiteResult> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: options.reporter ?? 'spec' });
  if (options.grep) mocha.grep(options.grep);
  mocha.suite.emit('pre-require', globalThis, 'corroborate-api', mocha);
  loadTests();
  const tests: TestResult[] = [];
  return new Promise((resolve) => {
    const runner = mocha.run(() => {
      resolve({ passed: tests.filter((t) => t.state === 'passed').length, failed: tests.filter((t) => t.state === 'failed').length, tests });
    });
    runner.on('pass', (test) => tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration }));
    runner.on('fail', (test, error: Error) => tests.push({ title: test.fullTitle(), state: 'failed', error: error?.stack ?? String(error) }));
  });
}
