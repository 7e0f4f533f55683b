/**
 * Follows files created, changed, deleted and renamed outside the editor
 * (workspace/didChangeWatchedFiles, registered dynamically for the article
 * globs and `.corroborate.json`). A rename arrives as a delete and a create.
 */
import { DidChangeWatchedFilesNotification, FileChangeType, type Disposable, type FileSystemWatcher } from 'vscode-languageserver';
import type { ServerServices } from './services';
import type { WorkspaceIndexer } from './workspaceIndex';
import { CONFIG_FILE_NAME } from './settings';
import { normalizeUri, pathToUri } from './uris';
import { describe } from './guard';

export interface WatchingOptions {
  dynamicRegistration: boolean;
  relativePatterns: boolean;
  /** Called when a `.corroborate.json` was created, changed or deleted. */
  onConfigFileChanged(): Promise<void>;
}

export class FileWatching {
  private registration: Promise<Disposable> | undefined;
  private registeredFor = '';

  constructor(
    private readonly services: ServerServices,
    private readonly indexer: WorkspaceIndexer,
    private readonly options: WatchingOptions,
  ) {
    services.connection.onDidChangeWatchedFiles(async (params) => {
      try {
        await this.apply(params.changes);
      } catch (e) {
        services.log(`error handling file changes: ${describe(e)}`);
      }
    });
  }

  /** (Re-)registers the watchers for the current globs and folders. */
  async register(): Promise<void> {
    if (!this.options.dynamicRegistration) return;
    const watchers = this.watchers();
    const key = JSON.stringify(watchers);
    if (key === this.registeredFor) return;
    this.registeredFor = key;
    const previous = this.registration;
    this.registration = this.services.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    try {
      (await previous)?.dispose();
      await this.registration;
    } catch (e) {
      this.services.log(`could not register file watchers: ${describe(e)}`);
    }
  }

  private watchers(): FileSystemWatcher[] {
    const globs = [...this.services.settings().articleGlobs, `**/${CONFIG_FILE_NAME}`];
    if (this.options.relativePatterns) {
      return this.services.folders().flatMap((folder) => globs.map((pattern) => ({ globPattern: { baseUri: pathToUri(folder), pattern } })));
    }
    // Without relative patterns, a folder-relative glob is watched anywhere; the server filters by folder.
    return globs.map((g) => ({ globPattern: g.startsWith('**/') ? g : `**/${g}` }));
  }

  private async apply(changes: Array<{ uri: string; type: FileChangeType }>): Promise<void> {
    let configChanged = false;
    const read = new Set<string>();
    const removed = new Set<string>();
    for (const change of changes) {
      const uri = normalizeUri(change.uri);
      if (uri.endsWith('/' + CONFIG_FILE_NAME)) {
        configChanged = true;
        continue;
      }
      if (change.type === FileChangeType.Deleted) {
        read.delete(uri);
        removed.add(uri);
      } else if (this.indexer.isArticle(uri)) {
        removed.delete(uri);
        read.add(uri);
      }
    }
    if (removed.size) this.indexer.removeFiles([...removed]);
    if (read.size) await this.indexer.readFiles([...read]);
    if (configChanged) await this.options.onConfigFileChanged();
  }
}
