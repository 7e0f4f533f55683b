/**
 * Entity extraction throughput (organizations, places, programmes) on one
 * core over the generated news corpus, and how many mentions it finds, beside
 * wink-nlp's entity recognition on a sample of the same text.
 */
import { generateText } from '../generateCorpus';
import { sample, throughput, type BenchRow } from '../row';
import { buildLexicon, extractEntities } from '../../server/src/analysis/extract/entities';

const CORPUS_BYTES = Number(process.env.BENCH_CORPUS_MB ?? 50) * 1e6;
const WINK_BYTES = 1e6;

export default async function entities(): Promise<BenchRow[]> {
  const texts = generateText(CORPUS_BYTES, 11);
  const t0 = process.hrtime.bigint();
  const lexicon = buildLexicon([]);
  const buildMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const extract = (t: string) => extractEntities(t, lexicon);
  throughput(sample(texts, 3e6), extract); // warm-up
  const ours = throughput(texts, extract);
  let mentions = 0;
  const perMb = sample(texts, 1e6);
  for (const t of perMb) mentions += extract(t).length;

  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model);
  const wink = throughput(sample(texts, WINK_BYTES), (t) => nlp.readDoc(t).entities().out(nlp.its.detail));
  const ratio = ours.mbps / wink.mbps;
  return [
    { what: `buildLexicon (built-in list, ${lexicon.size} entries)`, measured: `${buildMs.toFixed(1)} ms`, budget: '—' },
    { what: `extractEntities, ${(ours.bytes / 1e6).toFixed(0)} MB`, measured: `${ours.mbps.toFixed(1)} MB/s`, budget: '≥ 20 MB/s', ok: ours.mbps >= 20 },
    { what: 'entity mentions found per MB', measured: `${mentions}`, budget: '—' },
    { what: 'entities vs wink-nlp readDoc + entities', measured: `${ratio.toFixed(1)}×`, budget: '≥ 15×', ok: ratio >= 15 },
  ];
}
