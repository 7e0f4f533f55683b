// `npm start`: open VS Code on seeds/ with the extension in development mode
// when a `code` command exists; otherwise run the CLI check on seeds/ and print its report.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seeds = join(root, 'seeds');
const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;

if (hasCode && !process.env.CORROBORATE_NO_EDITOR) {
  console.log('Opening VS Code on seeds/ with Corroborate in development mode…');
  spawnSync('code', ['--extensionDevelopmentPath', root, seeds], { stdio: 'inherit' });
} else {
  console.log('No `code` command found: running `corroborate check seeds` instead.\n');
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'check', 'seeds'], { cwd: root, stdio: 'inherit' });
  // Exit 1 only means "findings reported", which is the point of the report.
  process.exitCode = r.status === 2 ? 2 : 0;
}
