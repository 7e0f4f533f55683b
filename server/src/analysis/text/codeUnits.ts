/**
 * A string's UTF-16 code units in a typed array, for the passes that read
 * every character: indexing a Uint16Array costs about half of a
 * `charCodeAt` per character, and Node's Buffer copies the units natively
 * (a fraction of a nanosecond per character). Each pass owns a buffer and
 * reuses it from text to text.
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

  /**
   * The code units of `text` at [0, text.length), then a 0 at text.length (a
   * sentinel that is no letter, digit or space). Valid until this buffer's next call.
   */
  of(text: string): Uint16Array {
    const n = text.length;
    if (n + 1 > KEPT_UNITS) {
      const own = new Uint16Array(n + 1);
      return fill(own, bytesOf(own), text);
    }
    if (this.units.length < n + 1) {
      // Grow at least twofold, so that a run of ever longer documents allocates a few times only.
      this.units = new Uint16Array(Math.min(KEPT_UNITS, Math.max(n + 1, 2 * this.units.length, 1024)));
      this.bytes = bytesOf(this.units);
    }
    return fill(this.units, this.bytes, text);
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
