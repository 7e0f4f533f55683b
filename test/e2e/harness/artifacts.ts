/** What a failed test leaves behind: a screenshot and every log, under test-results/e2e/. */
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeServer } from './codeServer';
import { RESULTS_DIR } from './paths';
import type { Workbench } from './workbench';

export function resultsDirFor(title: string): string {
  const slug = title.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 120);
  const dir = join(RESULTS_DIR, slug);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Saves a screenshot, code-server's console and its logs dir (output channels included). */
export async function saveFailureArtifacts(title: string, server: CodeServer | undefined, workbench: Workbench | undefined): Promise<string> {
  const dir = resultsDirFor(title);
  if (workbench) await workbench.screenshot(join(dir, 'screenshot.png')).catch((e) => writeFileSync(join(dir, 'screenshot-error.txt'), String(e)));
  if (server) {
    writeFileSync(join(dir, 'code-server.log'), server.consoleOutput);
    if (existsSync(server.logsDir)) cpSync(server.logsDir, join(dir, 'logs'), { recursive: true });
  }
  return dir;
}
