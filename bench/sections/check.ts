/**
 * The whole check over a generated corpus of ≥ 50 MB, measured in a worker
 * thread with the heap limits `corroborate check` runs its check under
 * (CHECK_WORKER_LIMITS, cli/worker.ts), so that the figures are the CLI's.
 * The measurements are in check.worker.ts, which bench/run.ts bundles beside
 * this section.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BenchRow } from '../row';
import { CHECK_WORKER_LIMITS } from '../../server/src/runtimeFlags';

export default function checkSection(): Promise<BenchRow[]> {
  return new Promise((resolve, reject) => {
    let rows: BenchRow[] | undefined;
    const worker = new Worker(join(__dirname, 'check.worker.js'), { resourceLimits: CHECK_WORKER_LIMITS });
    worker.on('message', (r: BenchRow[]) => (rows = r));
    worker.on('error', reject);
    worker.on('exit', (code) => (rows ? resolve(rows) : reject(new Error(`the check's worker exited (${code}) without its rows`))));
  });
}
