/**
 * A larger workspace: the seeds plus articles from bench/generateCorpus
 * (several sources per event, some stating a different amount). Its own
 * VS Code, so the shared one keeps the seeds alone. The findings on it are
 * checked in 09-generated-findings.
 */
import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from 'mocha';
import { saveFailureArtifacts } from '../harness/artifacts';
import { startSession, stopSession, type Session } from '../harness/session';

const GENERATED = 16;

describe('a generated corpus beside the seeds', function () {
  this.timeout(180_000);
  let s: Session;

  before(async () => {
    s = await startSession({ generatedArticles: GENERATED });
    await s.workbench.expandFolder('corpus');
  });

  afterEach(async function (this: Context) {
    if (this.currentTest?.state === 'failed') await saveFailureArtifacts(this.currentTest.fullTitle(), s?.server, s?.workbench);
  });

  after(async () => {
    if (s) await stopSession(s);
  });

  it('opens a generated article in the Research Article language', async () => {
    const first = readdirSync(join(s.workspace.dir, 'corpus')).sort()[0];
    await s.workbench.openFile(join(s.workspace.dir, 'corpus', first));
    assert.equal(await s.workbench.editorLanguage(), 'Research Article');
  });
});
