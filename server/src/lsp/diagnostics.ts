import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding } from '../analysis/model';
import { LineIndex } from '../analysis/text/lineIndex';

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A finding as an LSP diagnostic, with related information in other documents. */
export function toDiagnostic(f: Finding, text: string, textOf: (doc: string) => string | undefined): Diagnostic {
  const idx = new LineIndex(text);
  return {
    range: { start: idx.positionAt(f.start), end: idx.positionAt(f.end) },
    severity: SEVERITY[f.severity],
    code: f.code,
    source: 'corroborate',
    message: f.message,
    relatedInformation: f.related.map((r) => {
      const ri = new LineIndex(textOf(r.doc) ?? '');
      return { location: { uri: r.doc, range: { start: ri.positionAt(r.start), end: ri.positionAt(r.end) } }, message: r.message };
    }),
    data: { fingerprint: f.fingerprint },
  };
}
