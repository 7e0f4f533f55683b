/** Which files of the workspace folders are articles, by the article globs. */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { matchesAny } from './globMatch';
import { TimeSlices } from './yieldToEventLoop';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);

/** Whether a path inside one of the folders matches the article globs. */
export function isArticlePath(path: string, folders: readonly string[], globs: readonly string[]): boolean {
  for (const folder of folders) {
    const rel = relative(folder, path);
    if (rel === '' || rel.startsWith('..') || rel.startsWith(sep + sep)) continue;
    const parts = rel.split(sep);
    if (parts.slice(0, -1).some((p) => SKIPPED_FOLDERS.has(p))) continue;
    if (matchesAny(parts.join('/'), globs)) return true;
  }
  return false;
}

/** Every article file under the folders, in a stable order. Unreadable folders are skipped. */
export async function listArticleFiles(folders: readonly string[], globs: readonly string[], log: (m: string) => void): Promise<string[]> {
  const out: string[] = [];
  // Matching 10,000 names against the globs takes 50-150 ms: in slices, so that requests are answered meanwhile.
  const slices = new TimeSlices(4);
  for (const folder of folders) await walk(folder, folder, globs, out, log, slices);
  return out;
}

async function walk(root: string, dir: string, globs: readonly string[], out: string[], log: (m: string) => void, slices: TimeSlices): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    log(`skipped folder ${dir}: ${(e as Error).message}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (slices.due) await slices.next();
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(e.name) && !(e.name.startsWith('.') && e.name !== '.')) await walk(root, full, globs, out, log, slices);
    } else if (e.isFile() && matchesAny(relative(root, full).split(sep).join('/'), globs)) {
      out.push(full);
    }
  }
}
