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

export class CodeUnitBuffer {
  private units = new Uint16Array(0);
  private bytes: Buffer | undefined;

  /**
   * The code units of `text` at [0, text.length), then a 0 at text.length (a
   * sentinel that is no letter, digit or space). Valid until this buffer's next call.
   */
  of(text: string): Uint16Array {
    const n = text.length;
    if (this.units.length < n + 1) {
      // Grow at least twofold, so that a run of ever longer documents allocates a few times only.
      this.units = new Uint16Array(Math.max(n + 1, 2 * this.units.length, 1024));
      this.bytes = NATIVE_COPY ? Buffer.from(this.units.buffer, this.units.byteOffset, this.units.byteLength) : undefined;
    }
    const units = this.units;
    if (this.bytes !== undefined) this.bytes.write(text, 0, n * 2, 'utf16le');
    else for (let i = 0; i < n; i++) units[i] = text.charCodeAt(i);
    units[n] = 0;
    return units;
  }
}
