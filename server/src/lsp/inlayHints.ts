/** Inlay hints: the US dollar value after amounts in other currencies ("≈ US$20 billion"). */
import { InlayHintKind, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import type { ServerServices } from './services';
import { formatUsd, rateNote } from './format';
import { guard } from './guard';
import { normalizeUri } from './uris';

export function registerInlayHints(services: ServerServices): void {
  services.connection.languages.inlayHint.on(guard(services.log, 'inlayHint', [] as InlayHint[], (p: InlayHintParams) => inlayHints(services, p)));
}

export function inlayHints(services: ServerServices, params: InlayHintParams): InlayHint[] {
  const uri = normalizeUri(params.textDocument.uri);
  const analysis = services.corpus.fullAnalysis(uri);
  const lines = services.lines(uri);
  if (!analysis || !lines) return [];
  const start = lines.offsetAt(params.range.start);
  const end = lines.offsetAt(params.range.end);
  const out: InlayHint[] = [];
  for (const f of analysis.figures) {
    if (f.end < start || f.end > end || !f.usd || f.unit === 'USD' || f.role === 'model-size') continue;
    out.push({
      position: lines.positionAt(f.end),
      label: `≈ ${formatUsd(f.usd.value)}`,
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: rateNote(f),
    });
  }
  return out;
}
