/**
 * Handlers never crash the server: an exception becomes a logged error and
 * an empty answer.
 */
export type Logger = (message: string) => void;

export function guard<P extends unknown[], R>(log: Logger, name: string, fallback: R, handler: (...args: P) => R): (...args: P) => R {
  return (...args: P) => {
    try {
      return handler(...args);
    } catch (e) {
      log(`error in ${name}: ${describe(e)}`);
      return fallback;
    }
  };
}

export function guardAsync<P extends unknown[], R>(log: Logger, name: string, fallback: R, handler: (...args: P) => Promise<R>): (...args: P) => Promise<R> {
  return async (...args: P) => {
    try {
      return await handler(...args);
    } catch (e) {
      log(`error in ${name}: ${describe(e)}`);
      return fallback;
    }
  };
}

export function describe(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}
