/**
 * An inverted index: per key (an entity id, a claim's match key), the items
 * of each document that holds it.
 *
 * Most keys are held by one document only (a claim's match key seldom recurs),
 * so the first holder is stored inline and a Map is made only when a second
 * document holds the key. With a Map per key, the 10,000-article benchmark
 * corpus kept ~138k Maps, ~33 MB of a 240 MB server heap.
 */

/** One document's items under a key. */
type Holding<T> = readonly [doc: string, items: T[]];

export class Postings<T> {
  private readonly keys = new Map<string, Holding<T> | Map<string, T[]>>();

  add(key: string, doc: string, item: T): void {
    const held = this.keys.get(key);
    if (held === undefined) {
      this.keys.set(key, [doc, [item]]);
    } else if (held instanceof Map) {
      const items = held.get(doc);
      if (items) items.push(item);
      else held.set(doc, [item]);
    } else if (held[0] === doc) {
      held[1].push(item);
    } else {
      // Set one by one: a Map built from an array of pairs goes through the iterator protocol.
      const holders = new Map<string, T[]>();
      holders.set(held[0], held[1]);
      holders.set(doc, [item]);
      this.keys.set(key, holders);
    }
  }

  /** Removes every item a document holds under a key. */
  remove(key: string, doc: string): void {
    const held = this.keys.get(key);
    if (held === undefined) return;
    if (held instanceof Map) {
      held.delete(doc);
      if (held.size === 0) this.keys.delete(key);
    } else if (held[0] === doc) {
      this.keys.delete(key);
    }
  }

  /** How many documents hold a key. */
  holderCount(key: string): number {
    const held = this.keys.get(key);
    return held === undefined ? 0 : held instanceof Map ? held.size : 1;
  }

  /**
   * Visits the documents holding a key with their items, allocating nothing
   * per document (as an iterator's [doc, items] pairs do): the hot path of
   * figure-conflict and of finding whom a change affects.
   */
  forEachHolder(key: string, visit: (items: readonly T[], doc: string) => void): void {
    const held = this.keys.get(key);
    if (held === undefined) return;
    if (held instanceof Map) held.forEach(visit);
    else visit(held[1], held[0]);
  }

  /** Every item under a key, with its document, made into what the caller lists. */
  all<R>(key: string, make: (doc: string, item: T) => R): R[] {
    const out: R[] = [];
    this.forEachHolder(key, (items, doc) => {
      for (const item of items) out.push(make(doc, item));
    });
    return out;
  }

  /** The first item under a key (of the first document that held it), without listing the rest. */
  first<R>(key: string, make: (doc: string, item: T) => R): R | undefined {
    const held = this.keys.get(key);
    if (held === undefined) return undefined;
    if (!(held instanceof Map)) return make(held[0], held[1][0]);
    for (const [doc, items] of held) return make(doc, items[0]);
    return undefined;
  }

  keysHeld(): IterableIterator<string> {
    return this.keys.keys();
  }
}
