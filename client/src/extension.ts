/**
 * Corroborate's VS Code client: starts the language server, wires the
 * article language to it, and adds the status bar item, the Claims view and
 * the commands. Runs no workspace code, so untrusted workspaces are supported.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CorpusChangedNotification, FlushRequest, WorkspaceTrustedNotification, type CorpusChangedParams, type InitializationOptions } from '../../server/src/lsp/protocol';
import { CorpusStatusBar } from './statusBar';
import { ClaimsTreeProvider } from './claimsView';
import { associateArticles } from './languageAssociation';
import { registerCommands } from './commands';
import { registerAnnotationClient } from './annotations';
import { SERVER_EXEC_ARGV } from '../../server/src/runtimeFlags';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Corroborate', { log: true });
  context.subscriptions.push(output);
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'research-article' }],
    outputChannel: output,
    // Settings are pulled by the server (workspace/configuration), which registers for their changes itself.
    // Hovers quote article text (escaped by the server); they never need commands or HTML.
    markdown: { isTrusted: false, supportHtml: false },
    // In Restricted Mode the server does not run the workspace's ignore patterns (package.json: untrustedWorkspaces).
    initializationOptions: { trusted: vscode.workspace.isTrusted } satisfies InitializationOptions,
  };
  client = new LanguageClient('corroborate', 'Corroborate', serverOptions, clientOptions);
  context.subscriptions.push(client);
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(WorkspaceTrustedNotification)));
  // Answered at once: the server paces its diagnostics by it (server/src/lsp/clientPacing.ts).
  context.subscriptions.push(client.onRequest(FlushRequest, () => null));

  const status = new CorpusStatusBar(client);
  const claims = new ClaimsTreeProvider(client);
  context.subscriptions.push(status, claims, vscode.window.createTreeView('corroborate.claims', { treeDataProvider: claims, showCollapseAll: true }));
  context.subscriptions.push(...registerCommands(client, claims, output));
  context.subscriptions.push(associateArticles());
  registerAnnotationClient(context, client);

  try {
    await client.start();
  } catch (e) {
    output.error(`the Corroborate server did not start: ${e instanceof Error ? e.message : String(e)}`);
    void vscode.window.showErrorMessage('Corroborate: the language server did not start; see the Corroborate output channel.');
    status.update(); // shows the warning state
    return;
  }
  await vscode.commands.executeCommand('setContext', 'corroborate.active', true);
  context.subscriptions.push(
    client.onNotification(CorpusChangedNotification, (params?: CorpusChangedParams) => {
      status.update();
      // The Claims view reads every finding; while indexing, wait for the final notice.
      if (!params?.indexing) claims.refresh();
    }),
  );
  status.update();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
