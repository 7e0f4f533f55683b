import { TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver';

/** What the server declares at initialize. */
export function serverCapabilities(): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}
