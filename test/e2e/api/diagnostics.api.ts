import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { until } from '../harness/until';
import { API_WAIT, codeOf, openSeed, rangeOf } from './helpers';

/** Waits for a diagnostic with `code` whose range covers `phrase` in the seed `prefix`. */
async function diagnosticOn(prefix: string, code: string, phrase: string): Promise<{ document: vscode.TextDocument; diagnostic: vscode.Diagnostic }> {
  const document = await openSeed(prefix);
  const range = rangeOf(document, phrase);
  const diagnostic = await until(
    () => vscode.languages.getDiagnostics(document.uri).find((d) => codeOf(d) === code && d.range.contains(range.start)),
    {
      timeout: API_WAIT,
      message: () => `a ${code} on "${phrase}" in ${prefix}; there are ${JSON.stringify(vscode.languages.getDiagnostics(document.uri).map((d) => [codeOf(d), d.range.start.line, d.message]))}`,
    },
  );
  return { document, diagnostic };
}

describe('api: diagnostics on the seeds', () => {
  it('a figure-conflict on 002 "$6.34 billion", related to 004 "$6.7 billion"', async () => {
    const { diagnostic } = await diagnosticOn('002', 'figure-conflict', '$6.34 billion');
    const other = await openSeed('004');
    const related = diagnostic.relatedInformation ?? [];
    assert.ok(
      related.some((r) => r.location.uri.toString() === other.uri.toString() && r.location.range.contains(rangeOf(other, '$6.7 billion').start)),
      `related information points at 004: ${JSON.stringify(related)}`,
    );
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('a figure-conflict on 004 "$6.7 billion", related to 002 "$6.34 billion"', async () => {
    const { diagnostic } = await diagnosticOn('004', 'figure-conflict', '$6.7 billion');
    const other = await openSeed('002');
    const related = diagnostic.relatedInformation ?? [];
    assert.ok(
      related.some((r) => r.location.uri.toString() === other.uri.toString() && r.location.range.contains(rangeOf(other, '$6.34 billion').start)),
      `related information points at 002: ${JSON.stringify(related)}`,
    );
  });

  it('an internal-conflict on 001 "30 trillion yen"', async () => {
    const { diagnostic } = await diagnosticOn('001', 'internal-conflict', '30 trillion yen');
    assert.match(diagnostic.message, /\b3 trillion yen/);
  });

  it('offers "different claims" as a quick fix on 004 "$6.7 billion"', async () => {
    const { document, diagnostic } = await diagnosticOn('004', 'figure-conflict', '$6.7 billion');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const titles = (actions ?? []).map((a) => a.title);
    assert.ok(titles.some((t) => /different claims/i.test(t)), `quick fixes: ${JSON.stringify(titles)}`);
  });
});
