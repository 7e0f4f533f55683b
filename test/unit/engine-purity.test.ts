import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../helpers/paths';

// The engine is shared by the CLI, the server and the tests: it must not
// depend on the editor or the protocol.
const FORBIDDEN = /(?:from\s+|require\(\s*|import\(\s*)['"](vscode(?:-languageserver[^'"]*|-languageclient[^'"]*|-jsonrpc[^'"]*)?)(?:\/[^'"]*)?['"]/g;

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return tsFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

describe('engine purity', () => {
  it('no file under server/src/analysis imports vscode or vscode-languageserver*', () => {
    const offenders: string[] = [];
    const files = tsFiles(join(ROOT, 'server', 'src', 'analysis'));
    assert.ok(files.length > 5, 'the engine has files');
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(FORBIDDEN)) offenders.push(`${relative(ROOT, f)} imports ${m[1]}`);
    }
    assert.deepEqual(offenders, []);
  });

  it('the check itself catches a forbidden import', () => {
    const sample = "import { x } from 'vscode-languageserver/node';\nconst v = require('vscode');";
    assert.equal([...sample.matchAll(FORBIDDEN)].length, 2);
  });
});
