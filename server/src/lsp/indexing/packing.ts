/**
 * A batch of prepared documents packed for the trip from the indexing worker
 * to the server's thread. Structured clone writes each object with its
 * property names and rebuilds it object by object: the figures, mentions and
 * claims of an article (~80 objects, ~8 KB) cost the server's thread 65-110
 * µs to take in (deserialized and their strings shared), 30-45 µs packed
 * (measured over 1,600 articles). Packed, those of a whole batch travel as
 * one list of distinct strings and two typed arrays, and are rebuilt here
 * with the shapes the engine gives them; the rest of each document
 * (sentences, date, findings, what stands in for the text) goes by
 * structured clone.
 *
 * Every field of Figure, EntityMention and Claim is written below: a field
 * added to the model must be added here too (the round-trip test in
 * test/unit/lsp/indexingWorker.test.ts compares whole documents).
 */
import type { Claim, DocumentAnalysis, EntityMention, Figure } from '../../analysis/model';
import type { LetGoDocument } from '../../analysis/corpus/prepare';
import { LineIndex } from '../../analysis/text/lineIndex';
import { SentenceList } from '../../analysis/text/sentences';
import { intern } from '../../analysis/text/intern';

/** What a document keeps besides its figures, mentions and claims: cloned as it is (class instances arrive as their fields). */
interface Shell {
  id: number;
  sentences: Pick<SentenceList, 'bounds' | 'length'>;
  documentDate: string | undefined;
  own: LetGoDocument['own'];
  letGo: { hash: string; lines: Pick<LineIndex, 'starts' | 'ends' | 'length'> };
}

export interface PackedBatch {
  shells: Shell[];
  /** Every string of the batch's figures, mentions and claims, once. */
  strings: string[];
  /** String indexes, counts and flags, in the order they were written. */
  codes: Int32Array;
  /** Offsets and values, in the order they were written. */
  numbers: Float64Array;
}

/** Figure flags. */
const USD = 1;
const RANGE_OF = 2;
const DATE = 4;
const DATE_RESOLVED = 8;
const DATE_RELATIVE = 16;
/** Claim flags. */
const CONVERSION = 1;
/** The claim stands in the same sentence object as the claim before it (the engine shares it). */
const SAME_SENTENCE = 2;

/** The documents of a batch, packed; their typed arrays are listed in `transfer` (moved, not copied). */
export function packBatch(docs: ReadonlyArray<{ id: number; prepared: LetGoDocument }>, transfer: ArrayBuffer[]): PackedBatch {
  const w = new Writer();
  const shells: Shell[] = [];
  for (const { id, prepared } of docs) {
    const { analysis, own, letGo } = prepared;
    shells.push({ id, sentences: analysis.sentences, documentDate: analysis.documentDate, own, letGo });
    transfer.push(analysis.sentences.bounds.buffer as ArrayBuffer, letGo.lines.starts.buffer as ArrayBuffer, letGo.lines.ends.buffer as ArrayBuffer);
    w.code(analysis.figures.length);
    for (const f of analysis.figures) w.figure(f);
    w.code(analysis.entities.length);
    for (const m of analysis.entities) w.mention(m);
    w.code(analysis.claims.length);
    let sentence: Claim['sentence'] | undefined;
    for (const c of analysis.claims) {
      if (c.figure !== analysis.figures[c.figureIndex]) throw new Error(`a claim's figure is not figures[${c.figureIndex}]`);
      w.claim(c, c.sentence === sentence);
      sentence = c.sentence;
    }
  }
  const codes = w.codes.slice(0, w.codeCount);
  const numbers = w.numbers.slice(0, w.numberCount);
  transfer.push(codes.buffer, numbers.buffer);
  return { shells, strings: w.strings, codes, numbers };
}

/**
 * The documents of a packed batch, as the worker prepared them, each with
 * its request id. The strings that recur across documents (kinds, units,
 * ids, names, claim keys) are shared through the intern table, as in an
 * analysis made in the server's thread (corpus/detach.ts): on 10,000
 * articles, copies of their own cost tens of megabytes. A document that
 * cannot be read back is undefined, and so are those after it in the batch.
 */
export function unpackBatch(batch: PackedBatch): Array<{ id: number; prepared: LetGoDocument | undefined }> {
  const r = new Reader(batch);
  const out: Array<{ id: number; prepared: LetGoDocument | undefined }> = [];
  let failed = false;
  for (const shell of batch.shells) {
    let prepared: LetGoDocument | undefined;
    if (!failed) {
      try {
        prepared = r.document(shell);
      } catch {
        failed = true;
      }
    }
    out.push({ id: shell.id, prepared });
  }
  return out;
}

class Writer {
  codes = new Int32Array(4096);
  numbers = new Float64Array(4096);
  codeCount = 0;
  numberCount = 0;
  readonly strings: string[] = [];
  private readonly indexes = new Map<string, number>();

  code(n: number): void {
    if (this.codeCount === this.codes.length) this.codes = grown(this.codes, new Int32Array(this.codes.length * 2));
    this.codes[this.codeCount++] = n;
  }

  number(n: number): void {
    if (this.numberCount === this.numbers.length) this.numbers = grown(this.numbers, new Float64Array(this.numbers.length * 2));
    this.numbers[this.numberCount++] = n;
  }

  string(s: string): void {
    let i = this.indexes.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.indexes.set(s, i);
    }
    this.code(i);
  }

  /** A document's own string (a figure's or a mention's text): seldom repeated, so not looked up. */
  text(s: string): void {
    this.code(this.strings.length);
    this.strings.push(s);
  }

  figure(f: Figure): void {
    const flags = (f.usd ? USD : 0) | (f.rangeOf !== undefined ? RANGE_OF : 0) | (f.date ? DATE | (f.date.resolved ? DATE_RESOLVED : 0) | (f.date.relative ? DATE_RELATIVE : 0) : 0);
    this.code(flags);
    this.text(f.text);
    this.stringsOf(f.kind, f.unit, f.qualifier, f.role);
    this.numbersOf(f.start, f.end, f.value, f.low, f.high);
    if (f.rangeOf !== undefined) this.string(f.rangeOf);
    if (f.usd) this.numbersOf(f.usd.value, f.usd.low, f.usd.high, f.usd.rate, f.usd.year);
    if (f.date) this.stringsOf(f.date.low, f.date.high);
  }

  mention(m: EntityMention): void {
    this.text(m.text);
    this.stringsOf(m.id, m.name, m.type, m.source);
    this.numbersOf(m.start, m.end);
  }

  private stringsOf(...list: string[]): void {
    for (const s of list) this.string(s);
  }

  /** A count, then the strings (what Reader.sharedStrings reads back). */
  private stringList(list: readonly string[]): void {
    this.code(list.length);
    for (const s of list) this.string(s);
  }

  private numbersOf(...list: number[]): void {
    for (const n of list) this.number(n);
  }

  claim(c: Claim, sameSentence: boolean): void {
    this.code((c.conversion ? CONVERSION : 0) | (sameSentence ? SAME_SENTENCE : 0));
    this.number(c.figureIndex);
    this.stringList(c.subjects);
    this.stringsOf(c.basis, c.measure, c.scope, c.frame, c.key);
    this.stringList(c.matchKeys);
    if (!sameSentence) this.numbersOf(c.sentence.start, c.sentence.end);
    if (c.conversion) this.figure(c.conversion);
  }
}

function grown<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

class Reader {
  private c = 0;
  private n = 0;
  private readonly codes: Int32Array;
  private readonly numbers: Float64Array;
  private readonly strings: string[];
  /** The strings shared through the intern table, each looked up once per batch. */
  private readonly shared: Array<string | undefined>;

  constructor(batch: PackedBatch) {
    this.codes = batch.codes;
    this.numbers = batch.numbers;
    this.strings = batch.strings;
    this.shared = new Array<string | undefined>(batch.strings.length);
  }

  document(shell: Shell): LetGoDocument {
    const figures: Figure[] = [];
    for (let k = this.code(); k > 0; k--) figures.push(this.figure());
    const entities: EntityMention[] = [];
    for (let k = this.code(); k > 0; k--) entities.push(this.mention());
    const claims: Claim[] = [];
    for (let k = this.code(); k > 0; k--) claims.push(this.claim(figures, claims));
    const { bounds, length } = shell.sentences;
    // Copies of their exact size: an array grown by push keeps room for ~17 elements or half as many again (see sharedStrings()).
    const analysis: DocumentAnalysis = { sentences: new SentenceList(bounds, length), figures: figures.slice(), entities: entities.slice(), claims: claims.slice(), documentDate: shell.documentDate };
    return { analysis, own: shell.own, letGo: { hash: shell.letGo.hash, lines: new LineIndex(shell.letGo.lines) } };
  }

  private code(): number {
    if (this.c >= this.codes.length) throw new Error('packed batch ends early');
    return this.codes[this.c++];
  }

  private number(): number {
    if (this.n >= this.numbers.length) throw new Error('packed batch ends early');
    return this.numbers[this.n++];
  }

  /** A string as it came (a figure's or a mention's text: each document's own). */
  private string(): string {
    const s = this.strings[this.code()];
    if (typeof s !== 'string') throw new Error('packed batch names no such string');
    return s;
  }

  /** A string that recurs across documents, shared. */
  private sharedString(): string {
    const i = this.code();
    const known = this.shared[i];
    if (known !== undefined) return known;
    const s = this.strings[i];
    if (typeof s !== 'string') throw new Error('packed batch names no such string');
    return (this.shared[i] = intern(s));
  }

  /**
   * A count, then as many shared strings, in an array of that size: the
   * corpus keeps two per claim, and arrays grown by push have room for 17
   * elements each (with those, and a document's lists grown likewise, the
   * server peaked ~12 MB higher on 10,000 articles).
   */
  private sharedStrings(): string[] {
    const n = this.code();
    if (n === 1) return [this.sharedString()];
    if (n === 2) return [this.sharedString(), this.sharedString()];
    const list: string[] = [];
    for (let k = 0; k < n; k++) list.push(this.sharedString());
    return list.slice();
  }

  private figure(): Figure {
    const flags = this.code();
    // In the order the writer wrote them: codes and numbers are two streams, each read in its own order.
    const f: Figure = {
      start: this.number(),
      end: this.number(),
      text: this.string(),
      kind: this.sharedString() as Figure['kind'],
      value: this.number(),
      low: this.number(),
      high: this.number(),
      unit: this.sharedString(),
      qualifier: this.sharedString() as Figure['qualifier'],
      role: this.sharedString() as Figure['role'],
      // Every field, as extract/figures/build.ts makes them: one hidden class for all figures.
      rangeOf: flags & RANGE_OF ? (this.sharedString() as Figure['rangeOf']) : undefined,
      usd: flags & USD ? { value: this.number(), low: this.number(), high: this.number(), rate: this.number(), year: this.number() } : undefined,
      date: flags & DATE ? { low: this.sharedString(), high: this.sharedString(), resolved: (flags & DATE_RESOLVED) !== 0, relative: (flags & DATE_RELATIVE) !== 0 } : undefined,
    };
    return f;
  }

  private mention(): EntityMention {
    const text = this.string();
    const id = this.sharedString();
    const name = this.sharedString();
    const type = this.sharedString() as EntityMention['type'];
    const source = this.sharedString() as EntityMention['source'];
    return { start: this.number(), end: this.number(), text, id, name, type, source };
  }

  private claim(figures: Figure[], before: Claim[]): Claim {
    const flags = this.code();
    const figureIndex = this.number();
    const figure = figures[figureIndex];
    if (figure === undefined) throw new Error(`packed claim names no figure ${figureIndex}`);
    const subjects = this.sharedStrings();
    const basis = this.sharedString() as Claim['basis'];
    const measure = this.sharedString();
    const scope = this.sharedString();
    const frame = this.sharedString();
    const key = this.sharedString();
    const matchKeys = this.sharedStrings();
    const sentence = flags & SAME_SENTENCE ? this.sentenceOf(before[before.length - 1]) : { start: this.number(), end: this.number() };
    const claim: Claim = { figureIndex, figure, subjects, basis, measure, scope, frame, key, matchKeys, sentence };
    if (flags & CONVERSION) claim.conversion = this.figure();
    return claim;
  }

  private sentenceOf(previous: Claim | undefined): Claim['sentence'] {
    if (!previous) throw new Error('packed claim shares the sentence of no claim');
    return previous.sentence;
  }
}
