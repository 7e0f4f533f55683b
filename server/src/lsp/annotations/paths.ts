/**
 * Annotation targets name documents by path relative to the workspace root
 * (so the store travels with the workspace); the server names them by URI.
 * This maps one to the other, matching the URIs the client actually sent.
 *
 * In a workspace of several folders the store is the first folder's, and a
 * document of another folder is named relative to the first
 * ("../field-notes/a.txt"): the store then travels with the folders as long
 * as they keep their places beside each other. A path outside every folder
 * is refused.
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
    /** The workspace's other folders, whose files are named relative to root. */
    private readonly otherFolders: () => readonly string[] = () => [],
  ) {}

  /** The stored source path of a document URI, or undefined when it is not a file inside a workspace folder. */
  sourceOf(uri: string): string | undefined {
    const path = filePath(uri);
    if (!path) return undefined;
    const rel = relative(this.root, path);
    // Another drive (Windows): no relative path reaches it.
    if (!rel || isAbsolute(rel)) return undefined;
    if (!isInside(this.root, path) && !this.otherFolders().some((folder) => isInside(resolve(folder), path))) return undefined;
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

/** Whether path is a file or folder under folder (not folder itself). */
function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !isAbsolute(rel) && rel !== '..' && !rel.startsWith('..' + sep);
}

function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return resolve(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}
