/**
 * Open documents (incremental sync) override the files on disk. Closing a
 * document returns the corpus to the file on disk when it is an article, and
 * removes it otherwise. Documents are keyed by normalised URIs, so a file the
 * client spells differently from the indexer is still one document.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerServices } from './services';
import type { WorkspaceIndexer } from './workspaceIndex';
import { normalizeUri } from './uris';
import { describe } from './guard';

/** Follows the client's open documents; `open` is the normalised-URI index that services.openDocument reads. */
export function registerDocumentSync(services: ServerServices, indexer: WorkspaceIndexer, open: Map<string, TextDocument>): void {
  const { documents, corpus } = services;
  const update = (doc: TextDocument, opening: boolean) => {
    const uri = normalizeUri(doc.uri);
    try {
      if (opening) open.set(uri, doc);
      // set() returns nothing when the text equals what was indexed from disk, yet the editor needs its diagnostics.
      services.refresh([...(opening ? [uri] : []), ...corpus.set(uri, doc.getText())]);
    } catch (e) {
      services.log(`could not analyse ${doc.uri}: ${describe(e)}`);
    }
  };
  // TextDocuments fires onDidChangeContent after onDidOpen too; the open handler alone does the work then.
  documents.onDidOpen((e) => update(e.document, true));
  documents.onDidChangeContent((e) => update(e.document, false));
  documents.onDidClose((e) => {
    const uri = normalizeUri(e.document.uri);
    open.delete(uri);
    if (indexer.isArticle(uri)) void indexer.readFiles([uri]);
    else indexer.removeFiles([uri]);
  });
}
