/**
 * Figure extraction throughput on one core over ≥ 50 MB of generated news
 * articles, beside wink-nlp (readDoc + entities, its own number and entity
 * recognition) and compromise (numbers + money) on a sample of the same text,
 * in the same run. Each is warmed up, then the best of several runs counts.
 */
import { generateText } from '../generateCorpus';
import { batchThroughput, sample, throughput, type BenchRow } from '../row';
import { extractFigures } from '../../server/src/analysis/extract/figures';
import { findDocumentDate } from '../../server/src/analysis/extract/documentDate';
import { createRateTable } from '../../server/src/analysis/extract/rates';
import { analyzeDocument, analyzeDocuments, ANALYSIS_BATCH, createContext } from '../../server/src/analysis/analyze';
import { defaultConfig } from '../../server/src/analysis/config';

const CORPUS_BYTES = Number(process.env.BENCH_CORPUS_MB ?? 50) * 1e6;
const WINK_BYTES = 1.5e6;
const COMPROMISE_BYTES = 0.3e6;

export default async function extraction(): Promise<BenchRow[]> {
  const texts = generateText(CORPUS_BYTES, 7);
  const rates = createRateTable({});
  const extract = (t: string) => extractFigures(t, { rates, documentDate: findDocumentDate(t) });
  throughput(sample(texts, 3e6), extract); // warm-up
  const ours = throughput(texts, extract, 3);
  let figures = 0;
  for (const t of sample(texts, 1e6)) figures += extract(t).length;

  const ctx = createContext(defaultConfig());
  throughput(sample(texts, 2e6), (t) => analyzeDocument(t, ctx));
  batchThroughput(sample(texts, 2e6), ANALYSIS_BATCH, (b) => analyzeDocuments(b, ctx));
  // One document at a time and in batches, in alternating rounds (the machine's speed moves), the best of each.
  let whole = { mbps: 0, bytes: 0, seconds: 0 };
  let batched = whole;
  for (let round = 0; round < 2; round++) {
    const w = throughput(texts, (t) => analyzeDocument(t, ctx));
    const b = batchThroughput(texts, ANALYSIS_BATCH, (batch) => analyzeDocuments(batch, ctx));
    if (w.mbps > whole.mbps) whole = w;
    if (b.mbps > batched.mbps) batched = b;
  }

  const rows: BenchRow[] = [
    { what: `figures: findDocumentDate + extractFigures, ${(ours.bytes / 1e6).toFixed(0)} MB run`, measured: `${ours.mbps.toFixed(1)} MB/s`, budget: '≥ 20 MB/s', ok: ours.mbps >= 20 },
    { what: 'figures found per MB', measured: `${figures}`, budget: '—' },
    { what: `analyzeDocument (all layers merged so far), one document at a time, ${(whole.bytes / 1e6).toFixed(0)} MB`, measured: `${whole.mbps.toFixed(1)} MB/s`, budget: '≥ 20 MB/s', ok: whole.mbps >= 20 },
    { what: `analyzeDocuments, the same in batches of ${ANALYSIS_BATCH} (as the check and indexing run it)`, measured: `${batched.mbps.toFixed(1)} MB/s`, budget: '≥ 20 MB/s', ok: batched.mbps >= 20 },
  ];

  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model);
  const its = nlp.its;
  const winkText = sample(texts, WINK_BYTES);
  const winkRun = (t: string) => nlp.readDoc(t).entities().out(its.detail);
  throughput(sample(winkText, 0.3e6), winkRun); // warm-up
  // The machine is shared and its load moves: the ratio compares both on the same text, in alternating rounds, best of each.
  let wink = { mbps: 0, bytes: 0, seconds: 0 };
  let same = { mbps: 0, bytes: 0, seconds: 0 };
  for (let round = 0; round < 6; round++) {
    const w = throughput(winkText, winkRun);
    const o = throughput(winkText, extract, 3);
    if (w.mbps > wink.mbps) wink = w;
    if (o.mbps > same.mbps) same = o;
  }
  rows.push({ what: `wink-nlp readDoc + entities, ${(wink.bytes / 1e6).toFixed(1)} MB`, measured: `${wink.mbps.toFixed(2)} MB/s`, budget: '—' });
  rows.push({ what: `figures on the same ${(same.bytes / 1e6).toFixed(1)} MB, alternating rounds`, measured: `${same.mbps.toFixed(1)} MB/s`, budget: '—' });
  // The budget's ratio, as the issue defines it: our throughput over the ≥ 50 MB corpus against wink-nlp's on its sample
  // of the same text; the same-sample ratio is printed beside it, for a check on the sample's own noise.
  const ratio = ours.mbps / wink.mbps;
  rows.push({ what: 'figures (50 MB run) vs wink-nlp (sample)', measured: `${ratio.toFixed(1)}×`, budget: '≥ 15×', ok: ratio >= 15 });
  rows.push({ what: 'figures vs wink-nlp, both on the same sample', measured: `${(same.mbps / wink.mbps).toFixed(1)}×`, budget: '—' });

  const nlpC = (await import('compromise')).default as unknown as (t: string) => { numbers(): { json(): unknown }; money(): { json(): unknown } };
  const compText = sample(texts, COMPROMISE_BYTES);
  const comp = throughput(compText, (t) => {
    const doc = nlpC(t);
    doc.money().json();
    doc.numbers().json();
  });
  rows.push({ what: `compromise numbers() + money(), ${(comp.bytes / 1e6).toFixed(1)} MB`, measured: `${comp.mbps.toFixed(2)} MB/s`, budget: '—' });
  rows.push({ what: 'figures (same sample) vs compromise', measured: `${(same.mbps / comp.mbps).toFixed(0)}×`, budget: '—' });
  return rows;
}
