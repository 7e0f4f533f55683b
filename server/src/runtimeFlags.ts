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
 * worker keeps only its code, the entity lexicon and its tables of shared
 * strings (text/intern.ts, claims/keys.ts: capped), the rest of what it
 * allocates is short-lived. Past the cap the worker is ended and the server
 * analyses on its own. (A young generation of 8, 32 or 64 MB made no
 * difference to its speed that this machine could measure.)
 */
export const ANALYSIS_WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 } as const;

/**
 * The server's resident memory past which the indexing worker takes no more
 * files and is ended once it has answered: the worker costs ~35 MB of RSS
 * and the corpus is largest at the end of indexing, so on a very large
 * workspace the worker gives way near the end to keep the server within its
 * 400 MB budget. On the 10,000-article benchmark the server now peaks at
 * ~270-280 MB with the worker (slim analyses, corpus/slim.ts), which works
 * to the end.
 */
export const ANALYSIS_WORKER_RSS_CEILING = 380e6;
