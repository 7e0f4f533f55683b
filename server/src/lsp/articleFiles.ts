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
  // In slices, so that requests are answered meanwhile (10,000 names are matched against the globs in tens of milliseconds).
  const slices = new TimeSlices(4);
  for (const folder of folders) await walk(folder, '', globs, out, log, slices);
  return out;
}

/** Walks dir, at `rel` ('/'-separated, '' for the folder itself) under its workspace folder. */
async function walk(dir: string, rel: string, globs: readonly string[], out: string[], log: (m: string) => void, slices: TimeSlices): Promise<void> {
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
    // The relative path grows with the walk: path.relative per file took most of the listing's time.
    const path = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(e.name) && !(e.name.startsWith('.') && e.name !== '.')) await walk(join(dir, e.name), path, globs, out, log, slices);
    } else if (e.isFile() && matchesAny(path, globs)) {
      out.push(join(dir, e.name));
    }
  }
}
