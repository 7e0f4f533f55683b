/**
 * Tagging a name the engine missed, from the command palette: the tag is
 * stored in .corroborate/annotations.json and the name becomes an
 * organization in every article, open or not. Its own VS Code, with two
 * notes that name a lab the engine does not know ("Hoshino"), so the shared
 * one keeps the seeds as they are.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from 'mocha';
import { saveFailureArtifacts } from '../harness/artifacts';
import { startSession, stopSession, type Session } from '../harness/session';
import { until } from '../harness/until';
import { positionOf } from '../harness/workspace';

const NOTES_A = 'seeds/field-notes-a.txt';
const NOTES_B = 'seeds/field-notes-b.txt';

describe('tagging a name as an organization', function () {
  this.timeout(180_000);
  let s: Session;

  before(async () => {
    s = await startSession({
      files: {
        [NOTES_A]: 'Interview notes, 3 March 2025.\n\nThe grant for the robotics lab is late, according to Hoshino. A spokesperson for Hoshino declined to say by how much.\n',
        [NOTES_B]: 'Call notes, 5 March 2025.\n\nEngineers at Hoshino expect the first prototypes in the autumn.\n',
      },
    });
  });

  afterEach(async function (this: Context) {
    if (this.currentTest?.state === 'failed') await saveFailureArtifacts(this.currentTest.fullTitle(), s?.server, s?.workbench);
  });

  after(async () => {
    if (s) await stopSession(s);
  });

  it('stores the tag, and the name is an organization in both notes', async () => {
    const file = join(s.workspace.dir, NOTES_A);
    const at = positionOf(file, 'Hoshino', { into: 2 });
    await s.workbench.openFile(file);
    // Once every article is indexed: the choice offered below lists the known organizations (with none known
    // yet, the command tags a new one without asking).
    await s.workbench.waitForArticleCount(readdirSync(join(s.workspace.dir, 'seeds')).length);
    await s.workbench.goTo(at);
    // The cursor in a word tags the word; the new entity is the first choice offered.
    await s.workbench.runCommand('Corroborate: Tag Selection as Organization');
    const input = s.workbench.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await until(async () => (await s.workbench.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'A new organization' }).count()) > 0, { message: 'the choice of a new organization' });
    await s.workbench.page.keyboard.press('Enter');

    const store = join(s.workspace.dir, '.corroborate', 'annotations.json');
    const saved = await until(() => existsSync(store) && readFileSync(store, 'utf8'), { message: `${store} to be written` });
    const annotations = (JSON.parse(saved) as { annotations?: Array<{ kind?: string; entityType?: string; targets?: Array<{ quote?: { exact?: string } }> }> }).annotations ?? [];
    assert.ok(
      annotations.some((a) => a.kind === 'tag' && a.entityType === 'organization' && a.targets?.[0]?.quote?.exact === 'Hoshino'),
      `a tag of "Hoshino" as an organization in ${saved}`,
    );

    // Both notes name it now: the closed one was re-analysed too.
    const hover = await s.workbench.hoverAt(positionOf(file, 'Hoshino', { occurrence: 2, into: 2 }), /Hoshino · organization/);
    assert.match(hover, /Named in 2 sources, 3 mentions/, hover);
    assert.match(hover, /field-notes-b/, hover);
  });
});
