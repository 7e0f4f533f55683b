/**
 * The Corroborate language server. Runs over stdio (`node dist/server.js --stdio`)
 * or node IPC when started by the VS Code client.
 */
import { createConnection, ProposedFeatures, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { serverCapabilities } from './lsp/capabilities';
import { Corpus } from './analysis/corpus/corpus';
import { createContext } from './analysis/analyze';
import { defaultConfig } from './analysis/config';
import { toDiagnostic } from './lsp/diagnostics';
import { registerAnnotations } from './lsp/annotations';
import { ALL_COMMANDS } from './lsp/commandIds';
import { fileURLToPath } from 'node:url';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const corpus = new Corpus(createContext(defaultConfig()));

let folders: string[] = [];

connection.onInitialize((params) => {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  folders = uris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
  return {
    capabilities: { ...serverCapabilities(), executeCommandProvider: { commands: ALL_COMMANDS } },
    serverInfo: { name: 'corroborate', version: '0.1.0' },
  };
});

function publish(uris: Iterable<string>): void {
  for (const uri of uris) {
    const doc = documents.get(uri);
    const text = corpus.text(uri);
    if (text === undefined) continue;
    const diagnostics = corpus.findings(uri).map((f) => toDiagnostic(f, text, (d) => corpus.text(d)));
    connection.sendDiagnostics({ uri, version: doc?.version, diagnostics });
  }
}

registerAnnotations({
  connection,
  corpus,
  documents,
  folders: () => folders,
  refresh: (uris) => publish(uris),
  log: (message) => connection.console.log(message),
});

documents.onDidChangeContent((e) => publish(corpus.set(e.document.uri, e.document.getText())));
documents.onDidClose((e) => {
  const affected = corpus.delete(e.document.uri);
  connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  publish(affected);
});

documents.listen(connection);
connection.listen();
