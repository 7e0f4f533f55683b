/**
 * A small LSP client for protocol tests: starts the built server as a child
 * process over stdio and speaks JSON-RPC to it with vscode-jsonrpc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { DIST } from './paths';
import { SERVER_EXEC_ARGV } from '../../server/src/runtimeFlags';

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  source?: string;
  message: string;
  relatedInformation?: Array<{ location: { uri: string; range: Diagnostic['range'] }; message: string }>;
  data?: unknown;
}

type Listener = (method: string, params: any) => void;

export class LspClient {
  readonly connection: MessageConnection;
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly notifications: Array<{ method: string; params: any }> = [];
  readonly stderr: string[] = [];
  /** Answers to server -> client `workspace/configuration` requests, by section. */
  settings: Record<string, unknown> = {};
  private listeners: Listener[] = [];
  /** Work-done progress tokens in the order their progress began. */
  private readonly progressTokens: Array<string | number> = [];
  private exited: Promise<number | null>;

  private constructor(readonly child: ChildProcess) {
    const reader = new StreamMessageReader(child.stdout!);
    // A server that ends in the middle of a message leaves the reader a partial one, whose timer
    // vscode-jsonrpc re-arms every 10 s for ever: it kept mocha from exiting. The tests use no partial-message events.
    reader.partialMessageTimeout = 0;
    this.connection = createMessageConnection(reader, new StreamMessageWriter(child.stdin!));
    child.stderr!.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    this.connection.onNotification((method: string, params: any) => {
      if (method === 'textDocument/publishDiagnostics') this.diagnostics.set(params.uri, params.diagnostics);
      this.notifications.push({ method, params });
      for (const l of this.listeners) l(method, params);
    });
    // vscode-jsonrpc routes $/progress to per-token handlers; the client registers none, so all of it arrives here.
    this.connection.onUnhandledProgress((params: any) => {
      if (params?.value?.kind === 'begin') this.progressTokens.push(params.token);
      this.notifications.push({ method: '$/progress', params });
      for (const l of this.listeners) l('$/progress', params);
    });
    this.connection.onRequest((method: string, params: any) => {
      if (method === 'workspace/configuration') {
        return (params.items as Array<{ section?: string }>).map((i) => (i.section ? this.settings[i.section] ?? null : this.settings));
      }
      this.notifications.push({ method, params });
      for (const l of this.listeners) l(method, params);
      return null;
    });
    this.connection.listen();
  }

  /** Starts the built server; `serverJs` for callers bundled elsewhere (benchmarks), whose __dirname is not test/helpers. */
  static start(args: string[] = ['--stdio'], env: NodeJS.ProcessEnv = {}, serverJs = join(DIST, 'server.js')): LspClient {
    const child = spawn(process.execPath, [...SERVER_EXEC_ARGV, serverJs, ...args], { stdio: 'pipe', env: { ...process.env, ...env } });
    return new LspClient(child);
  }

  async initialize(rootPath?: string, capabilities: Record<string, unknown> = {}, initializationOptions?: unknown): Promise<any> {
    const rootUri = rootPath ? pathToFileURL(rootPath).href : null;
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootPath ? [{ uri: rootUri, name: 'root' }] : null,
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
        window: { workDoneProgress: true },
        textDocument: { publishDiagnostics: { relatedInformation: true }, synchronization: { dynamicRegistration: false } },
        ...capabilities,
      },
      initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  request<R = any>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  open(uri: string, text: string, languageId = 'research-article', version = 1): Promise<void> {
    return this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Waits until a notification or request from the server satisfies the predicate. */
  /** Calls `listener` on every notification from now on, until the returned function is called. */
  onNotification(listener: (method: string, params: any) => void): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  waitFor(predicate: (method: string, params: any) => boolean, what: string, timeoutMs = 15000): Promise<{ method: string; params: any }> {
    const seen = this.notifications.find((n) => predicate(n.method, n.params));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== listener);
        reject(new Error(`timed out waiting for ${what}; server stderr:\n${this.stderr.join('')}`));
      }, timeoutMs);
      const listener: Listener = (method, params) => {
        if (!predicate(method, params)) return;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
        resolve({ method, params });
      };
      this.listeners.push(listener);
    });
  }

  /** Waits for a publishDiagnostics for uri (published after this call, or matching the predicate). */
  async waitForDiagnostics(uri: string, predicate: (d: Diagnostic[]) => boolean = () => true, timeoutMs?: number): Promise<Diagnostic[]> {
    const n = await this.waitFor((m, p) => m === 'textDocument/publishDiagnostics' && p.uri === uri && predicate(p.diagnostics), `diagnostics for ${uri}`, timeoutMs);
    return n.params.diagnostics;
  }

  /** Work-done progress seen so far, by token: begin/report/end values in order. */
  progress(): Map<string | number, Array<{ kind: string; message?: string; percentage?: number; title?: string }>> {
    const out = new Map<string | number, Array<{ kind: string; message?: string; percentage?: number; title?: string }>>();
    for (const n of this.notifications) {
      if (n.method !== '$/progress' || !n.params?.value?.kind) continue;
      const list = out.get(n.params.token) ?? [];
      list.push(n.params.value);
      out.set(n.params.token, list);
    }
    return out;
  }

  /** Waits for the end of the nth work-done progress (0-based) the server started. */
  async waitForProgressEnd(nth = 0, timeoutMs = 30000): Promise<Array<{ kind: string; message?: string; percentage?: number }>> {
    const token = () => this.progressTokens[nth];
    await this.waitFor(
      (m, p) => m === '$/progress' && token() !== undefined && p.token === token() && p.value?.kind === 'end',
      `end of progress #${nth}`,
      timeoutMs,
    );
    return this.progress().get(token()!)!;
  }

  /** Messages the server logged (window/logMessage). */
  logs(): string[] {
    return this.notifications.filter((n) => n.method === 'window/logMessage').map((n) => n.params.message as string);
  }

  /** Latest diagnostics published for a URI (undefined when none were published). */
  latestDiagnostics(uri: string): Diagnostic[] | undefined {
    return this.diagnostics.get(uri);
  }

  /** Resolves once the latest published diagnostics for uri satisfy the predicate (already, or later). */
  async diagnosticsSatisfying(uri: string, predicate: (d: Diagnostic[]) => boolean, what: string, timeoutMs?: number): Promise<Diagnostic[]> {
    const now = this.diagnostics.get(uri);
    if (now && predicate(now)) return now;
    const n = await this.waitFor((m, p) => m === 'textDocument/publishDiagnostics' && p.uri === uri && predicate(p.diagnostics), what, timeoutMs);
    return n.params.diagnostics;
  }

  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await Promise.race([this.exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5000))]);
    this.connection.dispose();
    if (code === 'timeout') {
      this.child.kill();
      throw new Error('server did not exit after shutdown/exit');
    }
    return code;
  }

  kill(): void {
    this.connection.dispose();
    this.child.kill();
  }
}
