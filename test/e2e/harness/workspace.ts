/** Throw-away workspaces: a copy of the seeds, so tests may change files freely. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../../bench/generateCorpus';
import { SEEDS } from './paths';

export interface Workspace {
  dir: string;
  /** Absolute path of the seed whose file name starts with `prefix` (e.g. "004"). */
  seed(prefix: string): string;
  dispose(): void;
}

export interface WorkspaceOptions {
  /** Also write this many generated articles (bench/generateCorpus) under `corpus/`. */
  generatedArticles?: number;
  /** More files to write, by path relative to the workspace (e.g. "seeds/notes.txt"). */
  files?: Record<string, string>;
}

/** A temp folder holding `seeds/` (the language claims files under any `seeds/` folder), and maybe a generated corpus. */
export function createWorkspace(options: WorkspaceOptions = {}): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-e2e-ws-'));
  cpSync(SEEDS, join(dir, 'seeds'), { recursive: true });
  if (options.generatedArticles) {
    mkdirSync(join(dir, 'corpus'));
    for (const article of generateCorpus({ articles: options.generatedArticles, seed: 7 })) writeFileSync(join(dir, 'corpus', article.name), article.text);
  }
  for (const [path, text] of Object.entries(options.files ?? {})) writeFileSync(join(dir, path), text);
  return {
    dir,
    seed(prefix) {
      const name = readdirSync(join(dir, 'seeds')).find((n) => n.startsWith(prefix));
      if (!name) throw new Error(`no seed starting with ${prefix}`);
      return join(dir, 'seeds', name);
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TextPosition {
  /** 1-based, as VS Code's "Go to Line/Column" takes it. */
  line: number;
  /** 1-based UTF-16 column. */
  column: number;
}

/**
 * Where the `occurrence`-th (1-based) `phrase` starts in a file, plus `into`
 * characters (so that a hover lands inside the word, not on its edge).
 */
export function positionOf(file: string, phrase: string, options: { occurrence?: number; into?: number } = {}): TextPosition {
  const text = readFileSync(file, 'utf8');
  let at = -1;
  for (let n = 0; n < (options.occurrence ?? 1); n++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`"${phrase}" not found in ${file}`);
  }
  at += options.into ?? 0;
  const before = text.slice(0, at);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: at - lineStart + 1 };
}
