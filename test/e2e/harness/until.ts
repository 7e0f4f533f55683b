/**
 * Polls a condition until it holds: tests wait for what a person would see,
 * never for a fixed time.
 */
export interface UntilOptions {
  /** Give up after this long (ms). */
  timeout?: number;
  /** Pause between polls (ms). */
  interval?: number;
  /** Says what was awaited when it never happened. */
  message: string | (() => string);
}

/** Resolves with the first truthy value `probe` returns; rejects after `timeout`. */
export async function until<T>(probe: () => Promise<T | undefined | null | false> | T | undefined | null | false, options: UntilOptions): Promise<T> {
  const timeout = options.timeout ?? 30_000;
  const interval = options.interval ?? 150;
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const what = typeof options.message === 'function' ? options.message() : options.message;
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Polls until `read` returns the same value twice in a row `settle` ms apart (e.g. a hover that grows as providers answer). */
export async function untilStable<T>(read: () => Promise<T>, options: UntilOptions & { settle?: number }): Promise<T> {
  const settle = options.settle ?? 400;
  let previous = JSON.stringify(await read());
  let since = Date.now();
  return until(async () => {
    const value = await read();
    const now = JSON.stringify(value);
    if (now !== previous) {
      previous = now;
      since = Date.now();
      return undefined;
    }
    return Date.now() - since >= settle ? { value } : undefined;
  }, options).then((box) => box.value);
}
