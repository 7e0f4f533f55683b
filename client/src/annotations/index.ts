/**
 * Researcher annotations in the client: the Annotations view and the
 * commands that tag, note, decide, remove, export and import.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AnnotationsChangedNotification } from '../../../server/src/lsp/annotations/protocol';
import { AnnotationsTreeProvider } from './view';
import { registerAnnotationCommands } from './commands';

export function registerAnnotationClient(context: vscode.ExtensionContext, client: LanguageClient): void {
  const view = new AnnotationsTreeProvider(client);
  context.subscriptions.push(
    view,
    vscode.window.createTreeView('corroborate.annotations', { treeDataProvider: view, showCollapseAll: true }),
    ...registerAnnotationCommands(client, view),
    client.onNotification(AnnotationsChangedNotification, () => view.refresh()),
  );
}
