/**
 * The annotation store (`.corroborate/annotations.json`): a versioned zod
 * schema. Annotations are anchored the way the W3C Web Annotation model
 * anchors them: a TextQuoteSelector (exact quote with prefix and suffix)
 * plus a TextPositionSelector as a hint, per document path relative to the
 * workspace root.
 */
import { z } from 'zod';

/** The store format this build reads and writes. A higher version is left alone (read-only). */
export const STORE_VERSION = 1;

const isoTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO 8601 date-time');
const offset = z.number().int().min(0);

export const quoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string().default(''),
  suffix: z.string().default(''),
});

export const positionSelectorSchema = z
  .object({ type: z.literal('TextPositionSelector'), start: offset, end: offset })
  .refine((p) => p.end >= p.start, 'end must not be before start');

export const targetSchema = z.object({
  /** Document path relative to the workspace root, with forward slashes. */
  source: z.string().min(1),
  quote: quoteSelectorSchema,
  position: positionSelectorSchema,
});

const findingCode = z.enum(['figure-conflict', 'internal-conflict', 'conversion-mismatch', 'date-inconsistency']);

const common = {
  id: z.string().min(1),
  created: isoTime,
  modified: isoTime,
  /** Note text, or the reason given for a decision. */
  body: z.string().optional(),
  /** The spans the annotation is about; decisions may name several (the flagged figure first). */
  targets: z.array(targetSchema).min(1),
};

export const annotationSchema = z.discriminatedUnion('kind', [
  z.object({
    ...common,
    kind: z.literal('tag'),
    entityType: z.enum(['organization', 'place', 'programme']),
    /** Canonical id of an existing entity this name is another name of. */
    aliasOf: z.string().min(1).optional(),
  }),
  z.object({ ...common, kind: z.literal('not-entity') }),
  z.object({ ...common, kind: z.literal('note'), body: z.string().min(1) }),
  z.object({
    ...common,
    kind: z.literal('decision'),
    decision: z.enum(['disputed', 'different-claims', 'accepted', 'dismissed']),
    code: findingCode,
    fingerprint: z.string().min(1),
  }),
]);

export const storeSchema = z.object({
  version: z.literal(STORE_VERSION),
  annotations: z.array(annotationSchema),
  /** Removed annotation ids with the time of removal, so a merge does not bring them back. */
  removed: z.record(z.string(), isoTime).default({}),
});

export type QuoteSelector = z.infer<typeof quoteSelectorSchema>;
export type PositionSelector = z.infer<typeof positionSelectorSchema>;
export type AnnotationTarget = z.infer<typeof targetSchema>;
export type Annotation = z.infer<typeof annotationSchema>;
export type AnnotationKind = Annotation['kind'];
export type StoreData = z.infer<typeof storeSchema>;

export type StoreParse =
  | { ok: true; data: StoreData }
  | { ok: false; problem: 'invalid-json' | 'invalid-schema' | 'newer-version'; reason: string };

export function emptyStore(): StoreData {
  return { version: STORE_VERSION, annotations: [], removed: {} };
}

/** Parses the text of a store file. Never throws; says why a file cannot be used. */
export function parseStore(text: string): StoreParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, problem: 'invalid-json', reason: `not valid JSON (${(e as Error).message})` };
  }
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const version = (raw as { version?: unknown }).version;
    if (typeof version === 'number' && version > STORE_VERSION) {
      return {
        ok: false,
        problem: 'newer-version',
        reason: `written by a newer version of Corroborate (store version ${version}, this one reads ${STORE_VERSION}); left read-only`,
      };
    }
  }
  const result = storeSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') + ': ' : '';
    return { ok: false, problem: 'invalid-schema', reason: `${where}${issue.message}` };
  }
  const ids = new Set<string>();
  for (const a of result.data.annotations) {
    if (ids.has(a.id)) return { ok: false, problem: 'invalid-schema', reason: `annotations: id "${a.id}" appears twice` };
    ids.add(a.id);
  }
  return { ok: true, data: result.data };
}

/** The store as written to disk: stable key order, one annotation per few lines, trailing newline. */
export function serializeStore(data: StoreData): string {
  const sorted = [...data.annotations].sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
  return JSON.stringify({ version: data.version, annotations: sorted, removed: data.removed }, null, 2) + '\n';
}
