/**
 * W3C Web Annotation (JSON-LD) export and import. Each annotation becomes an
 * `Annotation` with TextualBody bodies whose purpose carries its meaning:
 *
 *   tag          motivation tagging:    tagging = entity type, identifying = alias-of entity id
 *   not-entity   motivation tagging:    tagging = "not-an-entity"
 *   note         motivation commenting: commenting = the note
 *   decision     motivation assessing:  assessing = decision, classifying = finding code,
 *                                       identifying = finding fingerprint, commenting = reason
 *
 * and one target per anchored span: the document IRI as `source` and a
 * TextQuoteSelector plus a TextPositionSelector. Import accepts what export
 * writes (a collection), a page, an array, or a single annotation, and
 * reports what it cannot read instead of failing.
 */
import { z } from 'zod';
import { annotationSchema, type Annotation, type AnnotationTarget } from './schema';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const NOT_ENTITY = 'not-an-entity';

interface TextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'identifying' | 'commenting' | 'assessing' | 'classifying';
  value: string;
  format?: string;
}

export interface WebAnnotation {
  '@context'?: string;
  id: string;
  type: 'Annotation';
  motivation: 'tagging' | 'commenting' | 'assessing';
  created: string;
  modified: string;
  body: TextualBody[];
  target: Array<{ source: string; selector: Array<Record<string, unknown>> }>;
}

/**
 * The store's annotations as a W3C AnnotationCollection. Sources become IRIs
 * relative to `base` (the workspace root as a file: URI ending in "/").
 */
export function exportJsonLd(annotations: readonly Annotation[], base: string): object {
  const items = annotations.map((a) => toWebAnnotation(a, base));
  return {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Corroborate annotations',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

export function toWebAnnotation(a: Annotation, base: string): WebAnnotation {
  const body: TextualBody[] = [];
  const text = (purpose: TextualBody['purpose'], value: string): void => void body.push({ type: 'TextualBody', purpose, value });
  let motivation: WebAnnotation['motivation'];
  switch (a.kind) {
    case 'tag':
      motivation = 'tagging';
      text('tagging', a.entityType);
      if (a.aliasOf) text('identifying', a.aliasOf);
      if (a.body) text('commenting', a.body);
      break;
    case 'not-entity':
      motivation = 'tagging';
      text('tagging', NOT_ENTITY);
      if (a.body) text('commenting', a.body);
      break;
    case 'note':
      motivation = 'commenting';
      text('commenting', a.body);
      break;
    case 'decision':
      motivation = 'assessing';
      text('assessing', a.decision);
      text('classifying', a.code);
      text('identifying', a.fingerprint);
      if (a.body) text('commenting', a.body);
      break;
  }
  return {
    '@context': ANNO_CONTEXT,
    id: toIri(a.id),
    type: 'Annotation',
    motivation,
    created: a.created,
    modified: a.modified,
    body,
    target: a.targets.map((t) => ({ source: new URL(encodePath(t.source), base).href, selector: [{ ...t.quote }, { ...t.position }] })),
  };
}

export interface ImportResult {
  annotations: Annotation[];
  /** What could not be read, one line per item. */
  problems: string[];
}

const selectorIn = z.union([
  z.object({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1), prefix: z.string().optional(), suffix: z.string().optional() }),
  z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(0) }),
  z.object({ type: z.string() }).passthrough(),
]);
const bodyIn = z.object({ type: z.string().optional(), purpose: z.string().optional(), value: z.string() }).passthrough();
const webAnnotationIn = z.object({
  id: z.string().min(1),
  type: z.union([z.literal('Annotation'), z.array(z.string()).refine((t) => t.includes('Annotation'), 'type must include Annotation')]),
  motivation: z.union([z.string(), z.array(z.string())]).optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  body: z.union([bodyIn, z.array(bodyIn)]).optional(),
  target: z.union([z.object({ source: z.string(), selector: z.union([selectorIn, z.array(selectorIn)]) }), z.array(z.object({ source: z.string(), selector: z.union([selectorIn, z.array(selectorIn)]) }))]),
});

/**
 * Reads W3C Web Annotations back into store annotations; `base` as for
 * export. A target's source must be an IRI under `base` (the store's folder),
 * under one of `otherBases` (the workspace's other folders: named relative to
 * base, "../notes/a.txt"), or a relative reference.
 */
export function importJsonLd(input: unknown, base: string, now: () => string = () => new Date().toISOString(), otherBases: readonly string[] = []): ImportResult {
  const out: ImportResult = { annotations: [], problems: [] };
  const items = itemsOf(input);
  if (!items) {
    out.problems.push('not a W3C Web Annotation document (expected an Annotation, an array, an AnnotationPage or an AnnotationCollection)');
    return out;
  }
  items.forEach((item, i) => {
    const parsed = webAnnotationIn.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      out.problems.push(`item ${i + 1}: ${issue.path.join('.') || 'annotation'}: ${issue.message}`);
      return;
    }
    const result = fromWebAnnotation(parsed.data, base, now, otherBases);
    if (typeof result === 'string') out.problems.push(`item ${i + 1} (${parsed.data.id}): ${result}`);
    else out.annotations.push(result);
  });
  return out;
}

function itemsOf(input: unknown): unknown[] | undefined {
  if (Array.isArray(input)) return input;
  if (!input || typeof input !== 'object') return undefined;
  const o = input as Record<string, unknown>;
  const type = o.type;
  if (type === 'AnnotationCollection') return itemsOf(o.first) ?? [];
  if (type === 'AnnotationPage') return Array.isArray(o.items) ? o.items : undefined;
  return [input];
}

function fromWebAnnotation(w: z.infer<typeof webAnnotationIn>, base: string, now: () => string, otherBases: readonly string[]): Annotation | string {
  const bodies = w.body === undefined ? [] : Array.isArray(w.body) ? w.body : [w.body];
  const valueOf = (purpose: string) => bodies.find((b) => b.purpose === purpose)?.value;
  const comment = valueOf('commenting');
  const targets: AnnotationTarget[] = [];
  for (const t of Array.isArray(w.target) ? w.target : [w.target]) {
    const selectors = Array.isArray(t.selector) ? t.selector : [t.selector];
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector') as { exact: string; prefix?: string; suffix?: string } | undefined;
    if (!quote) return 'a target has no TextQuoteSelector';
    const pos = selectors.find((s) => s.type === 'TextPositionSelector') as { start: number; end: number } | undefined;
    const source = toSource(t.source, base, otherBases);
    if (!source) return `target ${t.source} is outside the workspace`;
    targets.push({
      source,
      quote: { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
      position: { type: 'TextPositionSelector', start: pos?.start ?? 0, end: pos?.end ?? pos?.start ?? 0 },
    });
  }
  const created = w.created ?? w.modified ?? now();
  const common = { id: fromIri(w.id), created, modified: w.modified ?? created, targets, ...(comment !== undefined ? { body: comment } : {}) };
  const motivations = w.motivation === undefined ? [] : Array.isArray(w.motivation) ? w.motivation : [w.motivation];
  let candidate: unknown;
  const tagging = valueOf('tagging');
  if (valueOf('assessing') !== undefined || motivations.includes('assessing')) {
    candidate = { ...common, kind: 'decision', decision: valueOf('assessing'), code: valueOf('classifying'), fingerprint: valueOf('identifying') };
  } else if (tagging === NOT_ENTITY) {
    candidate = { ...common, kind: 'not-entity' };
  } else if (tagging !== undefined) {
    const aliasOf = valueOf('identifying');
    candidate = { ...common, kind: 'tag', entityType: tagging, ...(aliasOf ? { aliasOf } : {}) };
  } else if (comment !== undefined) {
    candidate = { ...common, kind: 'note' };
  } else {
    return 'no body Corroborate understands (tagging, commenting or assessing)';
  }
  const parsed = annotationSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return `${issue.path.join('.') || 'annotation'}: ${issue.message}`;
  }
  return parsed.data;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OWN_PREFIX = 'urn:corroborate:annotation:';

function toIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id}` : OWN_PREFIX + encodeURIComponent(id);
}

function fromIri(iri: string): string {
  if (iri.startsWith('urn:uuid:')) return iri.slice('urn:uuid:'.length);
  if (iri.startsWith(OWN_PREFIX)) return decodeURIComponent(iri.slice(OWN_PREFIX.length));
  return iri;
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** An IRI under base (or another base) as a path relative to base; relative paths pass through; other IRIs are refused. */
function toSource(iri: string, base: string, otherBases: readonly string[]): string | undefined {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(iri)) return iri.replace(/^\.?\//, '') || undefined;
  if (iri.startsWith(base)) return pathOf(iri.slice(base.length)) || undefined;
  const other = otherBases.find((b) => iri.startsWith(b) && iri.length > b.length);
  if (!other) return undefined;
  // Up from base to the folders' common parent, then down to the IRI ("../notes/a.txt").
  const from = new URL(base).pathname.split('/').filter(Boolean);
  const to = new URL(iri).pathname.split('/').filter(Boolean);
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return pathOf([...from.slice(common).map(() => '..'), ...to.slice(common)].join('/'));
}

function pathOf(encoded: string): string {
  return encoded.split('/').map(decodeURIComponent).join('/');
}
