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

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const corpus = new Corpus(createContext(defaultConfig()));

connection.onInitialize(() => ({
  capabilities: serverCapabilities(),
  serverInfo: { name: 'corroborate', version: '0.1.0' },
}));

function publish(uris: Iterable<string>): void {
  for (const uri of uris) {
    const doc = documents.get(uri);
    const text = corpus.text(uri);
    if (text === undefined) continue;
    const diagnostics = corpus.findings(uri).map((f) => toDiagnostic(f, text, (d) => corpus.text(d)));
    connection.sendDiagnostics({ uri, version: doc?.version, diagnostics });
  }
}

documents.onDidChangeContent((e) => publish(corpus.set(e.document.uri, e.document.getText())));
documents.onDidClose((e) => {
  const affected = corpus.delete(e.document.uri);
  connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  publish(affected);
});

documents.listen(connection);
connection.listen();
