import { CodeActionKind, TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver';
import { semanticTokensLegend } from './semanticTokens';
import { FIX_ALL_KIND } from './codeActions';
import { ALL_COMMANDS } from './commandIds';

/** What the server declares at initialize. */
export function serverCapabilities(): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    hoverProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    documentSymbolProvider: { label: 'Corroborate' },
    workspaceSymbolProvider: true,
    inlayHintProvider: { resolveProvider: false },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
    // Handled by the annotation module (decisions, tags, notes).
    executeCommandProvider: { commands: ALL_COMMANDS },
    semanticTokensProvider: { legend: semanticTokensLegend(), full: true, range: true },
  };
}
