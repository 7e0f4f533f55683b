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

/** Every API test module, by name; a new file is added here. */
const MODULES: Record<string, () => void> = {
  language: () => require('../../api/language.api'),
  diagnostics: () => require('../../api/diagnostics.api'),
  hover: () => require('../../api/hover.api'),
  symbols: () => require('../../api/symbols.api'),
  semanticTokens: () => require('../../api/semanticTokens.api'),
};

function loadTests(): void {
  for (const load of Object.values(MODULES)) load();
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
