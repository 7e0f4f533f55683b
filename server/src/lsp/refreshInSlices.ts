/**
 * Computes and publishes the findings of many documents in time slices,
 * yielding between them so that requests are answered meanwhile: at once,
 * the findings of 10,000 articles keep the server busy ~0.3-0.7 s. It sends
 * no more than the client keeps up with (clientPacing.ts).
 */
import type { ServerServices } from './services';
import { TimeSlices } from './yieldToEventLoop';
import { ClientPacing } from './clientPacing';

/** Stops early (returns) once `stop()` says so after a pause. */
export async function refreshInSlices(services: ServerServices, docs: Iterable<string>, sliceMs: number, stop: () => boolean = () => false): Promise<void> {
  const slices = new TimeSlices(sliceMs);
  const pacing = new ClientPacing(services.connection);
  let slice: string[] = [];
  for (const doc of docs) {
    slice.push(doc);
    services.corpus.findings(doc);
    if (slices.due) {
      // Paced only when something was sent: most documents have no diagnostics to send.
      if (services.refresh(slice) > 0) await pacing.mark();
      slice = [];
      await slices.next();
      if (stop()) return;
    }
  }
  services.refresh(slice);
}
