/**
 * Loads the effective settings from the client and the workspace folders'
 * `.corroborate.json` files; reports bad settings as a warning message naming
 * the setting, and bad files as diagnostics at the offending key in the file.
 */
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { DiagnosticSeverity, MessageType, ShowMessageNotification, type Connection, type Diagnostic } from 'vscode-languageserver';
import { LineIndex } from '../analysis/text/lineIndex';
import type { Config } from '../analysis/config';
import { CONFIG_FILE_NAME, defaultSettings, effectiveSettings, parseConfigFile, validateSettingsSection, type Settings } from './settings';
import { pathToUri } from './uris';
import { describe } from './guard';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';

export class ConfigurationStore {
  private current: Settings = defaultSettings();
  /** Config files that have diagnostics published, so they can be cleared. */
  private readonly flaggedFiles = new Set<string>();
  private lastSettingsProblems = '';

  constructor(
    private readonly connection: Connection,
    private readonly canPull: () => boolean,
    private readonly log: (m: string) => void,
    /** Whether the workspace is trusted (VS Code's Restricted Mode says not): its `ignore` patterns apply only then. */
    private readonly trusted: () => boolean = () => true,
  ) {}

  get settings(): Settings {
    return this.current;
  }

  /** Re-reads settings and files; returns the previous settings. */
  async reload(folders: string[]): Promise<Settings> {
    const previous = this.current;
    const section = validateSettingsSection(await this.pullSection());
    const problems = section.problems.join('\n');
    if (problems && problems !== this.lastSettingsProblems) {
      this.log(`settings problems:\n${problems}`);
      void this.connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: `Corroborate: invalid settings, using defaults for them. ${section.problems.join(' ')}`,
      });
    }
    this.lastSettingsProblems = problems;
    const files: Array<Partial<Config>> = [];
    for (const folder of folders) {
      const partial = await this.readConfigFile(join(folder, CONFIG_FILE_NAME));
      if (partial) files.push(partial);
    }
    this.current = effectiveSettings(section, files);
    return previous;
  }

  private async pullSection(): Promise<unknown> {
    if (!this.canPull()) return undefined;
    try {
      const [section] = await this.connection.workspace.getConfiguration([{ section: 'corroborate' }]);
      return section;
    } catch (e) {
      this.log(`could not read settings: ${describe(e)}`);
      return undefined;
    }
  }

  private async readConfigFile(path: string): Promise<Partial<Config> | undefined> {
    const uri = pathToUri(path);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      this.clear(uri);
      return undefined;
    }
    const { partial, problems } = parseConfigFile(text);
    const lines = new LineIndex(text);
    const diagnostics: Diagnostic[] = problems.map((p) => ({
      range: { start: lines.positionAt(p.start ?? 0), end: lines.positionAt(p.end ?? 0) },
      severity: DiagnosticSeverity.Error,
      source: 'corroborate',
      code: 'invalid-config',
      message: `${p.path.length ? `${p.path.join('.')}: ` : ''}${p.message} (the default is used instead)`,
    }));
    // A pattern can take unbounded time on a crafted article: an untrusted workspace's are not run.
    if (partial?.ignore?.length && !this.trusted()) {
      delete partial.ignore;
      const at = keySpan(text, 'ignore');
      diagnostics.push({
        range: { start: lines.positionAt(at.start), end: lines.positionAt(at.end) },
        severity: DiagnosticSeverity.Information,
        source: 'corroborate',
        code: 'restricted-mode',
        message: 'ignore: not applied while the workspace is not trusted (Restricted Mode), as a regular expression can take unbounded time. Trust the workspace to apply it.',
      });
    }
    if (diagnostics.length > 0 || this.flaggedFiles.has(uri)) {
      void this.connection.sendDiagnostics({ uri, diagnostics });
      if (diagnostics.length > 0) this.flaggedFiles.add(uri);
      else this.flaggedFiles.delete(uri);
    }
    if (problems.length) this.log(`${path}: ${problems.length} problem(s); the rest of the file applies`);
    return partial;
  }

  private clear(uri: string): void {
    if (!this.flaggedFiles.delete(uri)) return;
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}

/** Where a top-level key stands in a JSON file (the whole file when it cannot be found). */
function keySpan(text: string, key: string): { start: number; end: number } {
  const node = findNodeAtLocation(parseTree(text) ?? { type: 'null', offset: 0, length: 0 }, [key]);
  const name = node?.parent?.children?.[0];
  return name ? { start: name.offset, end: name.offset + name.length } : { start: 0, end: text.length };
}
