/**
 * The Annotations view's protocol between client and server: plain names and
 * types only, so the client can import this file without the server.
 */

/** Request, no params: every annotation grouped by document, and the store's state. */
export const AnnotationsListRequest = 'corroborate/annotations';
/** Request { uri }: the findings of that document a decision settled (for the Claims view and hovers). */
export const ResolvedFindingsRequest = 'corroborate/resolvedFindings';
/** Request, no params: the entities known to the corpus, to pick the one a name is an alias of. */
export const KnownEntitiesRequest = 'corroborate/knownEntities';
/** Notification (server -> client), no params: annotations or their states changed. */
export const AnnotationsChangedNotification = 'corroborate/annotationsChanged';

export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export type AnnotationKindName = 'tag' | 'not-entity' | 'note' | 'decision';
export type AnnotationStateName = 'anchored' | 'changed' | 'orphaned' | 'missing-document';

export interface AnnotationViewItem {
  id: string;
  kind: AnnotationKindName;
  label: string;
  state: AnnotationStateName;
  /** Why it is not in force (orphaned, edited, document gone). */
  problem?: string;
  source: string;
  uri: string;
  start?: number;
  end?: number;
  range?: LspRange;
}

export interface AnnotationsList {
  /** ok | missing | damaged | newer-version | unreadable | no-folder */
  status: { state: string; reason?: string };
  storeUri?: string;
  groups: Array<{ source: string; uri: string; items: AnnotationViewItem[] }>;
}

export interface ResolvedFindingItem {
  code: string;
  fingerprint: string;
  start: number;
  end: number;
  message: string;
  decision: { id: string; decision: string; note?: string };
}

export interface KnownEntity {
  id: string;
  name: string;
  type: string;
  mentions: number;
}
