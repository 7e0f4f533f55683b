/**
 * Runs code-server (VS Code in a browser) with throw-away user data and
 * extensions dirs, the packaged extension installed from its .vsix.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODE_SERVER_BIN } from './paths';
import { until } from './until';

/** Settings that keep a fresh VS Code quiet: no welcome page, no tips, no network. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.editor.enablePreview': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.commandCenter.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'editor.semanticHighlighting.enabled': true,
  'editor.hover.delay': 200,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
};

/** Keeps VS Code from reaching an extension marketplace. */
const GALLERY = JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/' });

export interface CodeServerOptions {
  /** Packaged extensions to install (paths to .vsix files). */
  extensions: string[];
  /** More user settings. */
  settings?: Record<string, unknown>;
}

export class CodeServer {
  readonly userDataDir: string;
  readonly extensionsDir: string;
  private child: ChildProcess | undefined;
  private output: string[] = [];
  port = 0;

  constructor(private readonly options: CodeServerOptions) {
    const root = mkdtempSync(join(tmpdir(), 'corroborate-e2e-vscode-'));
    this.userDataDir = join(root, 'user-data');
    this.extensionsDir = join(root, 'extensions');
    mkdirSync(join(this.userDataDir, 'User'), { recursive: true });
    mkdirSync(this.extensionsDir, { recursive: true });
    writeFileSync(join(this.userDataDir, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...options.settings }, null, 2));
  }

  /** Where code-server and the extension host write their logs (output channels included). */
  get logsDir(): string {
    return join(this.userDataDir, 'logs');
  }

  /** What code-server printed (its own log). */
  get consoleOutput(): string {
    return this.output.join('');
  }

  private baseArgs(): string[] {
    return ['--user-data-dir', this.userDataDir, '--extensions-dir', this.extensionsDir, '--config', join(this.userDataDir, 'config.yaml')];
  }

  private environment(): NodeJS.ProcessEnv {
    return { ...process.env, EXTENSIONS_GALLERY: GALLERY };
  }

  /** Installs each .vsix the way a user would (`--install-extension`), so packaging is tested too. */
  installExtensions(): void {
    for (const vsix of this.options.extensions) {
      if (!existsSync(vsix)) throw new Error(`missing ${vsix}: run the suite with "npm run test:e2e"`);
      const result = spawnSync(CODE_SERVER_BIN, [...this.baseArgs(), '--install-extension', vsix], { env: this.environment(), encoding: 'utf8' });
      if (result.status !== 0 || !/successfully installed/i.test(result.stdout + result.stderr)) {
        throw new Error(`installing ${vsix} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
      }
    }
  }

  /** Starts code-server on a free loopback port and waits until it answers. */
  async start(): Promise<void> {
    if (!existsSync(CODE_SERVER_BIN)) throw new Error(`code-server not installed at ${CODE_SERVER_BIN}: run test/e2e/setup.sh`);
    this.installExtensions();
    this.port = await freePort();
    const args = [
      ...this.baseArgs(),
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${this.port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
    ];
    // Own process group, so stop() ends code-server and every child it started, and nothing else.
    const child = spawn(CODE_SERVER_BIN, args, { env: this.environment(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    child.stdout!.on('data', (d: Buffer) => this.output.push(d.toString()));
    child.stderr!.on('data', (d: Buffer) => this.output.push(d.toString()));
    let exited = false;
    child.on('exit', () => (exited = true));
    await until(
      async () => {
        if (exited) throw new Error(`code-server exited:\n${this.consoleOutput}`);
        const response = await fetch(`http://127.0.0.1:${this.port}/healthz`).catch(() => undefined);
        return response?.ok;
      },
      { timeout: 60_000, message: () => `code-server to answer on port ${this.port}:\n${this.consoleOutput}` },
    );
  }

  /** The address that opens `folder` in the workbench. */
  url(folder: string): string {
    return `http://127.0.0.1:${this.port}/?folder=${encodeURIComponent(folder)}`;
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (child?.pid && child.exitCode === null) {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, 5_000);
      await gone;
      clearTimeout(timer);
    }
  }

  /** Removes the throw-away dirs (after stop). */
  dispose(): void {
    rmSync(join(this.userDataDir, '..'), { recursive: true, force: true });
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
