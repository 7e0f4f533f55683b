/**
 * `corroborate` as a program (dist/cli.js, built by `npm test` before these
 * tests): check and extract run in a worker thread with a larger young
 * generation (cli/worker.ts), and must print, read standard input and exit
 * exactly as `main` does in-process; a worker that runs out of memory is
 * reported in a sentence, not a crash.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, SEEDS } from '../helpers/paths';
import { runCli } from '../helpers/runCli';

const CLI = join(DIST, 'cli.js');

function cli(args: string[], options: { input?: string; nodeArgs?: string[] } = {}) {
  const r = spawnSync(process.execPath, [...(options.nodeArgs ?? []), CLI, ...args], { input: options.input, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('cli as a program', () => {
  it('checks the seeds in its worker as main does in-process: the same findings, summary and exit code', async () => {
    const json = cli(['check', '--format', 'json', SEEDS]);
    const here = await runCli(['check', '--format', 'json', SEEDS]);
    assert.equal(json.code, 1, 'warnings: exit 1');
    assert.equal(json.out, here.out);
    assert.equal(JSON.parse(json.out).findings.length, 4);

    const text = cli(['check', SEEDS]);
    assert.equal(text.code, 1);
    assert.equal(text.out, (await runCli(['check', SEEDS])).out);
    assert.match(text.err, /^5 articles checked, 4 findings \(3 warnings\)\n$/);
  });

  it('hands standard input to the worker for "-"', () => {
    const article = readFileSync(join(SEEDS, '001_e9cf73391ff22250.txt'), 'utf8');
    const r = cli(['check', '--format', 'json', '-'], { input: article });
    assert.equal(r.code, 1, r.err);
    const findings = JSON.parse(r.out).findings as Array<{ code: string; path: string; text: string }>;
    assert.deepEqual(
      findings.map((f) => [f.path, f.code, f.text]),
      [
        ['-', 'date-inconsistency', "It's already 2024"],
        ['-', 'internal-conflict', '30 trillion yen'],
      ],
    );
  });

  it('extracts in the worker, and keeps usage errors and missing files to exit 2', () => {
    const extract = cli(['extract', join(SEEDS, '002_593483594eccef51.txt')]);
    assert.equal(extract.code, 0, extract.err);
    assert.ok(JSON.parse(extract.out).documents[0].figures.some((f: { text: string }) => f.text === '$6.34 billion'));

    const usage = cli(['check', '--format', 'xml', SEEDS]);
    assert.equal(usage.code, 2);
    assert.match(usage.err, /--format takes text, json or sarif/);
    assert.match(usage.err, /Usage: corroborate/);

    const missing = cli(['check', join(SEEDS, 'no-such-article.txt')]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /no-such-article\.txt: no such file or folder/);
    assert.equal(missing.out, '');
  });

  it('says in a sentence when the check runs out of memory, and exits 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-oom-'));
    try {
      // 24 MB of articles, against an old generation of 12 MB (the worker's is the process's).
      const article = readFileSync(join(SEEDS, '001_e9cf73391ff22250.txt'), 'utf8').repeat(20);
      for (let i = 0; i < 110; i++) writeFileSync(join(dir, `a${i}.txt`), `Copy ${i}\n${article}`);
      const r = cli(['check', dir], { nodeArgs: ['--max-old-space-size=12'] });
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, /^corroborate: out of memory: check fewer articles at a time/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
