/** The process's own streams, as the CLI prints to them and reads standard input. */

/** Where the CLI prints: the process's streams, or a test's strings, or the worker's messages. */
export interface CliIO {
  out(s: string): void;
  err(s: string): void;
}

export const processIO: CliIO = { out: (s) => void process.stdout.write(s), err: (s) => void process.stderr.write(s) };

/** All of standard input, as bytes. */
export function readStdin(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}
