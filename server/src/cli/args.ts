/** Command-line arguments of `corroborate`. */
export type Format = 'text' | 'json' | 'sarif';

export interface CliArgs {
  command: 'check' | 'extract' | 'annotations' | 'help' | 'version';
  paths: string[];
  format: Format;
  config?: string;
  /** check: the annotation store whose decisions silence findings (default ./.corroborate/annotations.json if present). */
  store?: string;
  /** `annotations export|import`: what to do, the store file, the JSON-LD file (stdin/stdout when absent). */
  annotations?: { action: 'export' | 'import'; store?: string; file?: string };
}

export class UsageError extends Error {}

export const USAGE = `Usage: corroborate <command> [options] [paths…]

Commands:
  check [paths…]     report where sources disagree (default path: .)
  extract [paths…]   print the figures and entities found in each article
  annotations export [--store FILE] [OUT]
                     write the researcher's annotations as W3C Web Annotation JSON-LD
  annotations import [--store FILE] [IN]
                     merge W3C Web Annotation JSON-LD into the annotations

Paths are files or folders (folders are searched for .txt and .md files);
"-" reads one article from standard input.

Options:
  --format text|json|sarif   output format (check: text, extract: json)
  --config FILE              workspace configuration (default: ./.corroborate.json if present)
  --store FILE               annotation store; check leaves out the findings it records decisions
                             about (default: ./.corroborate/annotations.json if present)
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no findings, 1 findings reported, 2 usage or input error.`;

export function parseArgs(argv: string[]): CliArgs {
  const args = [...argv];
  if (args.length === 0) return { command: 'help', paths: [], format: 'text' };
  const first = args.shift()!;
  if (first === '-h' || first === '--help' || first === 'help') return { command: 'help', paths: [], format: 'text' };
  if (first === '-v' || first === '--version') return { command: 'version', paths: [], format: 'text' };
  if (first === 'annotations') return parseAnnotationArgs(args);
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
    } else if (first === 'check' && (a === '--store' || a.startsWith('--store='))) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args.shift();
      if (!value) throw new UsageError('--store takes a file');
      out.store = value;
    } else if (a.startsWith('-') && a !== '-') {
      throw new UsageError(`unknown option "${a}"`);
    } else {
      out.paths.push(a);
    }
  }
  if (out.paths.length === 0) out.paths.push('.');
  return out;
}

function parseAnnotationArgs(args: string[]): CliArgs {
  const action = args.shift();
  if (action === '-h' || action === '--help') return { command: 'help', paths: [], format: 'text' };
  if (action !== 'export' && action !== 'import') throw new UsageError(`annotations takes export or import${action ? `, not "${action}"` : ''}`);
  const out: CliArgs = { command: 'annotations', paths: [], format: 'json', annotations: { action } };
  const spec = out.annotations!;
  while (args.length > 0) {
    const a = args.shift()!;
    if (a === '-h' || a === '--help') return { command: 'help', paths: [], format: 'text' };
    if (a === '--store' || a.startsWith('--store=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args.shift();
      if (!value) throw new UsageError('--store takes a file');
      spec.store = value;
    } else if (a.startsWith('-') && a !== '-') {
      throw new UsageError(`unknown option "${a}"`);
    } else if (spec.file !== undefined) {
      throw new UsageError(`annotations ${action} takes one file`);
    } else if (a !== '-') {
      spec.file = a;
    }
  }
  return out;
}
