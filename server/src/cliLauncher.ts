/**
 * `corroborate`, the program (dist/cli.js): check and extract run in a worker
 * thread (cli/worker.ts) on the CLI's own bundle, dist/cliMain.js (cli.ts);
 * the other commands, and arguments that do not parse, run that bundle here.
 * This one holds no engine: when the engine was loaded here too, before the
 * worker loaded it again, every check paid ~70-130 ms for it.
 */
import { join } from 'node:path';
import { parseArgs, type CliArgs } from './cli/args';
import { processIO, readStdin } from './cli/processIO';
import { runInWorker } from './cli/worker';

const MAIN_BUNDLE = join(__dirname, 'cliMain.js');

async function start(argv: string[]): Promise<number> {
  let args: CliArgs | undefined;
  try {
    args = parseArgs(argv);
  } catch {
    // main reports the usage error.
  }
  if (args?.command === 'check' || args?.command === 'extract') {
    const stdin = args.paths.includes('-') ? await readStdin() : undefined;
    return runInWorker(MAIN_BUNDLE, { argv, stdin }, processIO);
  }
  const { main } = require(MAIN_BUNDLE) as typeof import('./cli');
  return main(argv);
}

start(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`corroborate: internal error: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  },
);
