/** The Problems panel lists the conflicts between the seeds, each with its related information. */
import * as assert from 'node:assert/strict';
import { basename } from 'node:path';
import type { ProblemRow } from '../harness/workbench';
import { session } from '../harness/session';
import { positionOf } from '../harness/workspace';

/** A problem row with the file it is listed under and the related-information rows beneath it. */
interface Problem {
  file: string;
  row: ProblemRow;
  related: ProblemRow[];
}

function group(rows: ProblemRow[]): Problem[] {
  const problems: Problem[] = [];
  let file = '';
  for (const row of rows) {
    if (row.level === 1) file = row.text;
    else if (row.level === 2) problems.push({ file, row, related: [] });
    else if (row.level >= 3 && problems.length) problems[problems.length - 1].related.push(row);
  }
  return problems;
}

describe('Problems panel on the seeds', function () {
  this.timeout(120_000);

  before(async () => {
    const { workbench, workspace } = await session();
    // Diagnostics need the workspace indexed; opening an article starts the extension.
    await workbench.openFile(workspace.seed('004'));
  });

  afterEach(async () => {
    const { workbench } = await session();
    await workbench.filterProblems('');
  });

  /** Waits for a `code` problem on `phrase` in the seed `prefix`, with related information naming the seed `other`. */
  async function expectProblem(code: string, prefix: string, phrase: string, other: string): Promise<Problem> {
    const { workbench, workspace } = await session();
    const file = basename(workspace.seed(prefix));
    const otherFile = basename(workspace.seed(other));
    const at = positionOf(workspace.seed(prefix), phrase);
    // The panel shows where each problem starts as "[Ln 5, Col 15]".
    const where = `[Ln ${at.line}, Col ${at.column}]`;
    await workbench.filterProblems(code);
    let found: Problem | undefined;
    await workbench.problemsUntil(
      (rows) => {
        found = group(rows).find(
          (p) => p.file.includes(file) && p.row.text.includes(code) && p.row.text.includes(where) && p.related.some((r) => r.text.includes(otherFile) || r.label.includes(otherFile)),
        );
        return found !== undefined;
      },
      `a ${code} on "${phrase}" in ${file} with related information in ${otherFile}`,
    );
    return found!;
  }

  it('lists a figure-conflict on "$6.34 billion" in 002, related to 004', async () => {
    const problem = await expectProblem('figure-conflict', '002', '$6.34 billion', '004');
    assert.match(problem.row.text, /6\.7 billion/, 'the message names the other value');
  });

  it('lists a figure-conflict on "$6.7 billion" in 004, related to 002', async () => {
    const problem = await expectProblem('figure-conflict', '004', '$6.7 billion', '002');
    assert.match(problem.row.text, /6\.34 billion/, 'the message names the other value');
  });

  it('lists an internal-conflict on "30 trillion yen" in 001', async () => {
    const problem = await expectProblem('internal-conflict', '001', '30 trillion yen', '001');
    assert.match(problem.row.text, /\b3 trillion yen/, 'the message names the figure it contradicts');
  });

  it('captures the Problems panel for the README', async () => {
    const { workbench } = await session();
    await workbench.filterProblems('conflict');
    await workbench.problemsUntil((rows) => group(rows).length >= 3, 'the three conflicts');
    await workbench.saveDocScreenshot('problems-panel.png');
  });
});
