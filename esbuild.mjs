// Bundles the client, the server (and its indexing worker) and the CLI into dist/ (one file each), and writes
// the JSON schema of .corroborate.json beside them.
import * as esbuild from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's UMD build hides its requires from the bundler; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  // The server's indexing worker thread: loaded from beside dist/server.js.
  { entryPoints: ['server/src/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
  // The program decides, and starts check and extract in a worker on the CLI's bundle (cliLauncher.ts).
  { entryPoints: ['server/src/cliLauncher.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cliMain.js' },
];

/** dist/corroborate.schema.json, the schema of .corroborate.json, made from the zod schema (server/src/analysis/configJsonSchema.ts). */
async function writeConfigSchema() {
  const script = 'dist/.configJsonSchema.cjs';
  await esbuild.build({ ...common, sourcemap: false, minify: false, entryPoints: ['server/src/analysis/configJsonSchema.ts'], outfile: script });
  try {
    const { configJsonSchema } = createRequire(import.meta.url)(`./${script}`);
    writeFileSync('dist/corroborate.schema.json', JSON.stringify(configJsonSchema(), null, 2) + '\n');
  } finally {
    rmSync(script, { force: true });
  }
}

if (watch) {
  for (const b of builds) {
    const ctx = await esbuild.context({ ...common, ...b });
    await ctx.watch();
  }
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
await writeConfigSchema();
