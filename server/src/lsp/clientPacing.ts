/**
 * Keeps what the server has sent and the client has not read yet to about
 * two slices of work. Messages reach the client in the order they were
 * written, so an answer to a hover waits behind every notification written
 * before it: when indexing 10,000 articles ended by publishing 5.5 MB of
 * diagnostics, the last hovers sent meanwhile waited 190-510 ms (~100-150 ms
 * at most with pacing, the indexing no slower). After each slice that sent
 * diagnostics the server sends a request the client answers at once
 * (FlushRequest), and before the next slice it waits for the answer to the
 * previous one: the client has read everything up to it by then, while the
 * server went on computing, so the two still overlap.
 */
import { FlushRequest } from './protocol';

/** How long to wait for an answer before going on regardless (a client that never answers must not stall the work). */
const ANSWER_TIMEOUT_MS = 2000;

export interface RequestSender {
  sendRequest(method: string): Promise<unknown>;
}

export class ClientPacing {
  private pending: Promise<void> | undefined;

  constructor(
    private readonly client: RequestSender,
    private readonly timeoutMs = ANSWER_TIMEOUT_MS,
  ) {}

  /** Marks the end of a slice; resolves once the client has read what was sent before the previous mark. */
  async mark(): Promise<void> {
    const previous = this.pending;
    this.pending = answered(this.client.sendRequest(FlushRequest), this.timeoutMs);
    await previous;
  }
}

/** Resolves when the request is answered (or fails), or after timeoutMs. */
function answered(request: Promise<unknown>, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    timer.unref?.();
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    request.then(done, done);
  });
}
