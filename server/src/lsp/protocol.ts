/**
 * Custom requests and notifications between the Corroborate client and
 * server. Plain names and types only, so both sides import this file.
 */

/** Request: corpus totals for the status bar. */
export const TotalsRequest = 'corroborate/totals';
/** Notification (server -> client): the corpus changed; views and totals are stale. */
export const CorpusChangedNotification = 'corroborate/corpusChanged';

export interface CorpusChangedParams {
  /** While indexing, views that need every finding (the Claims view) should wait for the final notification. */
  indexing: boolean;
}
/** Request: claim groups (one per subject entity) for the Claims view. */
export const ClaimGroupsRequest = 'corroborate/claimGroups';
/** Request: the claims of one group, with their figures per source. */
export const ClaimsRequest = 'corroborate/claims';
/** Request: forget everything and index the workspace again. */
export const ReindexRequest = 'corroborate/reindex';
/** Request: the server's memory use, for benchmarks and the output channel. */
export const MemoryRequest = 'corroborate/memory';
/**
 * Request (server -> client), answered at once with null: the server sends it
 * between slices of diagnostics and waits for the answer before sending much
 * more (lsp/clientPacing.ts). A client that does not know it answers with an
 * error, which serves as well.
 */
export const FlushRequest = 'corroborate/flush';

/** What the client tells the server as it starts (InitializeParams.initializationOptions). */
export interface InitializationOptions {
  /** Whether the workspace is trusted; VS Code's Restricted Mode says false. Missing means trusted. */
  trusted?: boolean;
}
/** Notification (client -> server): the researcher trusted the workspace (it was in Restricted Mode). */
export const WorkspaceTrustedNotification = 'corroborate/workspaceTrusted';

/**
 * Client-side command: records several decisions, one `recordDecision`
 * server command each (that command takes one). Args: Array<{ decision }>.
 */
export const ApplyDecisionsCommand = 'corroborate.applyDecisions';

export interface Totals {
  documents: number;
  entities: number;
  claims: number;
  /** Open conflicts: the diagnostics shown over the corpus (findings whose severity is off are not counted). */
  conflicts: number;
  /** True while the workspace is being indexed. */
  indexing: boolean;
}

/**
 * conflict: an open finding; resolved: a researcher's decision settled one;
 * differs: the figures differ yet no rule reports it (judged compatible);
 * agree; single: one source only.
 */
export type ClaimStatus = 'conflict' | 'resolved' | 'differs' | 'agree' | 'single';

export interface ClaimGroup {
  /** Subject entity id, or '' for claims without a subject. */
  entity: string;
  name: string;
  claims: number;
  conflicts: number;
}

export interface ClaimFigureItem {
  uri: string;
  /** Zero-based line and character of the figure's start and end. */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
  /** The value in US dollars for money, else in the figure's own unit. */
  display: string;
  /** 'conflict' when a finding is open on this figure, 'resolved' when a decision settled it. */
  status: ClaimStatus;
}

export interface ClaimItem {
  key: string;
  label: string;
  measure: string;
  scope: string;
  status: ClaimStatus;
  figures: ClaimFigureItem[];
}

export interface ClaimsParams {
  entity: string;
}

export interface MemoryUsage {
  rss: number;
  heapUsed: number;
}
