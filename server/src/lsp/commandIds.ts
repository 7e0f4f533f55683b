/**
 * Ids of the commands the server executes (workspace/executeCommand). Code
 * actions send them; the annotation module handles them.
 */
export const Commands = {
  /** Args: [{ decision: DecisionDraft }] — record a researcher's decision about a finding. */
  recordDecision: 'corroborate.recordDecision',
  /** Args: [{ uri, start, end, type: EntityType, aliasOf?: string }] — tag a span as an entity. */
  tagEntity: 'corroborate.tagEntity',
  /** Args: [{ uri, start, end }] — mark a span as "not an entity". */
  markNotEntity: 'corroborate.markNotEntity',
  /** Args: [{ uri, start, end, note }] */
  addNote: 'corroborate.addNote',
  /** Args: [{ id }] */
  removeAnnotation: 'corroborate.removeAnnotation',
  /** Args: [{ uri, offset, decision: DecisionKind, note? }] — decide the finding at offset (command palette). */
  decideAt: 'corroborate.decideAt',
  /** Args: none. Returns the store as a W3C Web Annotation (JSON-LD) AnnotationCollection. */
  exportAnnotations: 'corroborate.exportAnnotations',
  /** Args: [{ document: object }] — W3C Web Annotation JSON-LD; returns { imported, problems }. */
  importAnnotations: 'corroborate.importAnnotations',
} as const;

export const ALL_COMMANDS: string[] = Object.values(Commands);
