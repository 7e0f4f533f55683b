/**
 * Corpus totals for the client's status bar, a "corpus changed" notification
 * (coalesced) so the client refreshes its views, the server's memory use, and
 * a reindex request.
 */
import { corpusTotals } from '../analysis/corpus/queries';
import type { ServerServices } from './services';
import { CorpusChangedNotification, MemoryRequest, ReindexRequest, TotalsRequest, type CorpusChangedParams, type MemoryUsage, type Totals } from './protocol';
import { guard } from './guard';

/** How long a burst of corpus changes is gathered into one notification. */
export const COALESCE_MS = 150;

export interface StatusHost {
  indexing(): boolean;
  /** Open conflicts: the diagnostics shown over the corpus. */
  conflicts(): number;
  reindex(): Promise<void>;
}

export function registerStatus(services: ServerServices, host: StatusHost): void {
  const { connection } = services;
  const empty: Totals = { documents: 0, entities: 0, claims: 0, conflicts: 0, indexing: false };
  connection.onRequest(TotalsRequest, guard(services.log, TotalsRequest, empty, (): Totals => ({ ...corpusTotals(services.corpus), conflicts: host.conflicts(), indexing: host.indexing() })));
  connection.onRequest(MemoryRequest, (): MemoryUsage => {
    const m = process.memoryUsage();
    return { rss: m.rss, heapUsed: m.heapUsed };
  });
  connection.onRequest(ReindexRequest, async () => {
    await host.reindex();
    return null;
  });
}

/** Sends one CorpusChangedNotification for a burst of changes, saying whether indexing is still under way. */
export function corpusChangedNotifier(services: Pick<ServerServices, 'connection'>, indexing: () => boolean): () => void {
  let timer: NodeJS.Timeout | undefined;
  return () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      const params: CorpusChangedParams = { indexing: indexing() };
      void services.connection.sendNotification(CorpusChangedNotification, params);
    }, COALESCE_MS);
  };
}
