/**
 * Entity extraction throughput (organizations, places, programmes) on one
 * core over the generated news corpus, and how many mentions it finds, beside
 * wink-nlp's entity recognition on a sample of the same text.
 *
 * Measured twice: as tsx runs the sources (one CommonJS module per file, where
 * every imported binding is a getter call) and as shipped, bundled by esbuild
 * into one scope. The shipped figure is the one held to the budget.
 */
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateText } from '../generateCorpus';
import { sample, throughput, type BenchRow } from '../row';
import * as sources from '../../server/src/analysis/extract/entities';

const CORPUS_BYTES = Number(process.env.BENCH_CORPUS_MB ?? 50) * 1e6;
const WINK_BYTES = 1e6;

type EntitiesModule = typeof sources;

/** The entity extractor bundled the way esbuild.mjs bundles the server. */
function bundled(): EntitiesModule {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
  try {
    const outfile = join(dir, 'entities.js');
    buildSync({ entryPoints: [join(__dirname, '../../server/src/analysis/extract/entities.ts')], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
    return require(outfile) as EntitiesModule;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function measure(mod: EntitiesModule, texts: string[]) {
  const t0 = process.hrtime.bigint();
  const lexicon = mod.buildLexicon([]);
  const buildMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const extract = (t: string) => mod.extractEntities(t, lexicon);
  throughput(sample(texts, 3e6), extract); // warm-up
  return { ...throughput(texts, extract), buildMs, size: lexicon.size, extract };
}

export default async function entities(): Promise<BenchRow[]> {
  const texts = generateText(CORPUS_BYTES, 11);
  const shipped = measure(bundled(), texts);
  const fromSources = measure(sources, texts);
  let mentions = 0;
  for (const t of sample(texts, 1e6)) mentions += shipped.extract(t).length;

  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model);
  const wink = throughput(sample(texts, WINK_BYTES), (t) => nlp.readDoc(t).entities().out(nlp.its.detail));
  const ratio = shipped.mbps / wink.mbps;
  const mb = (shipped.bytes / 1e6).toFixed(0);
  return [
    { what: `buildLexicon (built-in list, ${shipped.size} entries)`, measured: `${shipped.buildMs.toFixed(1)} ms`, budget: '—' },
    { what: `extractEntities as shipped (bundled), ${mb} MB`, measured: `${shipped.mbps.toFixed(1)} MB/s`, budget: '≥ 20 MB/s', ok: shipped.mbps >= 20 },
    { what: `extractEntities from sources under tsx, ${mb} MB`, measured: `${fromSources.mbps.toFixed(1)} MB/s`, budget: '—' },
    { what: 'entity mentions found per MB', measured: `${mentions}`, budget: '—' },
    { what: `wink-nlp readDoc + entities, ${(wink.bytes / 1e6).toFixed(1)} MB`, measured: `${wink.mbps.toFixed(2)} MB/s`, budget: '—' },
    { what: 'entities (shipped) vs wink-nlp', measured: `${ratio.toFixed(1)}×`, budget: '≥ 15×', ok: ratio >= 15 },
  ];
}
