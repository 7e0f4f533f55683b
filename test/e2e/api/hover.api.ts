import * as assert from 'node:assert/strict';
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import { folded, namesOf, snippetsAround, sourcesMentioning } from '../harness/sources';
import { until } from '../harness/until';
import { API_WAIT, hoverText, openSeed, rangeOf, seedUri } from './helpers';

async function hoverAt(prefix: string, phrase: string, expect: RegExp): Promise<string> {
  const document = await openSeed(prefix);
  const position = rangeOf(document, phrase).start.translate(0, 2);
  let text = '';
  await until(
    async () => {
      text = folded(hoverText((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)) ?? []));
      return expect.test(text);
    },
    { timeout: API_WAIT, message: () => `a hover on "${phrase}" in ${prefix} matching ${expect}; it says: ${text}` },
  );
  return text;
}

describe('api: hovers in 004', () => {
  it('"SoftBank" lists the other sources with their sentences', async () => {
    const here = seedUri('004').fsPath;
    const text = await hoverAt('004', 'SoftBank', /SoftBank/);
    for (const other of sourcesMentioning(dirname(here), 'SoftBank', here)) {
      assert.ok(namesOf(other).some((n) => text.includes(n)), `names ${other}: ${text}`);
      assert.ok(snippetsAround(other, 'SoftBank').some((s) => text.includes(s)), `quotes ${other}: ${text}`);
    }
  });

  it('"$6.7 billion" shows the conflicting figure of 002', async () => {
    const text = await hoverAt('004', '$6.7 billion', /6\.34/);
    assert.ok(namesOf(seedUri('002').fsPath).some((n) => text.includes(n)), `names 002: ${text}`);
  });
});
