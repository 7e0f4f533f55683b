/**
 * Entity extraction throughput (organizations, places, programmes) on one
 * core over the generated news corpus, and how many mentions it finds, beside
 * wink-nlp's entity recognition on a sample of the same text. bench/run.ts
 * bundles this section with esbuild, so the extractor runs as shipped.
 */
import { generateText } from '../generateCorpus';
import { sample, throughput, type BenchRow } from '../row';
import * as entitiesModule from '../../server/src/analysis/extract/entities';

const CORPUS_BYTES = Number(process.env.BENCH_CORPUS_MB ?? 50) * 1e6;
const WINK_BYTES = 1e6;

type EntitiesModule = typeof entitiesModule;

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
  const shipped = measure(entitiesModule, texts);
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
    { what: `extractEntities, ${mb} MB`, measured: `${shipped.mbps.toFixed(1)} MB/s`, budget: '≥ 20 MB/s', ok: shipped.mbps >= 20 },
    { what: 'entity mentions found per MB', measured: `${mentions}`, budget: '—' },
    { what: `wink-nlp readDoc + entities, ${(wink.bytes / 1e6).toFixed(1)} MB`, measured: `${wink.mbps.toFixed(2)} MB/s`, budget: '—' },
    { what: 'entities (shipped) vs wink-nlp', measured: `${ratio.toFixed(1)}×`, budget: '≥ 15×', ok: ratio >= 15 },
  ];
}
