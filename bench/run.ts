/**
 * `npm run bench`: runs every section in bench/sections/ (files not starting
 * with "_") and prints one table of measured figures beside their budgets.
 * Exit code 0 even when a budget is missed: benchmarks inform, tests decide.
 * `npm run bench -- extraction` runs only the sections whose name matches.
 *
 * Each section is bundled with esbuild, as the extension and the CLI are
 * (dist/), and run in a fresh `node` process of its own: the benchmark
 * measures the code users run, on a clean heap, without a transpile-on-load
 * hook in the process (under tsx the same regex-heavy code ran at half speed).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync, type BuildOptions } from 'esbuild';
import type { BenchRow } from './row';

/** Libraries measured for comparison stay external (loaded from node_modules as they ship). */
const EXTERNAL = ['wink-nlp', 'wink-eng-lite-web-model', 'compromise'];

/** How sections and their workers are bundled: as the extension and the CLI are. */
const BUNDLE: BuildOptions = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], external: EXTERNAL, logLevel: 'error' };

const outfileFor = (entry: string, outDir: string) => join(outDir, entry.replace(/^.*[\\/]/, '').replace(/\.ts$/, '.js'));

function bundle(entry: string, outDir: string): string {
  const outfile = outfileFor(entry, outDir);
  buildSync({
    ...BUNDLE,
    stdin: {
      contents: `import section from ${JSON.stringify(entry)};\nPromise.resolve(section()).then((rows) => process.stdout.write(JSON.stringify(rows)));`,
      resolveDir: __dirname,
      loader: 'ts',
    },
    outfile,
  });
  return outfile;
}

/** A section's worker script (name.worker.ts), bundled beside the sections for a section to start. */
function bundleWorker(entry: string, outDir: string): void {
  buildSync({ ...BUNDLE, entryPoints: [entry], outfile: outfileFor(entry, outDir) });
}

function main(): void {
  const filter = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const dir = join(__dirname, 'sections');
  const files = readdirSync(dir)
    .filter((f) => /\.ts$/.test(f) && !f.startsWith('_') && !f.endsWith('.worker.ts'))
    .filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)))
    .sort();
  const rows: Array<BenchRow & { section: string }> = [];
  const probes = [machineProbe()];
  // Inside node_modules, so the bundles resolve the external libraries from there.
  const cache = join(__dirname, '..', 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const out = mkdtempSync(join(cache, 'corroborate-bench-'));
  try {
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.worker.ts'))) bundleWorker(join(dir, f), out);
    for (const f of files) {
      const section = f.replace(/\.ts$/, '');
      process.stderr.write(`bench: ${section} …\n`);
      const js = bundle(join(dir, f), out);
      const stdout = execFileSync(process.execPath, ['--max-old-space-size=4096', '--expose-gc', js], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
      for (const r of JSON.parse(stdout) as BenchRow[]) rows.push({ ...r, section });
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  probes.push(machineProbe());
  print(rows);
  console.log(`\nmachine probe (fixed loops in a fresh node, lower is faster): before, ${probes[0]}; after, ${probes[1]}`);
}

/**
 * How fast this machine runs right now: in a fresh process, best of three,
 * an integer loop (the processor) and a walk through 64 MB in a scattered
 * order (the memory, which the engine's analyses lean on). The project's
 * machine is shared, and its speed varies from hour to hour by as much as
 * ±30%; these figures, printed under the table, tell a slow hour from a
 * slower change.
 */
function machineProbe(): string {
  const cpu = 'let x = 0; const t = process.hrtime.bigint(); for (let i = 0; i < 3e8; i++) x += i & 7; process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6 + (x & 0)));';
  const memory =
    'const a = new Int32Array(1 << 24); for (let i = 0; i < a.length; i++) a[i] = (i * 40503) & (a.length - 1); let j = 0; const t = process.hrtime.bigint(); for (let k = 0; k < 3e6; k++) j = a[j] ^ (k & 1); process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6 + (j & 0)));';
  const best = (code: string) => Math.round(Math.min(...[0, 1, 2].map(() => Number(execFileSync(process.execPath, ['-e', code], { encoding: 'utf8' })))));
  return `processor ${best(cpu)} ms, memory ${best(memory)} ms`;
}

function print(rows: Array<BenchRow & { section: string }>): void {
  const head = ['section', 'what', 'measured', 'budget', 'ok'];
  const cells = rows.map((r) => [r.section, r.what, r.measured, r.budget, r.ok === undefined ? '' : r.ok ? 'yes' : 'NO']);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i])).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}

main();
