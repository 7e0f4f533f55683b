/**
 * The check section's measurements (check.ts runs this script in a worker
 * thread with the CLI's heap limits, as `corroborate check` runs): the whole
 * check — extraction, claims, the corpus index and every rule — over a
 * generated corpus of ≥ 50 MB, and its growth with the corpus: the cost per MB
 * at a quarter of the corpus and at all of it should be about the same
 * (linear), never grow with its square. The whole corpus is checked three
 * times, as this shared machine's timings vary by ±30% from run to run: the
 * row gives the median, and all three. Posts its rows to the parent thread.
 */
import { parentPort } from 'node:worker_threads';
import { generateCorpus, type GeneratedArticle } from '../generateCorpus';
import type { BenchRow } from '../row';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import { createContext } from '../../server/src/analysis/analyze';
import { defaultConfig } from '../../server/src/analysis/config';
import { CHECK_CORPUS } from '../../server/src/cli/checkCorpus';

const TARGET_MB = Number(process.env.BENCH_CORPUS_MB ?? 50);
const FULL_RUNS = 3;

function check(docs: GeneratedArticle[]): { seconds: number; mb: number; findings: number } {
  let bytes = 0;
  for (const d of docs) bytes += Buffer.byteLength(d.text);
  // The run before's corpus is garbage now: collected here, not billed to this run (bench/run.ts passes --expose-gc).
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = process.hrtime.bigint();
  const corpus = new Corpus(createContext(defaultConfig()), CHECK_CORPUS);
  corpus.setAll(docs.map((d) => [d.name, d.text] as const));
  let findings = 0;
  for (const d of docs) findings += corpus.findings(d.name).length;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { seconds, mb: bytes / 1e6, findings };
}

/** Milliseconds per article to check n articles that all give the same claim (one match key held by every one). */
function oneClaimCheck(n: number): number {
  const t0 = process.hrtime.bigint();
  const corpus = new Corpus(createContext(defaultConfig()), CHECK_CORPUS);
  for (let i = 0; i < n; i++) corpus.set(`a${i}`, `Report ${i}. Kestrel Robotics Inc. secured $${500 + (i % 7) * 40} million in government funding.`);
  for (let i = 0; i < n; i++) corpus.findings(`a${i}`);
  return Number(process.hrtime.bigint() - t0) / 1e6 / n;
}

function checkRows(): BenchRow[] {
  // Size the corpus from a sample's average article length.
  const probe = generateCorpus({ articles: 200, seed: 11 });
  const avg = probe.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / probe.length;
  const articles = Math.ceil((TARGET_MB * 1e6) / avg);
  const docs = generateCorpus({ articles, seed: 11 });
  check(docs.slice(0, Math.ceil(articles / 20))); // warm-up
  const quarter = check(docs.slice(0, Math.ceil(articles / 4)));
  const fulls = Array.from({ length: FULL_RUNS }, () => check(docs)).sort((a, b) => a.seconds - b.seconds);
  const full = fulls[Math.floor(fulls.length / 2)];
  const mbps = full.mb / full.seconds;
  const each = fulls.map((r) => (r.mb / r.seconds).toFixed(1)).join(', ');
  const growth = full.seconds / full.mb / (quarter.seconds / quarter.mb);
  oneClaimCheck(500); // warm-up
  // Runs of ~0.1 s: one pause of the shared machine (or a collection) would decide the ratio, so the best of three counts.
  const best = (n: number) => Math.min(oneClaimCheck(n), oneClaimCheck(n), oneClaimCheck(n));
  const sharedGrowth = best(4000) / best(1000);
  return [
    { what: `check: extract + claims + index + rules, ${articles} articles, ${full.mb.toFixed(0)} MB (median of ${FULL_RUNS} runs: ${each} MB/s)`, measured: `${mbps.toFixed(1)} MB/s`, budget: '≥ 20 MB/s', ok: mbps >= 20 },
    { what: 'findings in that corpus', measured: `${full.findings}`, budget: '—' },
    { what: 'cost per MB, full corpus ÷ quarter corpus', measured: `${growth.toFixed(2)}×`, budget: '≈ 1× (linear)', ok: growth < 1.5 },
    { what: 'cost per article when all share one claim, 4000 ÷ 1000 articles', measured: `${sharedGrowth.toFixed(2)}×`, budget: '≈ 1× (linear)', ok: sharedGrowth < 1.5 },
  ];
}

parentPort!.postMessage(checkRows());
