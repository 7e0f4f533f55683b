/** One line of the benchmark table: a measured figure beside its budget. */
export interface BenchRow {
  what: string;
  /** The measured figure, with its unit ("42.1 MB/s", "3.2 ms"). */
  measured: string;
  /** The budget it is held to ("≥ 20 MB/s"), or "—" for a reference figure. */
  budget: string;
  /** Whether the measurement meets the budget; undefined for reference figures. */
  ok?: boolean;
}

/** A section of `npm run bench`: a file in bench/sections/ whose default export returns rows. */
export type BenchSection = () => Promise<BenchRow[]> | BenchRow[];

/**
 * Runs fn over the texts `runs` times and returns the best MB/s (UTF-8 bytes
 * per second): the machine is shared, and the best run is the one least
 * disturbed. Texts are flattened first (generated text is built by
 * concatenation; files read from disk are flat already), so no engine pays
 * for another's flattening.
 */
export function throughput(texts: readonly string[], fn: (text: string) => unknown, runs = 1): { mbps: number; bytes: number; seconds: number } {
  return timed(texts, () => {
    for (const t of texts) fn(t);
  }, runs);
}

/** The same for a function of several texts at a time, given the texts in batches of `size`. */
export function batchThroughput(texts: readonly string[], size: number, fn: (batch: string[]) => unknown, runs = 1): { mbps: number; bytes: number; seconds: number } {
  const batches: string[][] = [];
  for (let i = 0; i < texts.length; i += size) batches.push(texts.slice(i, i + size));
  return timed(texts, () => {
    for (const b of batches) fn(b);
  }, runs);
}

/** MB/s of `run` over texts, the best of `runs`. */
function timed(texts: readonly string[], run: () => void, runs: number): { mbps: number; bytes: number; seconds: number } {
  let bytes = 0;
  for (const t of texts) {
    bytes += Buffer.byteLength(t);
    FLATTEN.test(t);
  }
  let seconds = Infinity;
  for (let r = 0; r < runs; r++) {
    // Start each run on a collected heap, so no engine pays for another's garbage (run.ts passes --expose-gc).
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = process.hrtime.bigint();
    run();
    seconds = Math.min(seconds, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return { mbps: bytes / 1e6 / seconds, bytes, seconds };
}

const FLATTEN = /$^x/;

/** The first texts adding up to at least `bytes`. */
export function sample(texts: readonly string[], bytes: number): string[] {
  const out: string[] = [];
  let n = 0;
  for (const t of texts) {
    if (n >= bytes) break;
    out.push(t);
    n += Buffer.byteLength(t);
  }
  return out;
}
