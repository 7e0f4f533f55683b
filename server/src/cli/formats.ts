/** Output formats of `corroborate check` and `corroborate extract`. */
import type { DocumentAnalysis, Finding } from '../analysis/model';
import { LineIndex } from '../analysis/text/lineIndex';
import { RULES } from '../analysis/rules/index';

export interface CheckedDocument {
  path: string;
  text: string;
}

export function findingsJson(findings: Finding[]): string {
  return JSON.stringify(
    {
      version: 1,
      findings: findings.map((f) => ({
        code: f.code,
        severity: f.severity,
        path: f.doc,
        start: f.start,
        end: f.end,
        text: f.text,
        message: f.message,
        related: f.related.map((r) => ({ path: r.doc, start: r.start, end: r.end, text: r.text })),
      })),
    },
    null,
    2,
  );
}

/** Line indexes of the checked texts, built once per document on first use. */
function lineIndexes(texts: Map<string, string>): (doc: string) => LineIndex {
  const indexes = new Map<string, LineIndex>();
  return (doc) => {
    let idx = indexes.get(doc);
    if (!idx) indexes.set(doc, (idx = new LineIndex(texts.get(doc) ?? '')));
    return idx;
  };
}

export function findingsText(findings: Finding[], texts: Map<string, string>): string {
  const indexOf = lineIndexes(texts);
  const lines: string[] = [];
  for (const f of findings) {
    const p = indexOf(f.doc).positionAt(f.start);
    lines.push(`${f.doc}:${p.line + 1}:${p.character + 1} ${f.severity} ${f.code} ${f.message}`);
  }
  return lines.join('\n');
}

const SARIF_LEVEL: Record<Finding['severity'], string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function findingsSarif(findings: Finding[], texts: Map<string, string>, version: string): string {
  const indexOf = lineIndexes(texts);
  const region = (doc: string, start: number, end: number) => {
    const idx = indexOf(doc);
    const s = idx.positionAt(start);
    const e = idx.positionAt(end);
    // SARIF columns are 1-based and count UTF-16 code units by default.
    return { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, charOffset: start, charLength: end - start };
  };
  const uri = (p: string) => p.split('\\').join('/');
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'corroborate',
            version,
            informationUri: 'https://github.com/corroborate/corroborate',
            rules: RULES.map((r) => ({ id: r.id, shortDescription: { text: r.description } })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: findings.map((f) => ({
          ruleId: f.code,
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: uri(f.doc) }, region: { ...region(f.doc, f.start, f.end), snippet: { text: f.text } } } }],
          relatedLocations: f.related.map((r, i) => ({
            id: i + 1,
            message: { text: r.message },
            physicalLocation: { artifactLocation: { uri: uri(r.doc) }, region: { ...region(r.doc, r.start, r.end), snippet: { text: r.text } } },
          })),
          partialFingerprints: { 'corroborate/v1': f.fingerprint },
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

export function extractJson(docs: Array<{ path: string; analysis: DocumentAnalysis }>): string {
  return JSON.stringify(
    {
      version: 1,
      documents: docs.map(({ path, analysis }) => ({
        path,
        figures: analysis.figures.map((f) => ({
          start: f.start,
          end: f.end,
          text: f.text,
          kind: f.kind,
          value: f.kind === 'date' ? isoOrNull(f.date?.low) : finite(f.value),
          low: f.kind === 'date' ? isoOrNull(f.date?.low) : finite(f.low),
          high: f.kind === 'date' ? isoOrNull(f.date?.high) : finite(f.high),
          unit: f.unit,
          qualifier: f.qualifier,
          usd: f.usd ? f.usd.value : null,
          role: f.role,
        })),
        entities: analysis.entities.map((e) => ({ start: e.start, end: e.end, text: e.text, id: e.id, name: e.name, type: e.type })),
      })),
    },
    null,
    2,
  );
}

/** An unresolved date (a relative date in a document that states no date of its own) has no bounds. */
function isoOrNull(iso: string | undefined): string | null {
  return iso ? iso : null;
}

/** JSON has no Infinity: an open bound is null. */
function finite(n: number): number | null {
  return Number.isFinite(n) ? n : null;
}
