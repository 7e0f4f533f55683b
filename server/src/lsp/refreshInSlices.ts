/**
 * Computes and publishes the findings of many documents in time slices,
 * yielding between them so that requests are answered meanwhile: at once,
 * the findings of 10,000 articles keep the server busy ~0.3-0.7 s.
 */
import type { ServerServices } from './services';
import { TimeSlices } from './yieldToEventLoop';

/** Stops early (returns) once `stop()` says so after a pause. */
export async function refreshInSlices(services: ServerServices, docs: Iterable<string>, sliceMs: number, stop: () => boolean = () => false): Promise<void> {
  const slices = new TimeSlices(sliceMs);
  let slice: string[] = [];
  for (const doc of docs) {
    slice.push(doc);
    services.corpus.findings(doc);
    if (slices.due) {
      services.refresh(slice);
      slice = [];
      await slices.next();
      if (stop()) return;
    }
  }
  services.refresh(slice);
}
