/**
 * The golden test: `corroborate check seeds --format json` must print exactly
 * the reviewed findings in seeds.check.json. After a deliberate change, run
 * `UPDATE_GOLDEN=1 npx mocha test/golden/golden.test.ts`, then review the diff
 * finding by finding before committing it.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/runCli';
import { ROOT } from '../helpers/paths';

const GOLDEN = join(ROOT, 'test', 'golden', 'seeds.check.json');

describe('golden: corroborate check seeds', () => {
  it('prints exactly the reviewed findings', async () => {
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      const r = await runCli(['check', '--format', 'json', 'seeds']);
      assert.equal(r.code, 1, `exit 1 (warnings); stderr: ${r.err}`);
      if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, r.out);
      assert.deepEqual(JSON.parse(r.out), JSON.parse(readFileSync(GOLDEN, 'utf8')));
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('golden: what the seeds must and must not report', () => {
  let findings: Array<{ code: string; path: string; text: string; related: Array<{ path: string; text: string }> }>;
  before(async () => {
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      findings = JSON.parse((await runCli(['check', '--format', 'json', 'seeds'])).out).findings;
    } finally {
      process.chdir(cwd);
    }
  });
  const file = (n: string) => (f: { path: string }) => f.path.includes(`/${n}_`);

  it("reports 002's $6.34 billion and 004's $6.7 billion as one claim, on both sides, linked", () => {
    const a = findings.find((f) => file('002')(f) && f.code === 'figure-conflict' && f.text === '$6.34 billion');
    const b = findings.find((f) => file('004')(f) && f.code === 'figure-conflict' && f.text === '$6.7 billion');
    assert.ok(a && b);
    assert.ok(a.related.some((r) => r.path.includes('/004_') && r.text === '$6.7 billion'));
    assert.ok(b.related.some((r) => r.path.includes('/002_') && r.text === '$6.34 billion'));
  });

  it("reports 001's comment \"30 trillion yen\" against the article's 3 trillion yen", () => {
    const f = findings.find((x) => file('001')(x) && x.code === 'internal-conflict' && x.text === '30 trillion yen');
    assert.ok(f && f.related.some((r) => /\b3 trillion yen/.test(r.text)));
  });

  it("never reports 000's US–Japan $1 billion, 001's conversion, 001's total investment, furniture or model sizes", () => {
    assert.deepEqual(findings.filter(file('000')), []);
    assert.deepEqual(findings.filter((f) => f.code === 'conversion-mismatch'), []);
    assert.ok(!findings.some((f) => /3 trillion yen|19 billion/.test(f.text)));
    assert.ok(!findings.some((f) => f.code === 'figure-conflict' && file('001')(f)));
    assert.ok(!findings.some((f) => /views|min read|Likes|0\/400|parameter/i.test(f.text)));
  });
});
