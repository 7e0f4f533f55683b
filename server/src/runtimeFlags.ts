/**
 * The V8 flags the language server runs with: the client starts it with
 * them, and so do the server tests and the benchmark, so that they measure
 * what users run.
 *
 * A small young generation: the server's heap is mostly long-lived analyses,
 * and the default (up to 3 × 16 MB of semi-spaces) only raises the peak. On
 * the 10,000-article benchmark corpus it lowered peak RSS by ~60 MB, at a
 * cost in indexing time within the noise of this machine.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=4'];

/**
 * The heap of the indexing worker (lsp/indexing/workerHandle.ts), capped so
 * that the server stays within its memory budget while both analyse: the
 * worker keeps only its code and the entity lexicon, the rest of what it
 * allocates is short-lived. Past the cap the worker is ended and the server
 * analyses on its own.
 */
export const ANALYSIS_WORKER_LIMITS = { maxYoungGenerationSizeMb: 64, maxOldGenerationSizeMb: 64 } as const;

/**
 * The server's resident memory past which the indexing worker takes no more
 * files and is ended once it has answered: the worker costs ~35 MB of RSS
 * and the corpus is largest at the end of indexing, so on a large workspace
 * the worker gives way near the end to keep the server within its 400 MB
 * budget. On the 10,000-article benchmark a ceiling of 360 MB peaked at
 * ~400 MB, 345 MB at 384-397 MB, 330 MB at ~385 MB (without a worker: ~374).
 */
export const ANALYSIS_WORKER_RSS_CEILING = 380e6;
