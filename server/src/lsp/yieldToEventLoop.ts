/** Lets pending requests and notifications run between batches of long work. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Cuts long work into slices of a few milliseconds, yielding between them.
 * Short ones: a request takes a few turns of the event loop to be answered,
 * so its wait is a few slices (hovers while a tag re-analysed 10,000
 * articles: 40-70 ms with 10 ms slices, ~5 ms with 1 ms, the work no slower).
 */
export class TimeSlices {
  private started = performance.now();

  constructor(private readonly ms = 1) {}

  /** Whether this slice has run its time: then await next(). */
  get due(): boolean {
    return performance.now() - this.started >= this.ms;
  }

  /** Lets pending requests run, then starts the next slice. */
  async next(): Promise<void> {
    await yieldToEventLoop();
    this.started = performance.now();
  }
}
