import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openSeed } from './helpers';

describe('api: the extension', () => {
  it('is installed and activates', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  it('gives the seeds the research-article language', async () => {
    const document = await openSeed('004');
    assert.equal(document.languageId, 'research-article');
  });
});
