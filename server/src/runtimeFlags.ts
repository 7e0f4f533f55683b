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
 *
 * TurboFan inlines at most half its default (920 bytes of bytecode per
 * function compiled). Indexing runs each thread's engine code cold: a fresh
 * thread analyses its first 500 articles 4-6× slower than later ones, until
 * TurboFan has compiled the ~230 functions the analysis runs hot (~2 s of
 * compiling per thread, on background threads that compete for the same two
 * cores while both threads analyse). Half the inlining cut that to ~1.3 s,
 * with no loss of speed once warm (the check: 9.6-11.6 MB/s against
 * 9.4-9.9, alternating runs), and indexing 10,000 articles was faster in 7 of
 * 9 alternating runs (medians ~6.3 s against ~6.8 s).
 *
 * And it inlines a function only up to 60 bytes of bytecode (default 460):
 * the small helpers still (isDigit, lowerCode, the readers of one
 * character), not the larger callees that made most of its graphs. Profiled
 * with perf, compiling was still about a quarter of the processor time of
 * indexing 10,000 articles; with the limit, one thread's check compiled for
 * ~1.75 s instead of ~2.5 s (V8's --trace-opt), and ran as fast once warm
 * (alternating processes, rounds 3-6: within noise of each other). Indexing
 * was faster in 18 of 27 alternating runs, by ~0.22 s on average (0.43 s in
 * one series of 8, 7 of them faster), with 0.1-0.8 s less processor time
 * (the means of four series).
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=16', '--max-inlined-bytecode-size-cumulative=460', '--max-inlined-bytecode-size=60'];

/**
 * The heap of the indexing worker (lsp/indexing/workerHandle.ts), capped so
 * that the server stays within its memory budget while both analyse: the
 * worker keeps only its code, the entity lexicon and its tables of shared
 * strings (text/intern.ts, claims/keys.ts: capped), the rest of what it
 * allocates is short-lived. Past the cap the worker is ended and the server
 * analyses on its own. Its young generation is 32 MB: it allocates ~70 KB
 * of short-lived objects per article, and with 8 MB the scavenges that
 * collect them (each wakes helper threads, which compete with the two busy
 * ones) cost the server ~1-2 s of processor time over 10,000 articles;
 * indexing them was faster with 32 MB in 7 of 8 alternating runs (medians
 * ~6.85 s against ~7.55 s, slow hour), for the same peak RSS (~310 MB).
 */
export const ANALYSIS_WORKER_LIMITS = { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: 64 } as const;

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

/**
 * The heap of the worker thread `corroborate check` and `extract` run in
 * (cli/worker.ts): a young generation of 192 MB, semi-spaces of 64 MB
 * (Node's default is 16 MB; V8 takes the main thread's only from the command
 * line). A check allocates ~70 KB of short-lived objects per article and
 * keeps ~10 KB; over 10,033 generated articles it made ~45 scavenges with
 * 16 MB semi-spaces and ~13 with 64 MB. The instructions counted do not
 * change (cachegrind, single-threaded: 2,571 M against 2,576 M a round):
 * what it saves is waking V8's helper threads for each parallel scavenge on
 * this shared two-core machine. The benchmark's check ran faster in 7 of 9
 * alternating runs (medians of three: 22.4 against 20.8 MB/s on average;
 * fifteenth session), a cold `corroborate check` of those 10,033 files
 * about as fast (3.2-3.7 s either way, 4 of 5 faster), for ~140 MB more
 * resident memory (478 MB against 336 MB at its peak). The CLI has no memory
 * budget; the language server has, and runs with its own flags (above).
 */
export const CHECK_WORKER_LIMITS = { maxYoungGenerationSizeMb: 192 } as const;
