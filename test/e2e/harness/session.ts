/**
 * A VS Code to test in: code-server with the packaged extension, a throw-away
 * workspace, and Chromium on it. The workbench tests share one (started on
 * first use, closed after the last test by hooks.ts); a suite that needs
 * another setup starts its own.
 */
import { CodeServer } from './codeServer';
import { PRODUCT_VSIX } from './paths';
import { Workbench } from './workbench';
import { createWorkspace, type Workspace, type WorkspaceOptions } from './workspace';

export interface Session {
  server: CodeServer;
  workbench: Workbench;
  workspace: Workspace;
}

export interface SessionOptions extends WorkspaceOptions {
  /** More packaged extensions to install beside the product. */
  extensions?: string[];
  /** More user settings. */
  settings?: Record<string, unknown>;
}

/** Starts code-server on a new workspace and opens it in Chromium, the `seeds` folder expanded. */
export async function startSession(options: SessionOptions = {}): Promise<Session> {
  const workspace = createWorkspace(options);
  const server = new CodeServer({ extensions: [PRODUCT_VSIX, ...(options.extensions ?? [])], settings: { 'editor.wordWrap': 'on', ...options.settings } });
  await server.start();
  const workbench = await Workbench.open(server.url(workspace.dir));
  await workbench.expandFolder('seeds');
  return { server, workbench, workspace };
}

export async function stopSession(s: Session): Promise<void> {
  await s.workbench.close().catch(() => undefined);
  await s.server.stop();
  s.server.dispose();
  s.workspace.dispose();
}

let shared: Promise<Session> | undefined;
let started: Session | undefined;

/** The shared session of the workbench tests. */
export function session(): Promise<Session> {
  shared ??= startSession().then((s) => (started = s));
  return shared;
}

/** The shared session if it was started (for failure artifacts). */
export function startedSession(): Session | undefined {
  return started;
}

export async function closeSession(): Promise<void> {
  const s = started;
  shared = undefined;
  started = undefined;
  if (s) await stopSession(s);
}
