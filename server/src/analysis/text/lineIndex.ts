import { CharFinder } from './charFinder';

const LINE_BREAKS = ['\n', '\r'];

/** Converts between UTF-16 offsets and zero-based line/character positions. */
export interface Position {
  line: number;
  character: number;
}

/**
 * Line starts and ends of a text, without the text: the server keeps one per
 * document of the workspace (for diagnostics and locations in documents that
 * are not open), so it must not hold the text alive.
 */
export class LineIndex {
  /** Offset of the first character of each line. */
  readonly starts: Int32Array;
  /** Offset after the last character of each line, before its line break. */
  readonly ends: Int32Array;
  readonly length: number;

  /** From a text, or from the fields of another (a structured clone of one, which keeps only its fields). */
  constructor(text: string | { starts: Int32Array; ends: Int32Array; length: number }) {
    if (typeof text !== 'string') {
      this.starts = text.starts;
      this.ends = text.ends;
      this.length = text.length;
      return;
    }
    const starts: number[] = [0];
    const ends: number[] = [];
    const breaks = new CharFinder(text, LINE_BREAKS);
    for (let i = breaks.firstFrom(0); i < text.length; i = breaks.firstFrom(starts[starts.length - 1])) {
      ends.push(i);
      starts.push(text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1);
    }
    ends.push(text.length);
    this.starts = Int32Array.from(starts);
    this.ends = Int32Array.from(ends);
    this.length = text.length;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.length;
    // Never step past the line's own end (before its line break).
    return Math.min(this.starts[position.line] + Math.max(0, position.character), this.ends[position.line]);
  }

  /** The text of a line of `text` (the text this index was built from), without its line break. */
  lineText(text: string, line: number): string {
    return text.slice(this.offsetAt({ line, character: 0 }), this.offsetAt({ line, character: Number.MAX_SAFE_INTEGER }));
  }
}
