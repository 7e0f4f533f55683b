/**
 * Protocol glue for researcher annotations: executeCommand for every id in
 * commandIds.ts, the store file watched and its problems published as
 * diagnostics on it, custom requests for the Annotations view, and hover
 * lines for the hover module.
 */
import { watchFile, unwatchFile } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { DiagnosticSeverity, ResponseError, ErrorCodes, type Diagnostic } from 'vscode-languageserver';
import type { DecisionDraft, DecisionKind, EntityType } from '../analysis/model';
import { LineIndex } from '../analysis/text/lineIndex';
import type { Annotation } from '../analysis/annotations/schema';
import { Commands } from './commandIds';
import type { ServerServices } from './services';
import { AnnotationCommandError, AnnotationService } from './annotations/service';
import { storeDiagnostics } from './annotations/storeDiagnostics';
import {
  AnnotationsChangedNotification,
  AnnotationsListRequest,
  KnownEntitiesRequest,
  ResolvedFindingsRequest,
  type AnnotationsList,
  type KnownEntity,
  type LspRange,
  type ResolvedFindingItem,
} from './annotations/protocol';

let current: AnnotationService | undefined;

/** Notes and decisions anchored at offset in a document, as Markdown lines (for the hover module). */
export function annotationHoverLines(uri: string, offset: number): string[] {
  return current?.hoverLines(uri, offset) ?? [];
}

/** The annotations the corpus's context was last extended with (for the indexing worker, which rebuilds that context). */
export function appliedAnnotations(): readonly Annotation[] {
  return current?.applied ?? [];
}

/** The findings of a document that a researcher's decision settled (for the Claims view and hovers). */
export function resolvedFindings(uri: string) {
  return current?.resolvedFindings(uri) ?? [];
}

const STORE_POLL_MS = 1000;
const DIAGNOSTICS_DELAY_MS = 250;

export interface AnnotationsRegistration {
  /** The workspace folders changed: when the first is another one, the store moves to it, and a removed folder's annotations no longer apply. */
  foldersChanged(): void;
}

export function registerAnnotations(services: ServerServices): AnnotationsRegistration {
  const { connection, corpus, documents } = services;
  let service: AnnotationService | undefined;
  let starting: Promise<AnnotationService | undefined> | undefined;
  let diagnosticsTimer: NodeJS.Timeout | undefined;

  const publishStoreDiagnostics = async (): Promise<void> => {
    if (!service) return;
    const s = service;
    const { resolved } = await s.items();
    const text = await readText(s.store.path);
    const idx = new LineIndex(text ?? '');
    const diagnostics: Diagnostic[] = storeDiagnostics(s.store.status, text, resolved).map((d) => ({
      range: { start: idx.positionAt(d.start), end: idx.positionAt(d.end) },
      severity: d.severity === 'error' ? DiagnosticSeverity.Error : d.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
      code: d.code,
      source: 'corroborate',
      message: d.message,
    }));
    await connection.sendDiagnostics({ uri: s.storeUri, diagnostics });
  };

  /** After a burst of changes: the store's diagnostics again, and the Annotations view told to refresh. */
  const scheduleStoreDiagnostics = (): void => {
    if (diagnosticsTimer) clearTimeout(diagnosticsTimer);
    diagnosticsTimer = setTimeout(() => {
      diagnosticsTimer = undefined;
      publishStoreDiagnostics().catch((e) => services.log(`annotations: store diagnostics failed: ${(e as Error).message}`));
      void connection.sendNotification(AnnotationsChangedNotification);
    }, DIAGNOSTICS_DELAY_MS);
  };

  /** Stops the service whose folder left: its store is no longer watched nor its problems shown; returns what retire() does. */
  const stop = (s: AnnotationService): string[] => {
    unwatchFile(s.store.path);
    void connection.sendDiagnostics({ uri: s.storeUri, diagnostics: [] });
    return s.retire();
  };

  /** The service, with its store in the first workspace folder, loaded once the folders are known. */
  const start = (): Promise<AnnotationService | undefined> => {
    if (starting) return starting;
    const root = services.folders()[0];
    if (!root) return Promise.resolve(undefined);
    const previous = service;
    const s = new AnnotationService(root, {
      corpus,
      openText: (uri) => documents.get(uri)?.getText(),
      refresh: (uris) => services.refresh(uris),
      changed: scheduleStoreDiagnostics,
      folders: () => services.folders(),
    });
    service = current = s;
    starting = s
      .install(previous ? stop(previous) : [])
      .then(() => s.load())
      .then(
        (status) => {
          if ('reason' in status) {
            void connection.window.showWarningMessage(`Corroborate: ${s.store.path}: ${status.reason}. Annotations are read-only until the file is fixed.`);
          }
          // Replaced meanwhile (the first folder changed): the store is no longer this workspace's.
          if (current !== s) return s;
          const watcher = watchFile(s.store.path, { interval: STORE_POLL_MS, persistent: false }, () => {
            s.reloadIfChanged().catch((e) => services.log(`annotations: reload failed: ${(e as Error).message}`));
          });
          watcher.unref?.();
          process.once('exit', () => unwatchFile(s.store.path));
          return s;
        },
        (e) => {
          services.log(`annotations: cannot load ${s.store.path}: ${(e as Error).message}`);
          return s;
        },
      );
    return starting;
  };

  const ready = async (): Promise<AnnotationService> => {
    const s = await start();
    if (!s) throw new ResponseError(ErrorCodes.InvalidRequest, 'Corroborate: open a folder to keep annotations (they are saved in .corroborate/annotations.json)');
    return s;
  };

  // The folders are known after initialize: start as soon as they are (or when a document opens).
  let polls = 0;
  const poll = setInterval(() => {
    if (services.folders().length === 0 && ++polls < 200) return;
    clearInterval(poll);
    void start();
  }, 50);
  poll.unref();
  documents.onDidOpen(() => void start());
  documents.onDidChangeContent((e) => {
    if (service?.targets(e.document.uri)) scheduleStoreDiagnostics();
  });

  connection.onExecuteCommand(async (params) => {
    const arg = (params.arguments?.[0] ?? {}) as Record<string, any>;
    try {
      const s = await ready();
      switch (params.command) {
        case Commands.recordDecision:
          return summary(await s.recordDecision(arg.decision as DecisionDraft));
        case Commands.decideAt:
          return summary(await s.decideAt(arg.uri, arg.offset, arg.decision as DecisionKind, arg.note));
        case Commands.tagEntity:
          return summary(await s.tag(arg.uri, arg.start, arg.end, arg.type as EntityType, arg.aliasOf));
        case Commands.markNotEntity:
          return summary(await s.markNotEntity(arg.uri, arg.start, arg.end));
        case Commands.addNote:
          return summary(await s.addNote(arg.uri, arg.start, arg.end, arg.note));
        case Commands.removeAnnotation:
          return { removed: await s.remove(arg.id) };
        case Commands.exportAnnotations:
          return s.exportJsonLd();
        case Commands.importAnnotations:
          return await s.importJsonLd(arg.document);
        default:
          throw new ResponseError(ErrorCodes.MethodNotFound, `unknown command ${params.command}`);
      }
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      const message = e instanceof AnnotationCommandError ? e.message : `internal error: ${(e as Error).message}`;
      if (!(e instanceof AnnotationCommandError)) services.log(`annotations: ${params.command} failed: ${(e as Error).stack ?? e}`);
      void connection.window.showErrorMessage(`Corroborate: ${message}`);
      throw new ResponseError(ErrorCodes.InvalidParams, message);
    }
  });

  connection.onRequest(AnnotationsListRequest, async (): Promise<AnnotationsList> => {
    const s = await start();
    if (!s) return { status: { state: 'no-folder' }, groups: [] };
    const { items } = await s.items();
    const groups = new Map<string, AnnotationsList['groups'][number]>();
    const indexes = new Map<string, LineIndex>();
    for (const item of items) {
      let g = groups.get(item.source);
      if (!g) groups.set(item.source, (g = { source: item.source, uri: item.uri, items: [] }));
      let range: LspRange | undefined;
      const text = corpus.text(item.uri) ?? documents.get(item.uri)?.getText();
      if (item.start !== undefined && item.end !== undefined && text !== undefined) {
        let idx = indexes.get(item.uri);
        if (!idx) indexes.set(item.uri, (idx = new LineIndex(text)));
        range = { start: idx.positionAt(item.start), end: idx.positionAt(item.end) };
      }
      g.items.push({ ...item, ...(range ? { range } : {}) });
    }
    const status = s.store.status;
    return {
      status: { state: status.state, ...('reason' in status ? { reason: status.reason } : {}) },
      storeUri: s.storeUri,
      groups: [...groups.values()].sort((a, b) => a.source.localeCompare(b.source)),
    };
  });

  connection.onRequest(ResolvedFindingsRequest, async (params: { uri: string }): Promise<ResolvedFindingItem[]> => {
    const s = await start();
    if (!s || typeof params?.uri !== 'string') return [];
    return s.resolvedFindings(params.uri).map(({ finding, decision }) => ({
      code: finding.code,
      fingerprint: finding.fingerprint,
      start: finding.start,
      end: finding.end,
      message: finding.message,
      decision: { id: decision.id, decision: decision.decision, ...(decision.body ? { note: decision.body } : {}) },
    }));
  });

  connection.onRequest(KnownEntitiesRequest, (): KnownEntity[] => {
    const out: KnownEntity[] = [];
    for (const id of corpus.entityIds()) {
      const mentions = corpus.mentionsOf(id);
      const first = mentions[0]?.mention;
      if (first) out.push({ id, name: first.name, type: first.type, mentions: mentions.length });
    }
    return out.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  });

  return {
    foldersChanged(): void {
      const root = services.folders()[0];
      if (!service || service.root === root) return;
      starting = undefined;
      if (root) {
        void start();
        return;
      }
      // No folder left: no store, and no annotations.
      const names = stop(service);
      service = current = undefined;
      services.refresh(corpus.setAnnotations(undefined, names));
    },
  };
}

function summary(a: { id: string; kind: string }): { id: string; kind: string } {
  return { id: a.id, kind: a.kind };
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}
