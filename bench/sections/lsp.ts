/**
 * Language server on a 10,000-article workspace: time to index (from
 * `initialized` to the end of the indexing progress), server memory, hover
 * latency and edit-to-diagnostics latency, each beside its budget; then how
 * long tagging a name and changing settings take, and how hovers fare
 * meanwhile. The
 * workspace is indexed by a fresh server three times: this shared machine's
 * timings vary by ±30% from run to run, so the row gives the median, with
 * every run beside it, and the highest peak memory of the three.
 *
 *   npm run bench -- lsp          (CORROBORATE_BENCH_ARTICLES=1000 and
 *                                  CORROBORATE_BENCH_INDEX_RUNS=1 for a quick run)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateCorpus } from '../generateCorpus';
import { LspClient } from '../../test/helpers/lspClient';
import type { BenchRow } from '../row';
import { CorpusChangedNotification } from '../../server/src/lsp/protocol';
import { COALESCE_MS } from '../../server/src/lsp/status';

const HOVERS = 400;
const EDITS = 100;
const INDEX_RUNS = Number(process.env.CORROBORATE_BENCH_INDEX_RUNS) || 3;

export default async function lspBench(articles = Number(process.env.CORROBORATE_BENCH_ARTICLES) || 10000): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-lsp-bench-'));
  let client: LspClient | undefined;
  try {
    let bytes = 0;
    const docs = generateCorpus({ articles, seed: 7 });
    // A name to tag, and an organization to add, in one article of a hundred (see tagging() and settingsChange()).
    docs.forEach((d, i) => {
      if (i % 100 === 0) d.text += `\n${TAGGED_NAME} said it would bid, and Harbour Analytics would advise.\n`;
    });
    for (const a of docs) {
      writeFileSync(join(dir, a.name), a.text);
      bytes += Buffer.byteLength(a.text);
    }
    // `npm run bench` runs from the repository root and builds dist/ first; this section runs bundled elsewhere.
    const runs: Array<{ ms: number; rss: number; phases: string }> = [];
    for (let run = 0; run < INDEX_RUNS; run++) {
      // The last server stays up for the hovers and edits.
      if (client) await client.shutdown().catch(() => client?.kill());
      client = LspClient.start(['--stdio'], {}, join(process.cwd(), 'dist', 'server.js'));
      await client.initialize(dir);
      const t0 = performance.now();
      await client.waitForProgressEnd(0, 600000);
      const ms = performance.now() - t0;
      const rss = peakRss(client.child.pid!) ?? (await client.request('corroborate/memory', {})).rss;
      runs.push({ ms, rss, phases: client.logs().find((l) => l.startsWith('indexed ')) ?? '' });
    }
    if (!client) throw new Error(`CORROBORATE_BENCH_INDEX_RUNS must be 1 or more`);
    const totals = await client.request('corroborate/totals', {});
    const byTime = [...runs].sort((a, b) => a.ms - b.ms);
    const median = byTime[Math.floor(byTime.length / 2)];
    const indexMs = median.ms;
    const rss = Math.max(...runs.map((r) => r.rss));
    const spread = runs.length > 1 ? `median of ${runs.length} runs, ${byTime.map((r) => (r.ms / 1000).toFixed(2)).join(', ')} s; ` : '';

    // Once more, hovering meanwhile (untimed: the hovers take the server's time): the first thing a researcher does.
    await client.shutdown().catch(() => client?.kill());
    client = LspClient.start(['--stdio'], {}, join(process.cwd(), 'dist', 'server.js'));
    await client.initialize(dir);
    const indexing = await hoversWhileIndexing(client, dir, docs[0].name);

    const hover = await hoverLatencies(client, dir, docs.map((d) => d.name));
    const edit = await editLatencies(client, dir, docs.find((d) => /\$\d/.test(d.text))!.name);
    const tag = await tagging(client, dir, docs[0].name, docs.length);
    const tolerance = await settingsChange(client, dir, docs[0].name, { tolerance: 0.07 });
    const organizations = await settingsChange(client, dir, docs[0].name, { tolerance: 0.07, organizations: [{ name: 'Harbour Analytics', aliases: ['Harbour'] }] });
    const measures = await settingsChange(client, dir, docs[0].name, { tolerance: 0.07, organizations: [{ name: 'Harbour Analytics', aliases: ['Harbour'] }], measures: { funding: ['appropriation'] } });
    const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`;
    return [
      { what: `index ${articles.toLocaleString('en-US')} articles, ${mb(bytes)} (${totals.claims} claims, ${totals.conflicts} findings; ${spread}the median run: ${median.phases})`, measured: `${(indexMs / 1000).toFixed(2)} s`, budget: '≤ 5 s', ok: indexMs <= 5000 },
      { what: `server memory, peak RSS${runs.length > 1 ? ` (highest of the ${runs.length} runs)` : ''}`, measured: mb(rss), budget: '≤ 400 MB', ok: rss <= 400e6 },
      { what: `hover p50 (${hover.length} hovers on entities and figures)`, measured: `${pct(hover, 50).toFixed(2)} ms`, budget: '—' },
      { what: 'hover p95', measured: `${pct(hover, 95).toFixed(2)} ms`, budget: '≤ 10 ms', ok: pct(hover, 95) <= 10 },
      { what: `edit to diagnostics p50 (${edit.length} edits of a figure)`, measured: `${pct(edit, 50).toFixed(1)} ms`, budget: '—' },
      { what: 'edit to diagnostics p95', measured: `${pct(edit, 95).toFixed(1)} ms`, budget: '≤ 100 ms', ok: pct(edit, 95) <= 100 },
      ...(indexing.length > 0
        ? [{ what: `hovers sent while a fresh server indexes them (${indexing.length}): p50 ${pct(indexing, 50).toFixed(1)} ms, slowest ${Math.max(...indexing).toFixed(1)} ms; p95`, measured: `${pct(indexing, 95).toFixed(1)} ms`, budget: '—' }]
        : []),
      { what: `tag a name in ${tag.naming} of ${docs.length.toLocaleString('en-US')} articles: command to answer (every closed article read back)`, measured: `${tag.commandMs.toFixed(0)} ms`, budget: '—' },
      { what: `  hovers sent meanwhile (${tag.hovers.length}): p50 ${pct(tag.hovers, 50).toFixed(1)} ms, slowest ${Math.max(...tag.hovers).toFixed(1)} ms; p95`, measured: `${pct(tag.hovers, 95).toFixed(1)} ms`, budget: '—' },
      ...settingsRows('change the tolerance: the rules run again on every analysis, until the server settles (diagnostics sent for what changed)', tolerance),
      ...settingsRows(`add an organization named in ${tag.naming} articles: those re-analysed (every closed article read back), until the server settles (diagnostics sent for what changed)`, organizations),
      ...settingsRows('add a measure word: every article re-analysed, until the server settles (diagnostics sent for what changed)', measures),
    ];
  } finally {
    if (client) await client.shutdown().catch(() => client?.kill());
    rmSync(dir, { recursive: true, force: true });
  }
}

const TAGGED_NAME = 'Kumo Systems';

/**
 * Tags a name in an article (the "Tag as organization" command), and hovers
 * in another article until the command answers: the server re-analyses the
 * articles naming it after reading every closed one back, in slices, so the
 * hovers should be answered meanwhile.
 */
async function tagging(client: LspClient, dir: string, name: string, articles: number): Promise<{ commandMs: number; hovers: number[]; naming: number }> {
  const uri = pathToFileURL(join(dir, name)).href;
  const start = readFileSync(join(dir, name), 'utf8').indexOf(TAGGED_NAME);
  const t0 = performance.now();
  let answered = false;
  const command = client
    .request('workspace/executeCommand', { command: 'corroborate.tagEntity', arguments: [{ uri, start, end: start + TAGGED_NAME.length, type: 'organization' }] })
    .finally(() => (answered = true));
  const hovers = await hoverWhile(client, uri, () => !answered);
  await command;
  return { commandMs: performance.now() - t0, hovers, naming: Math.ceil(articles / 100) };
}

function settingsRows(what: string, r: { ms: number; hovers: number[] }): BenchRow[] {
  return [
    { what, measured: `${(r.ms / 1000).toFixed(2)} s`, budget: '—' },
    { what: `  hovers sent meanwhile (${r.hovers.length}): p50 ${pct(r.hovers, 50).toFixed(1)} ms, slowest ${Math.max(...r.hovers).toFixed(1)} ms; p95`, measured: `${pct(r.hovers, 95).toFixed(1)} ms`, budget: '—' },
  ];
}

/** How long the server must stay quiet (no diagnostics, progress or corpus-changed notification) for its work to be taken as over. */
const QUIET_MS = 500;

/**
 * Changes the settings, and hovers until the server is done with them: it
 * checks (or analyses) the whole workspace again, then publishes what changed
 * in slices, or re-indexes with progress. Each refresh ends with a
 * corpus-changed notification (sent COALESCE_MS after it), which comes
 * whether or not any diagnostics changed (a closed document's unchanged list
 * is not sent again). Timed to the last diagnostics, the end of the
 * progress, or the last refresh, whichever came last.
 */
async function settingsChange(client: LspClient, dir: string, name: string, settings: Record<string, unknown>): Promise<{ ms: number; hovers: number[] }> {
  const uri = pathToFileURL(join(dir, name)).href;
  let t0 = Infinity;
  let done = 0;
  let active = 0;
  let settled = false;
  let progressing = 0;
  const stop = client.onNotification((m, p) => {
    const now = performance.now();
    if (m === 'textDocument/publishDiagnostics' && typeof p?.uri === 'string' && p.uri.endsWith('.article.txt')) done = active = now;
    if (m === '$/progress') {
      active = now;
      if (p?.value?.kind === 'begin') progressing++;
      if (p?.value?.kind === 'end') {
        progressing--;
        done = now;
      }
    }
    // One sent sooner than COALESCE_MS after the change was gathered before it (the tagging's, say).
    if (m === CorpusChangedNotification && now - t0 >= COALESCE_MS) {
      active = now;
      done = Math.max(done, now - COALESCE_MS);
      settled = p?.indexing === false;
    }
  });
  client.settings = { corroborate: settings };
  t0 = performance.now();
  await client.notify('workspace/didChangeConfiguration', { settings: {} });
  try {
    const hovers = await hoverWhile(client, uri, () => {
      if (performance.now() - t0 > 600_000) throw new Error('the server did not settle after a settings change');
      return !settled || progressing > 0 || performance.now() - active < QUIET_MS;
    });
    return { ms: done - t0, hovers };
  } finally {
    stop();
  }
}

/** Round-trip times of hovers in one article, from when it is indexed to the end of the indexing progress. */
async function hoversWhileIndexing(client: LspClient, dir: string, name: string): Promise<number[]> {
  const uri = pathToFileURL(join(dir, name)).href;
  let indexed = false;
  const done = client.waitForProgressEnd(0, 600000).then(() => (indexed = true));
  // Its symbols once the article is in the corpus (an article not indexed yet has none).
  while (!indexed) {
    const symbols = await client.request<unknown[] | null>('textDocument/documentSymbol', { textDocument: { uri } });
    if (symbols && symbols.length > 0) break;
  }
  const hovers = await hoverWhile(client, uri, () => !indexed);
  await done;
  return hovers;
}

/** Round-trip times of hovers at the symbols of a document, one after another while `going()` says so. */
async function hoverWhile(client: LspClient, uri: string, going: () => boolean): Promise<number[]> {
  const symbols = await client.request<any[]>('textDocument/documentSymbol', { textDocument: { uri } });
  const hovers: number[] = [];
  while (going()) {
    const t = performance.now();
    await client.request('textDocument/hover', { textDocument: { uri }, position: symbols[hovers.length % symbols.length].selectionRange.start });
    hovers.push(performance.now() - t);
  }
  return hovers;
}

/** Round-trip times of hovers at the entities and claims of documents spread over the corpus. */
async function hoverLatencies(client: LspClient, dir: string, names: string[]): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; out.length < HOVERS && i < names.length; i += Math.max(1, Math.floor(names.length / 100))) {
    const uri = pathToFileURL(join(dir, names[i])).href;
    const symbols = await client.request<any[]>('textDocument/documentSymbol', { textDocument: { uri } });
    for (const s of symbols.slice(0, 6)) {
      const t = performance.now();
      await client.request('textDocument/hover', { textDocument: { uri }, position: s.selectionRange.start });
      out.push(performance.now() - t);
    }
  }
  return out;
}

/** Time from a didChange that alters a figure to the diagnostics of that version. */
async function editLatencies(client: LspClient, dir: string, name: string): Promise<number[]> {
  const uri = pathToFileURL(join(dir, name)).href;
  const text = readFileSync(join(dir, name), 'utf8');
  await client.open(uri, text);
  await client.waitForDiagnostics(uri);
  const lines = text.split(/\r?\n/);
  const line = lines.findIndex((l) => /\$\d/.test(l));
  const character = lines[line].search(/\$\d/) + 1;
  const out: number[] = [];
  for (let v = 2; v < EDITS + 2; v++) {
    const t = performance.now();
    const seen = client.waitFor((m, p) => m === 'textDocument/publishDiagnostics' && p.uri === uri && p.version === v, `diagnostics v${v}`);
    await client.notify('textDocument/didChange', {
      textDocument: { uri, version: v },
      contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: String(1 + (v % 9)) }],
    });
    await seen;
    out.push(performance.now() - t);
  }
  return out;
}

function pct(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** Peak resident memory of a process (Linux), in bytes. */
function peakRss(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
