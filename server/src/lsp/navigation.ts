/**
 * Go to definition and find references across the corpus. For an entity:
 * definition is its first mention in each source, references every mention.
 * For a claim figure: the figures other sources give for the same claim.
 */
import type { DefinitionParams, Location, ReferenceParams } from 'vscode-languageserver';
import type { Span } from '../analysis/model';
import { claimOfFigure, targetAt } from '../analysis/corpus/queries';
import type { ServerServices } from './services';
import { guard } from './guard';
import { normalizeUri } from './uris';

/** Locations returned at most, so a 10,000-source entity does not flood the client. */
const MAX_LOCATIONS = 5000;

export function registerNavigation(services: ServerServices): void {
  services.connection.onDefinition(guard(services.log, 'definition', [] as Location[], (p: DefinitionParams) => locate(services, p, 'definition')));
  services.connection.onReferences(guard(services.log, 'references', [] as Location[], (p: ReferenceParams) => locate(services, p, 'references')));
}

export function locate(services: ServerServices, params: DefinitionParams | ReferenceParams, what: 'definition' | 'references'): Location[] {
  const uri = normalizeUri(params.textDocument.uri);
  const { corpus } = services;
  const analysis = corpus.fullAnalysis(uri);
  const lines = services.lines(uri);
  if (!analysis || !lines) return [];
  const offset = lines.offsetAt(params.position);
  const out: Array<{ doc: string; span: Span }> = [];
  const target = targetAt(analysis, offset);
  const entity = target?.entity;
  if (entity) {
    const firstPerDoc = new Set<string>();
    for (const { doc, mention } of corpus.mentionsOf(entity.id)) {
      if (what === 'definition') {
        if (firstPerDoc.has(doc)) continue;
        firstPerDoc.add(doc);
      }
      out.push({ doc, span: mention });
    }
  } else {
    const claim = target?.figure && claimOfFigure(analysis, target.index);
    if (!claim) return [];
    const seen = new Set<string>();
    for (const key of claim.matchKeys) {
      for (const { doc, claim: c } of corpus.claimsByKey(key)) {
        const id = `${doc}\u0000${c.figure.start}`;
        if ((what === 'definition' && doc === uri) || seen.has(id)) continue;
        seen.add(id);
        out.push({ doc, span: c.figure });
      }
    }
  }
  if (what === 'references' && !(params as ReferenceParams).context?.includeDeclaration) {
    // The declaration is where the request was made; keep it only when asked.
    const at = out.findIndex((o) => o.doc === uri && o.span.start <= offset && offset <= o.span.end);
    if (at >= 0) out.splice(at, 1);
  }
  out.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.span.start - b.span.start));
  return out.slice(0, MAX_LOCATIONS).flatMap(({ doc, span }) => {
    const l = services.lines(doc);
    return l ? [{ uri: doc, range: { start: l.positionAt(span.start), end: l.positionAt(span.end) } }] : [];
  });
}
