/**
 * A larger workspace: the seeds plus articles from bench/generateCorpus
 * (several sources per event, some stating a different amount). Its own
 * VS Code, so the shared one keeps the seeds alone; one session serves all
 * of its tests.
 */
import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from 'mocha';
import { saveFailureArtifacts } from '../harness/artifacts';
import { startSession, stopSession, type Session } from '../harness/session';

/** More than the 64 files from which the server indexes with a worker thread (lsp/workspaceIndex.ts): the packaged worker runs too. */
const GENERATED = 80;
/** Generated file names are "event00003_src2.article.txt": the event is what sources share. */
const eventOf = (text: string) => /event\d+/.exec(text)?.[0];

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

  it('counts every article in the status bar', async () => {
    await s.workbench.waitForArticleCount(readdirSync(join(s.workspace.dir, 'seeds')).length + GENERATED);
  });

  it('flags figure-conflicts between sources of the same event, and none across events', async () => {
    await s.workbench.filterProblems('figure-conflict');
    const rows = await s.workbench.problemsUntil(
      (all) => all.some((r) => r.level === 2 && r.text.includes('figure-conflict')) && all.some((r) => r.level === 1 && eventOf(r.text)),
      'a figure-conflict in a generated article',
    );
    let file: string | undefined;
    for (const row of rows) {
      if (row.level === 1) file = eventOf(row.text);
      else if (row.level === 3 && file) {
        const other = eventOf(row.text);
        if (other) assert.equal(other, file, `a conflict in ${file} is related to ${other}: ${row.text}`);
      }
    }
  });
});
