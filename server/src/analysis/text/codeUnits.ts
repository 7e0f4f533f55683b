/**
 * A string's UTF-16 code units in a typed array, for the passes that read
 * every character: indexing a Uint16Array costs about half of a
 * `charCodeAt` per character, and Node's Buffer copies the units natively
 * (a fraction of a nanosecond per character). Each pass owns a buffer and
 * reuses it from text to text; analyze.ts copies each text of a batch once,
 * into slots, and hands the copy to every pass.
 */

/** Whether Buffer's "utf16le" bytes read back as the same units through a Uint16Array (a little-endian host). */
const NATIVE_COPY =
  typeof Buffer === 'function' && new Uint8Array(new Uint16Array([0x0102]).buffer)[0] === 0x02;

/**
 * Longer texts get an array of their own, not kept: each pass keeps its
 * buffer between calls, and the figures and claims read whole texts (the
 * tokenizer reads pieces of at most a megabyte), so a 100 MB file would
 * otherwise pin 200 MB in each of them for as long as the process lives.
 */
export const KEPT_UNITS = 1 << 21;

export class CodeUnitBuffer {
  private units = new Uint16Array(0);
  private bytes: Buffer | undefined;

  /** `kept`: the longest text (in code units) whose copy the buffer keeps for the next call. */
  constructor(private readonly kept = KEPT_UNITS) {}

  /**
   * The code units of `text` at [0, text.length), then a 0 at text.length (a
   * sentinel that is no letter, digit or space). Valid until this buffer's next call.
   */
  of(text: string): Uint16Array {
    const n = text.length;
    if (n + 1 > this.kept) {
      const own = new Uint16Array(n + 1);
      return fill(own, bytesOf(own), text);
    }
    if (this.units.length < n + 1) {
      // Grow at least twofold, so that a run of ever longer documents allocates a few times only.
      this.units = new Uint16Array(Math.min(this.kept, Math.max(n + 1, 2 * this.units.length, 1024)));
      this.bytes = bytesOf(this.units);
    }
    return fill(this.units, this.bytes, text);
  }
}

/**
 * The longest text a batch slot keeps a copy of. A batch holds ANALYSIS_BATCH
 * copies at once, so slots keep less than a pass's own buffer (16 slots of
 * 128 KB at most); a longer text gets an array of its own, still copied once
 * for all the passes.
 */
export const SLOT_UNITS = 1 << 16;

/** A buffer per slot: the code units of several texts at once, each valid until its slot is filled again. */
export class CodeUnitSlots {
  private readonly buffers: CodeUnitBuffer[] = [];

  of(slot: number, text: string): Uint16Array {
    let buffer = this.buffers[slot];
    if (buffer === undefined) this.buffers[slot] = buffer = new CodeUnitBuffer(SLOT_UNITS);
    return buffer.of(text);
  }
}

/** The bytes of `units` as a Buffer that writes them natively, on a host whose order allows it. */
function bytesOf(units: Uint16Array): Buffer | undefined {
  return NATIVE_COPY ? Buffer.from(units.buffer, units.byteOffset, units.byteLength) : undefined;
}

/** Copies text's code units into units (natively through bytes, its Buffer view, when there is one) and puts the 0 after them. */
function fill(units: Uint16Array, bytes: Buffer | undefined, text: string): Uint16Array {
  const n = text.length;
  if (bytes !== undefined) bytes.write(text, 0, n * 2, 'utf16le');
  else for (let i = 0; i < n; i++) units[i] = text.charCodeAt(i);
  units[n] = 0;
  return units;
}
