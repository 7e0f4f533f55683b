function oneTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Turns of the event loop between two slices. A request read during a slice
 * is answered in two turns: vscode-jsonrpc handles it in one immediate and
 * writes the answer in the next (its writer's lock). With one turn the next
 * slice ran before each of them, so a hover waited three slices (~4 ms of a
 * tag's re-check of 10,000 articles, the hover itself ~0.4 ms); with three
 * turns the answer is written before the next slice (~1.5 ms). An idle turn
 * costs microseconds: a tag ran as long either way.
 */
const TURNS = 3;

/** Lets pending requests and notifications run, to their answers, between batches of long work. */
export async function yieldToEventLoop(): Promise<void> {
  for (let turn = 0; turn < TURNS; turn++) await oneTurn();
}

/**
 * Cuts long work into slices of a few milliseconds, yielding between them.
 * Short ones: a request takes a few turns of the event loop to be answered,
 * so its wait is a few slices (hovers while a tag re-analysed 10,000
 * articles: 40-70 ms with 10 ms slices, ~5 ms with 1 ms, the work no slower;
 * ~1.5 ms once each pause lets an answer be written: TURNS).
 */
export class TimeSlices {
  private started = performance.now();

  constructor(private readonly ms = 1) {}

  /** Whether this slice has run its time: then await next(). */
  get due(): boolean {
    return performance.now() - this.started >= this.ms;
  }

  /** Lets pending requests run to their answers, then starts the next slice. */
  async next(): Promise<void> {
    await yieldToEventLoop();
    this.started = performance.now();
  }
}
