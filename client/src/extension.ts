/**
 * Corroborate's VS Code client: starts the language server and wires the
 * article language to it.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerAnnotationClient } from './annotations';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'research-article' }],
    outputChannelName: 'Corroborate',
  };
  client = new LanguageClient('corroborate', 'Corroborate', serverOptions, clientOptions);
  context.subscriptions.push(client);
  registerAnnotationClient(context, client);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
