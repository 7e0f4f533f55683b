/**
 * Open documents (incremental sync) override the files on disk. Closing a
 * document returns the corpus to the file on disk when it is an article, and
 * removes it otherwise.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerServices } from './services';
import type { WorkspaceIndexer } from './workspaceIndex';
import { describe } from './guard';

export function registerDocumentSync(services: ServerServices, indexer: WorkspaceIndexer): void {
  const { documents, corpus } = services;
  const update = (doc: TextDocument, always: string[]) => {
    try {
      services.refresh([...always, ...corpus.set(doc.uri, doc.getText())]);
    } catch (e) {
      services.log(`could not analyse ${doc.uri}: ${describe(e)}`);
    }
  };
  // TextDocuments fires onDidChangeContent after onDidOpen too; the open handler alone does the work then.
  // set() returns nothing when the text equals what was indexed from disk, yet the editor needs its diagnostics.
  documents.onDidOpen((e) => update(e.document, [e.document.uri]));
  documents.onDidChangeContent((e) => update(e.document, []));
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    if (indexer.isArticle(uri)) void indexer.readFiles([uri]);
    else indexer.removeFiles([uri]);
  });
}
