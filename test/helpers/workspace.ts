/** Temporary workspaces on disk for protocol tests. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEEDS } from './paths';

export class TempWorkspace {
  readonly root: string;

  constructor(prefix = 'corroborate-ws-') {
    this.root = mkdtempSync(join(tmpdir(), prefix));
  }

  /** Copies the sample corpus to `<root>/seeds`. */
  withSeeds(): this {
    cpSync(SEEDS, join(this.root, 'seeds'), { recursive: true });
    return this;
  }

  write(relative: string, content: string | Uint8Array): string {
    const path = join(this.root, relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return path;
  }

  path(relative: string): string {
    return join(this.root, relative);
  }

  uri(relative: string): string {
    return pathToFileURL(join(this.root, relative)).href;
  }

  remove(relative: string): void {
    rmSync(join(this.root, relative), { recursive: true, force: true });
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
