/**
 * Corpus totals for the client's status bar, a "corpus changed" notification
 * (coalesced) so the client refreshes its views, the server's memory use, and
 * a reindex request.
 */
import { corpusTotals } from '../analysis/corpus/queries';
import type { ServerServices } from './services';
import { CorpusChangedNotification, MemoryRequest, ReindexRequest, TotalsRequest, type MemoryUsage, type Totals } from './protocol';
import { guard } from './guard';

const COALESCE_MS = 150;

export interface StatusHost {
  indexing(): boolean;
  reindex(): Promise<void>;
}

export function registerStatus(services: ServerServices, host: StatusHost): void {
  const { connection } = services;
  const empty: Totals = { documents: 0, entities: 0, claims: 0, conflicts: 0, indexing: false };
  connection.onRequest(TotalsRequest, guard(services.log, TotalsRequest, empty, (): Totals => ({ ...corpusTotals(services.corpus), indexing: host.indexing() })));
  connection.onRequest(MemoryRequest, (): MemoryUsage => {
    const m = process.memoryUsage();
    return { rss: m.rss, heapUsed: m.heapUsed };
  });
  connection.onRequest(ReindexRequest, async () => {
    await host.reindex();
    return null;
  });
}

/** Sends one CorpusChangedNotification for a burst of changes. */
export function corpusChangedNotifier(services: Pick<ServerServices, 'connection'>): () => void {
  let timer: NodeJS.Timeout | undefined;
  return () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void services.connection.sendNotification(CorpusChangedNotification);
    }, COALESCE_MS);
  };
}
