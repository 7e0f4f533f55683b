/**
 * Semantic tokens: organizations, places, programmes and claim figures, with
 * the modifiers `conflicting` (a finding is on it) and `corroborated` (another
 * source gives an agreeing figure for the same claim). Tokens never span
 * lines (multi-line names are split per line), positions are UTF-16.
 */
import type { SemanticTokens, SemanticTokensLegend, SemanticTokensParams, SemanticTokensRangeParams } from 'vscode-languageserver';
import { findingsOn, isCorroborated } from '../analysis/corpus/queries';
import type { LineIndex } from '../analysis/text/lineIndex';
import type { ServerServices } from './services';
import { guard } from './guard';
import { normalizeUri } from './uris';

export const TOKEN_TYPES = ['organization', 'place', 'programme', 'figure'] as const;
export const TOKEN_MODIFIERS = ['conflicting', 'corroborated'] as const;

export function semanticTokensLegend(): SemanticTokensLegend {
  return { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };
}

interface Token {
  start: number;
  end: number;
  type: number;
  modifiers: number;
}

const CONFLICTING = 1 << 0;
const CORROBORATED = 1 << 1;

export function registerSemanticTokens(services: ServerServices): void {
  const empty: SemanticTokens = { data: [] };
  services.connection.languages.semanticTokens.on(
    guard(services.log, 'semanticTokens/full', empty, (params: SemanticTokensParams) => semanticTokens(services, normalizeUri(params.textDocument.uri))),
  );
  services.connection.languages.semanticTokens.onRange(
    guard(services.log, 'semanticTokens/range', empty, (params: SemanticTokensRangeParams) => {
      const uri = normalizeUri(params.textDocument.uri);
      const lines = services.lines(uri);
      if (!lines) return empty;
      return semanticTokens(services, uri, { start: lines.offsetAt(params.range.start), end: lines.offsetAt(params.range.end) });
    }),
  );
}

export function semanticTokens(services: ServerServices, uri: string, within?: { start: number; end: number }): SemanticTokens {
  const { corpus } = services;
  const analysis = corpus.fullAnalysis(uri);
  const lines = services.lines(uri);
  const text = corpus.text(uri);
  if (!analysis || !lines || text === undefined) return { data: [] };
  const findings = corpus.findings(uri);
  const config = corpus.context.config;
  const inside = (s: { start: number; end: number }) => !within || (s.start < within.end && within.start < s.end);
  const tokens: Token[] = [];
  for (const m of analysis.entities) {
    if (!inside(m)) continue;
    tokens.push({ start: m.start, end: m.end, type: TOKEN_TYPES.indexOf(m.type), modifiers: findingsOn(findings, m).length ? CONFLICTING : 0 });
  }
  const claimByFigure = new Map(analysis.claims.map((c) => [c.figureIndex, c]));
  analysis.figures.forEach((f, i) => {
    if (f.role !== 'claim' || !inside(f)) return;
    let modifiers = findingsOn(findings, f).length ? CONFLICTING : 0;
    const claim = claimByFigure.get(i);
    if (claim && isCorroborated(corpus, uri, claim, config)) modifiers |= CORROBORATED;
    tokens.push({ start: f.start, end: f.end, type: TOKEN_TYPES.indexOf('figure'), modifiers });
  });
  return { data: encode(tokens, lines, text) };
}

/** LSP's relative encoding, one token per line segment, overlapping tokens dropped (the first wins). */
export function encode(tokens: Token[], lines: LineIndex, text: string): number[] {
  tokens.sort((a, b) => a.start - b.start || b.end - a.end);
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  let lastEnd = -1;
  for (const t of tokens) {
    if (t.start < lastEnd || t.type < 0 || t.end <= t.start) continue;
    lastEnd = t.end;
    for (const seg of lineSegments(t.start, t.end, lines, text)) {
      const line = seg.line;
      const char = seg.character;
      data.push(line - prevLine, line === prevLine ? char - prevChar : char, seg.length, t.type, t.modifiers);
      prevLine = line;
      prevChar = char;
    }
  }
  return data;
}

function* lineSegments(start: number, end: number, lines: LineIndex, text: string): Generator<{ line: number; character: number; length: number }> {
  let s = start;
  while (s < end) {
    const pos = lines.positionAt(s);
    const lineEnd = lines.offsetAt({ line: pos.line, character: Number.MAX_SAFE_INTEGER });
    const e = Math.min(end, lineEnd);
    if (e > s) yield { line: pos.line, character: pos.character, length: e - s };
    // Skip the line break (\n, \r or \r\n) to the next line's start.
    const next = lines.offsetAt({ line: pos.line + 1, character: 0 });
    if (next <= s || pos.line + 1 >= lines.lineCount) break;
    s = Math.max(e, next);
    if (text.length < s) break;
  }
}
