/**
 * One VS Code for the workbench tests: code-server with the packaged
 * extension, a copy of the seeds, and Chromium on it. Started on first use,
 * closed after the last test (see hooks.ts).
 */
import { CodeServer } from './codeServer';
import { PRODUCT_VSIX } from './paths';
import { Workbench } from './workbench';
import { createWorkspace, type Workspace } from './workspace';

export interface Session {
  server: CodeServer;
  workbench: Workbench;
  workspace: Workspace;
}

let current: Promise<Session> | undefined;
let started: Session | undefined;

export function session(): Promise<Session> {
  current ??= (async () => {
    const workspace = createWorkspace();
    const server = new CodeServer({ extensions: [PRODUCT_VSIX], settings: { 'editor.wordWrap': 'on' } });
    await server.start();
    const workbench = await Workbench.open(server.url(workspace.dir));
    await workbench.expandFolder('seeds');
    started = { server, workbench, workspace };
    return started;
  })();
  return current;
}

/** The session if one was started (for failure artifacts). */
export function startedSession(): Session | undefined {
  return started;
}

export async function closeSession(): Promise<void> {
  const s = started;
  current = undefined;
  started = undefined;
  if (!s) return;
  await s.workbench.close().catch(() => undefined);
  await s.server.stop();
  s.server.dispose();
  s.workspace.dispose();
}
