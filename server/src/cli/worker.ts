/**
 * `corroborate check` and `extract` run in a worker thread, for the young
 * generation its heap can be given (CHECK_WORKER_LIMITS, runtimeFlags.ts):
 * V8 reads the main thread's heap sizes only from the command line, a worker's
 * from the options it is started with. The main thread reads standard input
 * when a path is "-", hands it over, prints what the worker prints, and exits
 * with its code; the worker runs the same `main` as a test does in-process.
 */
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { CHECK_WORKER_LIMITS } from '../runtimeFlags';
import type { CliIO } from './processIO';

/** What the main thread hands the worker: the arguments, and standard input when a path reads it. */
export interface WorkerRequest {
  argv: string[];
  stdin?: Uint8Array;
}

type WorkerMessage = { kind: 'out' | 'err'; text: string } | { kind: 'done'; code: number };

type Main = (argv: string[], io: CliIO, stdin: () => Promise<Uint8Array>) => Promise<number>;

/**
 * In the main thread: runs the CLI in a worker on `file` (the CLI's bundle,
 * dist/cliMain.js), relaying what it prints to `io`; resolves to its exit code.
 */
export function runInWorker(file: string, request: WorkerRequest, io: CliIO): Promise<number> {
  return new Promise((resolve) => {
    let code: number | undefined;
    const worker = new Worker(file, { workerData: request, resourceLimits: CHECK_WORKER_LIMITS });
    worker.on('message', (m: WorkerMessage) => {
      if (m.kind === 'done') code = m.code;
      else if (m.kind === 'out') io.out(m.text);
      else io.err(m.text);
    });
    worker.on('error', (e: Error & { code?: string }) => {
      io.err(
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? 'corroborate: out of memory: check fewer articles at a time, or give Node more memory (NODE_OPTIONS=--max-old-space-size=8192)\n'
          : `corroborate: internal error: ${e.stack ?? e}\n`,
      );
      code = 2;
    });
    // Node delivers every message the worker posted before 'exit'; an exit without 'done' is a failure.
    worker.on('exit', () => resolve(code ?? 2));
  });
}

/** In the worker: runs `main` on the request it was started with, posting what it prints and then its exit code. */
export async function serveWorker(main: Main): Promise<void> {
  const port = parentPort!;
  const request = workerData as WorkerRequest;
  const io: CliIO = {
    out: (text) => port.postMessage({ kind: 'out', text } satisfies WorkerMessage),
    err: (text) => port.postMessage({ kind: 'err', text } satisfies WorkerMessage),
  };
  const code = await main(request.argv, io, () => Promise.resolve(request.stdin ?? new Uint8Array(0)));
  port.postMessage({ kind: 'done', code } satisfies WorkerMessage);
}
