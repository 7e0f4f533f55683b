import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { until } from '../harness/until';
import { API_WAIT, openSeed, rangeOf } from './helpers';

interface Token {
  line: number;
  start: number;
  length: number;
  type: string;
  modifiers: string[];
}

/** Decodes the relative five-number encoding of semantic tokens. */
function decode(tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): Token[] {
  const out: Token[] = [];
  let line = 0;
  let start = 0;
  const d = tokens.data;
  for (let i = 0; i + 4 < d.length; i += 5) {
    line += d[i];
    start = d[i] === 0 ? start + d[i + 1] : d[i + 1];
    const modifiers = legend.tokenModifiers.filter((_, bit) => d[i + 4] & (1 << bit));
    out.push({ line, start, length: d[i + 2], type: legend.tokenTypes[d[i + 3]], modifiers });
  }
  return out;
}

describe('api: semantic tokens of 004', () => {
  it('mark "$6.7 billion" as a figure and "SoftBank" as an organization', async () => {
    const document = await openSeed('004');
    let tokens: Token[] = [];
    const typeAt = (range: vscode.Range) => tokens.find((t) => t.line === range.start.line && t.start <= range.start.character && range.start.character < t.start + t.length)?.type;
    const money = rangeOf(document, '$6.7 billion');
    const org = rangeOf(document, 'SoftBank');
    await until(
      async () => {
        const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
        const data = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
        if (!legend || !data) return false;
        tokens = decode(data, legend);
        return typeAt(money) === 'figure' && typeAt(org) === 'organization';
      },
      { timeout: API_WAIT, message: () => `figure and organization tokens; got ${tokens.length} tokens, "${typeAt(money)}" at the money and "${typeAt(org)}" at SoftBank` },
    );
    assert.ok(tokens.length > 2);
  });
});
