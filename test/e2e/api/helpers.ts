/** Shared by the API-level tests, which run inside the extension host on a workspace holding `seeds/`. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'corroborate.corroborate';

/** How long a test waits for the server to answer as expected (ms); it answers on the seeds within seconds. */
export const API_WAIT = 20_000;

export function seedsDir(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the API suite needs a workspace folder holding seeds/');
  return join(folder.uri.fsPath, 'seeds');
}

/** The seed whose file name starts with `prefix`, e.g. "004". */
export function seedUri(prefix: string): vscode.Uri {
  const name = readdirSync(seedsDir()).find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`no seed starting with ${prefix}`);
  return vscode.Uri.file(join(seedsDir(), name));
}

/** Activates the product and opens the seed. */
export async function openSeed(prefix: string): Promise<vscode.TextDocument> {
  await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  return vscode.workspace.openTextDocument(seedUri(prefix));
}

/** The range of the `occurrence`-th (1-based) `phrase` in a document. */
export function rangeOf(document: vscode.TextDocument, phrase: string, occurrence = 1): vscode.Range {
  let at = -1;
  const text = document.getText();
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`"${phrase}" not found in ${document.uri.fsPath}`);
  }
  return new vscode.Range(document.positionAt(at), document.positionAt(at + phrase.length));
}

/** A diagnostic's code as a string, whether given plainly or as { value, target }. */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' && code !== null ? code.value : code ?? '');
}

/** The text of a hover's contents, whatever their kind, with markdown's escapes undone (as a reader sees it). */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .map(unescapeMarkdown)
    .join('\n');
}

/** `6\.7` -> `6.7`, `&#58;` -> `:`: what the rendered hover shows for escaped text. */
export function unescapeMarkdown(markdown: string): string {
  return markdown.replace(/\\([\\`*_{}[\]()#+\-.!|<>~:])/g, '$1').replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}
