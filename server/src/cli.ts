/**
 * `corroborate`: the engine from the command line (dist/cliMain.js; the
 * program, dist/cli.js, is cliLauncher.ts).
 * Exit codes: 0 clean, 1 findings, 2 usage or input error.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { parseArgs, UsageError, USAGE, type CliArgs } from './cli/args';
import { findingsJson, findingsSarif, findingsText, extractJson } from './cli/formats';
import { collectFiles } from './io/collectFiles';
import { readArticle, decodeArticle } from './io/readArticle';
import { parseConfigText, defaultConfig, type Config } from './analysis/config';
import { createContext, analyzeDocuments } from './analysis/analyze';
import { Corpus } from './analysis/corpus/corpus';
import { CHECK_CORPUS } from './cli/checkCorpus';
import type { Finding } from './analysis/model';
import { runAnnotations, applyStoredDecisions } from './cli/annotations';
import { serveWorker } from './cli/worker';
import { processIO, readStdin, type CliIO } from './cli/processIO';

export type { CliIO };

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

/** `stdin`: the bytes of standard input, read when a path is "-" (the worker is handed them by the main thread). */
export async function main(argv: string[], io: CliIO = processIO, stdin: () => Promise<Uint8Array> = readStdin): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`corroborate: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (args.command === 'help') {
    io.out(USAGE + '\n');
    return 0;
  }
  if (args.command === 'version') {
    io.out(VERSION + '\n');
    return 0;
  }

  if (args.command === 'annotations') return runAnnotations(args.annotations!, io, stdin);

  let inputError = false;
  const config = await loadConfig(args.config, (m) => io.err(`corroborate: ${m}\n`));
  if (config === undefined) return 2;

  const texts = new Map<string, string>();
  const fileArgs = args.paths.filter((p) => p !== '-');
  if (args.paths.includes('-')) {
    const r = decodeArticle(await stdin());
    if (r.ok) texts.set('-', r.text);
    else {
      io.err(`corroborate: -: ${r.reason}\n`);
      inputError = true;
    }
  }
  const { files, missing } = await collectFiles(fileArgs);
  for (const m of missing) io.err(`corroborate: ${m}: no such file or folder\n`);
  if (missing.length > 0) return 2;
  for (const f of files) {
    const r = readArticle(f);
    if (r.ok) texts.set(f, r.text);
    else {
      io.err(`corroborate: ${f}: skipped: ${r.reason}\n`);
      inputError = true;
    }
  }

  const ctx = createContext(config);
  if (args.command === 'extract') {
    const paths = [...texts.keys()];
    const docs = analyzeDocuments([...texts.values()], ctx).map((analysis, k) => ({ path: paths[k], analysis }));
    io.out(extractJson(docs) + '\n');
    return inputError ? 2 : 0;
  }

  const corpus = new Corpus(ctx, CHECK_CORPUS);
  await applyStoredDecisions(corpus, texts, args.store, io);
  corpus.setAll(texts);
  const findings: Finding[] = [];
  for (const path of texts.keys()) findings.push(...corpus.findings(path).filter((f) => config.severity[f.code] !== 'off'));
  if (args.format === 'json') io.out(findingsJson(findings) + '\n');
  else if (args.format === 'sarif') io.out(findingsSarif(findings, texts, VERSION) + '\n');
  else {
    const report = findingsText(findings, texts);
    io.out(report ? report + '\n' : '');
    const warnings = findings.filter((f) => f.severity === 'warning' || f.severity === 'error').length;
    io.err(`${texts.size} article${texts.size === 1 ? '' : 's'} checked, ${findings.length} finding${findings.length === 1 ? '' : 's'} (${warnings} warning${warnings === 1 ? '' : 's'})\n`);
  }
  if (inputError) return 2;
  return findings.some((f) => f.severity === 'warning' || f.severity === 'error') ? 1 : 0;
}

async function loadConfig(path: string | undefined, report: (message: string) => void): Promise<Config | undefined> {
  const file = path ?? (existsSync('.corroborate.json') ? '.corroborate.json' : undefined);
  if (!file) return defaultConfig();
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    report(`${file}: cannot read the configuration file`);
    return path ? undefined : defaultConfig();
  }
  const { config, problems } = parseConfigText(text);
  for (const p of problems) report(`${file}: ${p.path.length ? p.path.join('.') + ': ' : ''}${p.message} (using the default for it)`);
  return config;
}

// Run as the worker's script: check or extract, started by the program (cliLauncher.ts).
if (require.main === module && !isMainThread) void serveWorker(main);
