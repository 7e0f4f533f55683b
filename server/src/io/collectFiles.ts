import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** File endings read as articles when a folder is given. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.text'];

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'out']);

export interface Collected {
  files: string[];
  missing: string[];
}

/**
 * Expands paths into article files, in a stable order: files as given,
 * folders walked recursively (hidden folders and node_modules skipped).
 * Paths that do not exist are listed in `missing`.
 */
export async function collectFiles(paths: string[]): Promise<Collected> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    try {
      const info = await stat(p);
      if (info.isDirectory()) await walk(p, files);
      else files.push(p);
    } catch {
      missing.push(p);
    }
  }
  return { files, missing };
}

async function walk(dir: string, into: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!e.name.startsWith('.') && !SKIPPED_FOLDERS.has(e.name)) await walk(full, into);
    } else if (e.isFile() && ARTICLE_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x))) {
      into.push(full);
    }
  }
}
