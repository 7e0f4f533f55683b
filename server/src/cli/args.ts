/** Command-line arguments of `corroborate`. */
export type Format = 'text' | 'json' | 'sarif';

export interface CliArgs {
  command: 'check' | 'extract' | 'help' | 'version';
  paths: string[];
  format: Format;
  config?: string;
}

export class UsageError extends Error {}

export const USAGE = `Usage: corroborate <command> [options] [paths…]

Commands:
  check [paths…]     report where sources disagree (default path: .)
  extract [paths…]   print the figures and entities found in each article

Paths are files or folders (folders are searched for .txt and .md files);
"-" reads one article from standard input.

Options:
  --format text|json|sarif   output format (check: text, extract: json)
  --config FILE              workspace configuration (default: ./.corroborate.json if present)
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no findings, 1 findings reported, 2 usage or input error.`;

export function parseArgs(argv: string[]): CliArgs {
  const args = [...argv];
  if (args.length === 0) return { command: 'help', paths: [], format: 'text' };
  const first = args.shift()!;
  if (first === '-h' || first === '--help' || first === 'help') return { command: 'help', paths: [], format: 'text' };
  if (first === '-v' || first === '--version') return { command: 'version', paths: [], format: 'text' };
  if (first !== 'check' && first !== 'extract') throw new UsageError(`unknown command "${first}"`);
  const out: CliArgs = { command: first, paths: [], format: first === 'check' ? 'text' : 'json' };
  while (args.length > 0) {
    const a = args.shift()!;
    if (a === '-h' || a === '--help') return { command: 'help', paths: [], format: 'text' };
    if (a === '--format' || a.startsWith('--format=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args.shift();
      if (value !== 'text' && value !== 'json' && value !== 'sarif') {
        throw new UsageError(`--format takes text, json or sarif${value ? `, not "${value}"` : ''}`);
      }
      if (first === 'extract' && value !== 'json') throw new UsageError('extract prints json only');
      out.format = value;
    } else if (a === '--config' || a.startsWith('--config=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args.shift();
      if (!value) throw new UsageError('--config takes a file');
      out.config = value;
    } else if (a.startsWith('-') && a !== '-') {
      throw new UsageError(`unknown option "${a}"`);
    } else {
      out.paths.push(a);
    }
  }
  if (out.paths.length === 0) out.paths.push('.');
  return out;
}
