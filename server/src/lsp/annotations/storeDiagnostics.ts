/**
 * Diagnostics on the store file itself: why it cannot be used (damaged or
 * newer), and each annotation that is not in force (orphaned, its document
 * gone, or its quote edited), placed on that annotation's entry in the file.
 */
import type { StoreStatus } from '../../io/annotationStore';
import { stateProblem, type ResolvedAnnotation } from '../../analysis/annotations/resolve';
import { LineIndex } from '../../analysis/text/lineIndex';

export interface StoreDiagnostic {
  start: number;
  end: number;
  severity: 'error' | 'warning' | 'information';
  message: string;
  code: string;
}

export function storeDiagnostics(status: StoreStatus, fileText: string | undefined, resolved: readonly ResolvedAnnotation[]): StoreDiagnostic[] {
  const text = fileText ?? '';
  if (status.state === 'damaged' || status.state === 'newer-version' || status.state === 'unreadable') {
    const at = errorOffset(status.reason, text);
    return [
      {
        start: at,
        end: Math.min(text.length, at + 1),
        severity: 'error',
        code: `annotations-${status.state}`,
        message: `Annotations are read-only until this file is fixed: ${status.reason}. Nothing is written to it meanwhile.`,
      },
    ];
  }
  const out: StoreDiagnostic[] = [];
  for (const r of resolved) {
    const problem = stateProblem(r);
    if (!problem) continue;
    const idAt = text.indexOf(JSON.stringify(r.annotation.id));
    const start = idAt >= 0 ? idAt : 0;
    const end = idAt >= 0 ? idAt + JSON.stringify(r.annotation.id).length : 0;
    const what = r.annotation.kind === 'decision' ? `decision (${r.annotation.decision}, ${r.annotation.code})` : r.annotation.kind;
    const consequence = r.annotation.kind === 'decision' ? '; the finding it settled is reported again' : '';
    out.push({
      start,
      end,
      severity: r.state === 'changed' ? 'information' : 'warning',
      code: `annotation-${r.state}`,
      message: `${what} ${problem}${consequence}. Remove it or restore the text.`,
    });
  }
  return out;
}

/** JSON.parse says "at position N" (Node ≥ 20) or "line L column C". */
function errorOffset(reason: string, text: string): number {
  const pos = /position (\d+)/.exec(reason);
  if (pos) return Math.min(text.length, Number(pos[1]));
  const lc = /line (\d+) column (\d+)/.exec(reason);
  if (lc) return new LineIndex(text).offsetAt({ line: Number(lc[1]) - 1, character: Number(lc[2]) - 1 });
  return 0;
}
