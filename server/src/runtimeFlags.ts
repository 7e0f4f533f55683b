/**
 * The V8 flags the language server runs with: the client starts it with
 * them, and so do the server tests and the benchmark, so that they measure
 * what users run.
 *
 * The young generation's semi-spaces capped at 16 MB. While a workspace is
 * indexed, garbage collection is mostly scavenges that copy the analyses the
 * corpus keeps; on the 10,000-article benchmark, semi-spaces of 4 MB made
 * ~220 scavenges (~700 ms, measured with a GC observer), 16 MB ~65 (~480 ms)
 * for a peak RSS of ~312 MB instead of ~276 MB; 32 MB saved little more
 * (~420 ms) for ~337 MB, 64 MB nothing for ~385 MB. (Before analyses were kept
 * slim, the server peaked near its 400 MB budget and ran with 4 MB.)
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=16'];

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
 * 400 MB budget. On the 10,000-article benchmark the server peaks at
 * ~310-325 MB with the worker (slim analyses, corpus/slim.ts; 16 MB
 * semi-spaces), which works to the end.
 */
export const ANALYSIS_WORKER_RSS_CEILING = 380e6;
