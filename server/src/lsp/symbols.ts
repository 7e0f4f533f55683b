/**
 * Document symbols (the entities and claims of an article) and workspace
 * symbols (entities and claims of the whole corpus, by fuzzy search).
 */
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams, type SymbolInformation, type WorkspaceSymbolParams } from 'vscode-languageserver';
import type { EntityType } from '../analysis/model';
import { searchSymbols } from '../analysis/corpus/queries';
import type { ServerServices } from './services';
import { claimLabel } from './labels';
import { guard } from './guard';
import { normalizeUri } from './uris';

const ENTITY_KIND: Record<EntityType, SymbolKind> = {
  organization: SymbolKind.Class,
  place: SymbolKind.Namespace,
  programme: SymbolKind.Module,
};

const MAX_WORKSPACE_SYMBOLS = 500;

export function registerSymbols(services: ServerServices): void {
  services.connection.onDocumentSymbol(guard(services.log, 'documentSymbol', [] as DocumentSymbol[], (p: DocumentSymbolParams) => documentSymbols(services, normalizeUri(p.textDocument.uri))));
  services.connection.onWorkspaceSymbol(guard(services.log, 'workspaceSymbol', [] as SymbolInformation[], (p: WorkspaceSymbolParams) => workspaceSymbols(services, p.query)));
}

export function documentSymbols(services: ServerServices, uri: string): DocumentSymbol[] {
  const analysis = services.corpus.analysis(uri);
  const lines = services.lines(uri);
  if (!analysis || !lines) return [];
  const range = (s: { start: number; end: number }) => ({ start: lines.positionAt(s.start), end: lines.positionAt(s.end) });
  const out: Array<DocumentSymbol & { at: number }> = [];
  const seen = new Map<string, DocumentSymbol>();
  for (const m of analysis.entities) {
    const known = seen.get(m.id);
    if (known) {
      // Later mentions are children of the first, so the outline lists each entity once.
      (known.children ??= []).push({ name: m.text, kind: ENTITY_KIND[m.type], range: range(m), selectionRange: range(m) });
      continue;
    }
    const symbol: DocumentSymbol & { at: number } = { name: m.name, detail: m.type, kind: ENTITY_KIND[m.type], range: range(m), selectionRange: range(m), at: m.start };
    seen.set(m.id, symbol);
    out.push(symbol);
  }
  for (const c of analysis.claims) {
    const name = `${c.figure.text} — ${claimLabel(services.corpus, c, uri)}`;
    out.push({ name, detail: c.key, kind: SymbolKind.Number, range: range(c.figure), selectionRange: range(c.figure), at: c.figure.start });
  }
  out.sort((a, b) => a.at - b.at);
  return out.map(({ at: _at, ...s }) => s);
}

export function workspaceSymbols(services: ServerServices, query: string): SymbolInformation[] {
  const matches = searchSymbols(services.corpus, query, MAX_WORKSPACE_SYMBOLS, (c, doc) => claimLabel(services.corpus, c, doc));
  return matches.flatMap((m) => {
    const lines = services.lines(m.doc);
    if (!lines) return [];
    return [
      {
        name: m.name,
        kind: m.kind === 'entity' ? ENTITY_KIND[m.entityType ?? 'organization'] : SymbolKind.Number,
        containerName: m.detail,
        location: { uri: m.doc, range: { start: lines.positionAt(m.span.start), end: lines.positionAt(m.span.end) } },
      },
    ];
  });
}
