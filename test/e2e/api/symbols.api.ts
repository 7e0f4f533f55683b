import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { until } from '../harness/until';
import { API_WAIT, openSeed } from './helpers';

function flatten(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

describe('api: document symbols of 004', () => {
  it('list its organizations and figures', async () => {
    const document = await openSeed('004');
    let names: string[] = [];
    await until(
      async () => {
        const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri)) ?? [];
        names = flatten(symbols).map((s) => s.name);
        return names.some((n) => n.includes('SoftBank')) && names.some((n) => n.includes('6.7 billion'));
      },
      { timeout: API_WAIT, message: () => `symbols naming SoftBank and $6.7 billion; got ${JSON.stringify(names)}` },
    );
    assert.ok(names.length >= 2);
  });
});
