/**
 * The strings a prepared document shares with others (entity ids and names,
 * claim keys, units, kinds …) cross from the indexing worker as numbers.
 * The worker numbers each string the first time it sends it, and sends it
 * once; the server keeps the list and puts the shared copy back in place.
 * Before, every one crossed as a copy that the server interned again: one
 * hash of each string per document, ~4% of the server's thread while
 * indexing 10,000 articles, and its largest single function.
 *
 * Both sides walk an analysis in the same order (shareAllStrings): the ids
 * are the strings met in that order.
 */

import { detach } from '../../analysis/text/intern';

/** What goes along with a prepared document: its strings' ids in walking order, and the strings new to the server. */
export interface StringIds {
  ids: Int32Array;
  added: string[];
  /** The worker started its numbering afresh before this document (its table was full). */
  restart: boolean;
}

/**
 * Past this many strings the numbering starts afresh, so that the table stays
 * small in the worker's capped heap (runtimeFlags.ts): ~5 MB. The 10,000
 * benchmark articles have ~63k distinct shared strings (174 per article).
 */
const MAX_STRINGS = 1 << 16;

/** The worker's side. */
export class StringIdWriter {
  constructor(private readonly maxStrings = MAX_STRINGS) {}

  private numbers = new Map<string, number>();
  private ids = new Int32Array(1024);
  private count = 0;
  private added: string[] = [];
  private restart = false;

  /** For shareAllStrings: notes the string's id and leaves an empty string in its place. */
  readonly take = (s: string): string => {
    let id = this.numbers.get(s);
    if (id === undefined) {
      id = this.numbers.size;
      // A copy of its own: were s a slice of an article, the table would keep the whole article alive.
      this.numbers.set(detach(s), id);
      this.added.push(s);
    }
    if (this.count === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.count++] = id;
    return '';
  };

  /** Starts a document: call before walking it. */
  begin(): void {
    this.count = 0;
    this.added = [];
    if (this.numbers.size >= this.maxStrings) {
      this.numbers = new Map();
      this.restart = true;
    }
  }

  /** Ends a document: what to send with it (ids in a buffer of their own, to transfer). */
  end(): StringIds {
    const out: StringIds = { ids: this.ids.slice(0, this.count), added: this.added, restart: this.restart };
    this.restart = false;
    return out;
  }
}

/** The server's side: every message must pass through read(), in the order sent, whether its document is still wanted or not. */
export class StringIdReader {
  private strings: string[] = [];

  constructor(private readonly share: (s: string) => string) {}

  /** Learns a document's new strings; returns what puts its strings back, for shareAllStrings. */
  read(sent: StringIds): (blank: string) => string {
    if (sent.restart) this.strings = [];
    for (const s of sent.added) this.strings.push(this.share(s));
    const { strings } = this;
    const { ids } = sent;
    let next = 0;
    return () => {
      const s = strings[ids[next++]];
      if (s === undefined) throw new Error('indexing worker: a string id out of range');
      return s;
    };
  }
}
