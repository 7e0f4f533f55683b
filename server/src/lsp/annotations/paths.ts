/**
 * Annotation targets name documents by path relative to the workspace root
 * (so the store travels with the workspace); the server names them by URI.
 * This maps one to the other, matching the URIs the client actually sent.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export class WorkspacePaths {
  private byPath = new Map<string, string>();
  private indexedSize = -1;

  constructor(
    readonly root: string,
    /** The document ids (URIs) the corpus holds. */
    private readonly documents: { has(id: string): boolean; ids(): Iterable<string>; size(): number },
  ) {}

  /** The stored source path of a document URI, or undefined when it is not a file inside the workspace. */
  sourceOf(uri: string): string | undefined {
    const path = filePath(uri);
    if (!path) return undefined;
    const rel = relative(this.root, path);
    if (!rel || rel.startsWith('..') || isAbsolute(rel)) return undefined;
    return rel.split(sep).join('/');
  }

  /** The URI the corpus knows a source by, or the canonical file URI when it does not hold it. */
  uriOf(source: string): string {
    const path = resolve(this.root, ...source.split('/'));
    const canonical = pathToFileURL(path).href;
    if (this.documents.has(canonical)) return canonical;
    // A client that spells file URIs differently: look the path up among the corpus's ids.
    const size = this.documents.size();
    if (size !== this.indexedSize) {
      this.byPath = new Map();
      for (const id of this.documents.ids()) {
        const p = filePath(id);
        if (p) this.byPath.set(p, id);
      }
      this.indexedSize = size;
    }
    return this.byPath.get(path) ?? canonical;
  }
}

function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return resolve(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}
