/**
 * A string's UTF-16 code units in a typed array, for the one pass that reads
 * every character: indexing a Uint16Array costs about half of a
 * `charCodeAt` per character, and Node's Buffer copies the units natively
 * (a fraction of a nanosecond per character). One array is reused between
 * calls; it holds the units of the last string only until the next call.
 */

/** Whether Buffer's "utf16le" bytes read back as the same units through a Uint16Array (a little-endian host). */
const NATIVE_COPY =
  typeof Buffer === 'function' && new Uint8Array(new Uint16Array([0x0102]).buffer)[0] === 0x02;

let units = new Uint16Array(0);
let bytes: Buffer | undefined;

/**
 * The code units of `text` at [0, text.length), then a 0 at text.length (a
 * sentinel that is no letter, digit or space). Valid until the next call.
 */
export function codeUnits(text: string): Uint16Array {
  const n = text.length;
  if (units.length < n + 1) {
    // Grow at least twofold, so that a run of ever longer documents allocates a few times only.
    units = new Uint16Array(Math.max(n + 1, 2 * units.length, 1024));
    bytes = NATIVE_COPY ? Buffer.from(units.buffer, units.byteOffset, units.byteLength) : undefined;
  }
  if (bytes !== undefined) bytes.write(text, 0, n * 2, 'utf16le');
  else for (let i = 0; i < n; i++) units[i] = text.charCodeAt(i);
  units[n] = 0;
  return units;
}
