/** File URIs and paths at the protocol edge. */
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The path of a file URI, or undefined for other schemes or malformed URIs. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

/**
 * One spelling per file URI (clients differ in what they percent-encode), so
 * the corpus never holds the same file twice. Other schemes pass unchanged.
 */
export function normalizeUri(uri: string): string {
  const path = uriToPath(uri);
  return path === undefined ? uri : pathToUri(path);
}
