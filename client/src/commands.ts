/** The client's commands: show the claims, reindex the workspace, refresh the view, show the log. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ApplyDecisionsCommand, ReindexRequest } from '../../server/src/lsp/protocol';
import { Commands } from '../../server/src/lsp/commandIds';
import type { ClaimsTreeProvider } from './claimsView';

export function registerCommands(client: LanguageClient, claims: ClaimsTreeProvider, output: vscode.OutputChannel): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('corroborate.showClaims', () => vscode.commands.executeCommand('corroborate.claims.focus')),
    vscode.commands.registerCommand('corroborate.refreshClaims', () => claims.refresh()),
    vscode.commands.registerCommand('corroborate.showOutput', () => output.show(true)),
    // The fix-all source action records one decision per finding; the server command takes one at a time.
    vscode.commands.registerCommand(ApplyDecisionsCommand, async (...decisions: unknown[]) => {
      for (const d of decisions) await vscode.commands.executeCommand(Commands.recordDecision, d);
    }),
    vscode.commands.registerCommand('corroborate.reindex', async () => {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Corroborate: reindexing' }, async () => {
        try {
          await client.sendRequest(ReindexRequest);
        } catch (e) {
          output.appendLine(`reindex failed: ${e instanceof Error ? e.message : String(e)}`);
          void vscode.window.showErrorMessage('Corroborate: reindexing failed; see the Corroborate output channel.');
        }
      });
      claims.refresh();
    }),
  ];
}
