/**
 * Reads an article from disk for the CLI and the server: strict UTF-8 (a
 * byte-order mark is dropped), no binary files, a size limit. Every failure
 * is a clear message, never an exception that escapes.
 */
import { readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';

/** Larger files are refused, not truncated: 64 MB of text is far beyond any article. */
export const MAX_ARTICLE_BYTES = 64 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

export async function readArticle(path: string): Promise<ReadResult> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, reason: 'not a file' };
    if (info.size > MAX_ARTICLE_BYTES) return tooLarge(info.size);
    return decodeArticle(await readFile(path));
  } catch (e) {
    return failure(e);
  }
}

/** The same, synchronously: for reading back a text the corpus let go, inside a request. */
export function readArticleSync(path: string): ReadResult {
  try {
    const info = statSync(path);
    if (!info.isFile()) return { ok: false, reason: 'not a file' };
    if (info.size > MAX_ARTICLE_BYTES) return tooLarge(info.size);
    return decodeArticle(readFileSync(path));
  } catch (e) {
    return failure(e);
  }
}

function tooLarge(size: number): ReadResult {
  return { ok: false, reason: `too large (${(size / 1e6).toFixed(0)} MB; the limit is ${MAX_ARTICLE_BYTES / 1e6} MB)` };
}

function failure(e: unknown): ReadResult {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { ok: false, reason: 'no such file' };
  if (code === 'EACCES') return { ok: false, reason: 'permission denied' };
  if (code === 'EISDIR') return { ok: false, reason: 'is a folder' };
  return { ok: false, reason: (e as Error).message };
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeArticle(bytes: Uint8Array): ReadResult {
  // A NUL byte in the first 8 KB marks a binary file (the heuristic git uses).
  const head = Math.min(bytes.length, 8192);
  for (let i = 0; i < head; i++) if (bytes[i] === 0) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
}
