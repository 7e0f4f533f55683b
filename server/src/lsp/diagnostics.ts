/**
 * Findings as LSP diagnostics, and the publisher that refreshes them for
 * documents open or not. Severity comes from the settings ('off' hides).
 */
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { Finding, FindingCode } from '../analysis/model';
import type { Config } from '../analysis/config';
import type { LineIndex } from '../analysis/text/lineIndex';
import { contentHash } from '../analysis/text/hash';

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What code actions read back from a diagnostic (routed like vscode-eslint: by code and data). */
export interface DiagnosticData {
  fingerprint: string;
  claimKey?: string;
}

/** The severity a finding is shown with, or undefined when its code is turned off. */
export function effectiveSeverity(f: Finding, config: Config): DiagnosticSeverity | undefined {
  const configured = (config.severity as Partial<Record<FindingCode, string>>)[f.code];
  if (configured === 'off') return undefined;
  const level = (configured ?? f.severity) as Finding['severity'];
  return SEVERITY[level] ?? SEVERITY[f.severity];
}

/** A finding as an LSP diagnostic, with related information in other documents. */
export function toDiagnostic(f: Finding, lines: LineIndex, linesOf: (doc: string) => LineIndex | undefined, severity: DiagnosticSeverity): Diagnostic {
  const data: DiagnosticData = { fingerprint: f.fingerprint, claimKey: f.claimKey };
  const diagnostic: Diagnostic = {
    range: { start: lines.positionAt(f.start), end: lines.positionAt(f.end) },
    severity,
    code: f.code,
    source: 'corroborate',
    message: f.message,
    relatedInformation: f.related.flatMap((r) => {
      const ri = linesOf(r.doc);
      if (!ri) return [];
      return [{ location: { uri: r.doc, range: { start: ri.positionAt(r.start), end: ri.positionAt(r.end) } }, message: r.message }];
    }),
    data,
  };
  return diagnostic;
}

export interface PublisherHost {
  connection: Connection;
  findings(uri: string): Finding[] | undefined;
  lines(uri: string): LineIndex | undefined;
  config(): Config;
  version(uri: string): number | undefined;
  log(message: string): void;
}

/**
 * Publishes diagnostics. A closed document with nothing to show is skipped
 * unless the client may still show something for it, so indexing 10,000
 * files does not send 10,000 empty lists; nor is a closed document's list
 * sent again when the client shows that list already. After new settings
 * re-analysed 10,000 articles, the findings of the 2,910 with diagnostics
 * came out the same, and sending them again was 5.5 MB of messages: a hover
 * asked meanwhile waited behind them for 200-350 ms.
 */
export class DiagnosticsPublisher {
  /** Documents the client may show diagnostics for (the last list sent was non-empty, or sent while open). */
  private readonly shown = new Set<string>();
  /** A hash of the list last sent for each closed document whose diagnostics the client shows. */
  private readonly sent = new Map<string, string>();
  /** Diagnostics last published per document, and their sum: the open conflicts the status bar counts. */
  private readonly counts = new Map<string, number>();
  private total = 0;

  constructor(private readonly host: PublisherHost) {}

  /** Publishes a document's diagnostics; false when nothing needed sending (no list shown, or the same list). */
  publish(uri: string): boolean {
    const { host } = this;
    const findings = host.findings(uri);
    const lines = host.lines(uri);
    const diagnostics: Diagnostic[] = [];
    if (findings && lines) {
      const config = host.config();
      for (const f of findings) {
        const severity = effectiveSeverity(f, config);
        if (severity === undefined) continue;
        try {
          diagnostics.push(toDiagnostic(f, lines, host.lines, severity));
        } catch (e) {
          host.log(`could not convert a finding in ${uri}: ${(e as Error).message}`);
        }
      }
    }
    this.total += diagnostics.length - (this.counts.get(uri) ?? 0);
    if (diagnostics.length) this.counts.set(uri, diagnostics.length);
    else this.counts.delete(uri);
    const open = host.version(uri) !== undefined;
    if (diagnostics.length === 0 && !open && !this.shown.has(uri)) return false;
    // An open document's list is always sent (the client waits for the one of each version), and so is the
    // first after it closes; a closed one's is compared with the list last sent while it was closed.
    const hash = open ? undefined : contentHash(JSON.stringify(diagnostics));
    if (hash !== undefined && this.sent.get(uri) === hash) return false;
    if (diagnostics.length === 0 && !open) this.shown.delete(uri);
    else this.shown.add(uri);
    if (hash === undefined || diagnostics.length === 0) this.sent.delete(uri);
    else this.sent.set(uri, hash);
    void host.connection.sendDiagnostics({ uri, version: host.version(uri), diagnostics });
    return true;
  }

  /** How many diagnostics are shown over the whole corpus. */
  get shownTotal(): number {
    return this.total;
  }

}
