/**
 * The Corroborate language server. Runs over stdio (`node dist/server.js --stdio`)
 * or node IPC when started by the VS Code client. This is the composition
 * root: it builds the shared services and registers each feature module.
 */
import { createConnection, DidChangeConfigurationNotification, ProposedFeatures, TextDocuments, type ClientCapabilities, type InitializeParams } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Corpus } from './analysis/corpus/corpus';
import { createContext } from './analysis/analyze';
import { defaultConfig } from './analysis/config';
import { applyConfigChange } from './lsp/applyConfigChange';
import { serverCapabilities } from './lsp/capabilities';
import type { ServerServices } from './lsp/services';
import { diskTextSource } from './lsp/textSource';
import { LineIndex } from './analysis/text/lineIndex';
import { DiagnosticsPublisher } from './lsp/diagnostics';
import { ConfigurationStore } from './lsp/configuration';
import { WorkspaceIndexer } from './lsp/workspaceIndex';
import { FileWatching } from './lsp/fileWatching';
import { registerDocumentSync } from './lsp/documentSync';
import { registerHover } from './lsp/hover';
import { registerSemanticTokens } from './lsp/semanticTokens';
import { registerCodeActions } from './lsp/codeActions';
import { registerNavigation } from './lsp/navigation';
import { registerSymbols } from './lsp/symbols';
import { registerInlayHints } from './lsp/inlayHints';
import { registerClaimsView } from './lsp/claimsView';
import { annotationHoverLines, appliedAnnotations, registerAnnotations, resolvedFindings } from './lsp/annotations';
import { corpusChangedNotifier, registerStatus } from './lsp/status';
import { describe } from './lsp/guard';
import { uriToPath } from './lsp/uris';
import { refreshInSlices } from './lsp/refreshInSlices';
import { WorkspaceTrustedNotification, type InitializationOptions } from './lsp/protocol';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
/** Open documents by normalised URI (see services.openDocument). */
const openDocuments = new Map<string, TextDocument>();
const corpus = new Corpus(createContext(defaultConfig()), {
  texts: diskTextSource(
    (uri) => openDocuments.has(uri),
    (uri) => openDocuments.get(uri)?.getText(),
  ),
});
let folders: string[] = [];
let client: ClientCapabilities = {};
/** Set once the first indexing starts; before that a change of globs needs no re-index of its own. */
let indexStarted = false;

const log = (message: string) => connection.console.log(message);
process.on('uncaughtException', (e) => log(`uncaught: ${describe(e)}`));
process.on('unhandledRejection', (e) => log(`unhandled rejection: ${describe(e)}`));

/** Whether the workspace is trusted (the client says so as it starts, and when the researcher trusts it). */
let trusted = true;
const configuration = new ConfigurationStore(connection, () => client.workspace?.configuration === true, log, () => trusted);
const publisher = new DiagnosticsPublisher({
  connection,
  findings: (uri) => (corpus.has(uri) ? corpus.findings(uri) : undefined),
  lines: (uri) => services.lines(uri),
  config: () => corpus.context.config,
  version: (uri) => openDocuments.get(uri)?.version,
  log,
});
const corpusChanged = corpusChangedNotifier({ connection }, () => indexer.indexing);
let tokensRefreshDue: NodeJS.Timeout | undefined;

const services: ServerServices = {
  connection,
  corpus,
  documents,
  openDocument: (uri) => openDocuments.get(uri),
  folders: () => folders,
  log,
  lines: (uri) => {
    const open = openDocuments.get(uri);
    return corpus.lines(uri) ?? (open ? new LineIndex(open.getText()) : undefined);
  },
  settings: () => configuration.settings,
  refresh(uris) {
    let openTouched = false;
    let sent = 0;
    for (const uri of uris) {
      if (publisher.publish(uri)) sent++;
      if (openDocuments.has(uri)) openTouched = true;
    }
    corpusChanged();
    // Highlighting modifiers of open documents depend on other documents.
    if (openTouched && client.workspace?.semanticTokens?.refreshSupport && !tokensRefreshDue) {
      tokensRefreshDue = setTimeout(() => {
        tokensRefreshDue = undefined;
        void connection.languages.semanticTokens.refresh();
      }, 150);
    }
    return sent;
  },
};

const indexer = new WorkspaceIndexer(services);
const watching = new FileWatching(services, indexer, {
  get dynamicRegistration() {
    return client.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  },
  get relativePatterns() {
    return client.workspace?.didChangeWatchedFiles?.relativePatternSupport === true;
  },
  onConfigFileChanged: () => reloadConfiguration(),
});

/** Re-reads settings and files; re-analyses, re-publishes or re-indexes as much as the change needs. Serialised. */
let configChain: Promise<void> = Promise.resolve();
function reloadConfiguration(): Promise<void> {
  configChain = configChain.then(async () => {
    try {
      const previous = await configuration.reload(folders);
      const now = configuration.settings;
      let reindex: 'index' | 'settings' | undefined;
      if (JSON.stringify(previous.config) !== JSON.stringify(now.config)) {
        // Before the workspace is indexed the corpus holds open documents only; after, the closed ones go to the indexer.
        const here = indexStarted ? (doc: string) => services.openDocument(doc) !== undefined : undefined;
        const change = await applyConfigChange(corpus, previous.config, now.config, here);
        await refreshInSlices(services, change.docs, 1);
        // Every closed article to analyse again is the indexer's, which shares them with its worker.
        if (change.reindex) reindex = 'settings';
      }
      if (indexStarted && JSON.stringify(previous.articleGlobs) !== JSON.stringify(now.articleGlobs)) {
        await watching.register();
        reindex ??= 'index';
      }
      if (reindex) void indexer.indexAll(reindex);
    } catch (e) {
      log(`could not apply the configuration: ${describe(e)}`);
    }
  });
  return configChain;
}

connection.onInitialize((params: InitializeParams) => {
  client = params.capabilities;
  trusted = (params.initializationOptions as InitializationOptions | undefined)?.trusted !== false;
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  folders = uris.flatMap((u) => uriToPath(u) ?? []);
  if (folders.length === 0 && params.rootPath) folders = [params.rootPath];
  return { capabilities: serverCapabilities(), serverInfo: { name: 'corroborate', version: '0.1.0' } };
});

connection.onInitialized(async () => {
  if (client.workspace?.didChangeConfiguration?.dynamicRegistration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'corroborate' });
  }
  if (client.workspace?.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(e.removed.flatMap((f) => uriToPath(f.uri) ?? []));
      folders = [...folders.filter((f) => !removed.has(f)), ...e.added.flatMap((f) => uriToPath(f.uri) ?? [])];
      annotations.foldersChanged();
      void reloadConfiguration().then(() => watching.register()).then(() => indexer.indexAll());
    });
  }
  await reloadConfiguration();
  await watching.register();
  indexStarted = true;
  await indexer.indexAll();
});

connection.onDidChangeConfiguration(() => void reloadConfiguration());
connection.onNotification(WorkspaceTrustedNotification, () => {
  trusted = true;
  void reloadConfiguration();
});

registerDocumentSync(services, indexer, openDocuments);
registerHover(services);
registerSemanticTokens(services);
registerCodeActions(services);
registerNavigation(services);
registerSymbols(services);
registerInlayHints(services);
registerClaimsView(services);
const annotations = registerAnnotations(services);
services.annotations = { hoverLines: annotationHoverLines, resolvedFindings, applied: appliedAnnotations };
registerStatus(services, { indexing: () => indexer.indexing, conflicts: () => publisher.shownTotal, reindex: () => indexer.indexAll() });

documents.listen(connection);
connection.listen();
