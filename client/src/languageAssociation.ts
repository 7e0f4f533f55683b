/**
 * Gives the article language to files matching the `corroborate.corpus`
 * globs when they are opened (the manifest covers `*.article.txt` and
 * `seeds/*.txt` on its own).
 */
import * as vscode from 'vscode';
import { matchesAny } from '../../server/src/lsp/globMatch';

const LANGUAGE = 'research-article';

export function associateArticles(): vscode.Disposable {
  const check = (doc: vscode.TextDocument) => {
    if (doc.languageId === LANGUAGE || doc.uri.scheme !== 'file') return;
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    if (!folder) return;
    const globs = vscode.workspace.getConfiguration('corroborate', doc.uri).get<unknown>('corpus');
    if (!Array.isArray(globs) || !globs.every((g) => typeof g === 'string')) return;
    const relative = vscode.workspace.asRelativePath(doc.uri, false);
    if (matchesAny(relative, globs)) void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE);
  };
  vscode.workspace.textDocuments.forEach(check);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('corroborate.corpus')) vscode.workspace.textDocuments.forEach(check);
    }),
  );
}
