/** Line indexes of the corpus documents, rebuilt only when a document's text changes. */
import { LineIndex } from '../analysis/text/lineIndex';

export class LineCache {
  private readonly cache = new Map<string, { text: string; index: LineIndex }>();

  get(uri: string, text: string | undefined): LineIndex | undefined {
    if (text === undefined) {
      this.cache.delete(uri);
      return undefined;
    }
    const hit = this.cache.get(uri);
    if (hit && hit.text === text) return hit.index;
    const index = new LineIndex(text);
    this.cache.set(uri, { text, index });
    return index;
  }
}
