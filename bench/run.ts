/**
 * `npm run bench`: runs every section in bench/sections/ (files not starting
 * with "_") and prints one table of measured figures beside their budgets.
 * Exit code 0 even when a budget is missed: benchmarks inform, tests decide.
 * `npm run bench -- extraction` runs only the sections whose name matches.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchRow, BenchSection } from './row';

async function main(): Promise<void> {
  const filter = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const dir = join(__dirname, 'sections');
  const files = readdirSync(dir)
    .filter((f) => /\.ts$/.test(f) && !f.startsWith('_'))
    .filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)))
    .sort();
  const rows: Array<BenchRow & { section: string }> = [];
  for (const f of files) {
    const section = f.replace(/\.ts$/, '');
    process.stderr.write(`bench: ${section} …\n`);
    const mod = (await import(join(dir, f))) as { default: BenchSection };
    for (const r of await mod.default()) rows.push({ ...r, section });
  }
  print(rows);
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

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
