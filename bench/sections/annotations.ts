/**
 * Re-anchoring: 10,000 annotations over generated articles, found again
 * after four kinds of change. The budget that matters is the editing one
 * (edit to refreshed diagnostics ≤ 100 ms): an edit re-anchors only the
 * annotations of the edited article, so that row is held to a tenth of it.
 */
import { generateText } from '../generateCorpus';
import type { BenchRow } from '../row';
import { createTarget } from '../../server/src/analysis/annotations/anchor';
import { buildAnnotation } from '../../server/src/analysis/annotations/create';
import { resolveAnnotations, type AnnotationState } from '../../server/src/analysis/annotations/resolve';
import type { Annotation } from '../../server/src/analysis/annotations/schema';
import { AnnotationIndex } from '../../server/src/analysis/annotations/layer';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import { createContext } from '../../server/src/analysis/analyze';
import { defaultConfig } from '../../server/src/analysis/config';

const ANNOTATIONS = 10_000;
const PER_ARTICLE = 10;

export default function annotations(): BenchRow[] {
  const texts = generateText(((ANNOTATIONS / PER_ARTICLE) * 5000), 11).slice(0, ANNOTATIONS / PER_ARTICLE);
  const all: Annotation[] = [];
  const now = new Date('2026-01-01T00:00:00Z');
  texts.forEach((text, d) => {
    for (let i = 0; i < PER_ARTICLE; i++) {
      const s = text.lastIndexOf(' ', Math.floor(((i + 0.3) * text.length) / PER_ARTICLE)) + 1;
      const e = Math.max(s + 1, text.indexOf(' ', s + 12));
      all.push(buildAnnotation({ kind: 'note', body: 'n' }, [createTarget(`doc${d}.txt`, text, s, e)], `a${d}-${i}`, now));
    }
  });
  const run = (changed: readonly string[], which: readonly Annotation[] = all) => {
    const lookup = (source: string) => ({ doc: source, text: changed[Number(source.slice(3, -4))]! });
    const t0 = performance.now();
    const out = resolveAnnotations(which, lookup);
    const ms = performance.now() - t0;
    const states: Partial<Record<AnnotationState, number>> = {};
    for (const r of out) states[r.state] = (states[r.state] ?? 0) + 1;
    return { ms, states: Object.entries(states).map(([k, v]) => `${v} ${k}`).join(', ') };
  };
  const row = (what: string, r: { ms: number; states: string }, n = all.length): BenchRow => ({
    what: `${what} (${r.states})`,
    measured: `${r.ms.toFixed(0)} ms, ${((r.ms * 1000) / n).toFixed(1)} µs each`,
    budget: '—',
  });

  run(texts); // warm-up
  const rows = [
    row(`${all.length} annotations over ${texts.length} articles, texts unchanged`, run(texts)),
    row('after a paragraph inserted at the top of every article', run(texts.map((t) => 'Correction: an earlier version misstated a date.\n\n' + t))),
    row('after every "billion" became "bn"', run(texts.map((t) => t.replaceAll('billion', 'bn')))),
    row('every article replaced (all orphaned: the worst case)', run(texts.map((t) => [...t].reverse().join('')))),
  ];
  // One edited article: its annotations only, as the server re-anchors them; p95 over its runs.
  const times: number[] = [];
  for (let d = 0; d < 200; d++) {
    const changed = [...texts];
    changed[d] = texts[d]!.slice(0, 200) + ' An inserted sentence. ' + texts[d]!.slice(200);
    times.push(run(changed, all.slice(d * PER_ARTICLE, (d + 1) * PER_ARTICLE)).ms);
  }
  times.sort((a, b) => a - b);
  const p95 = times[Math.floor(times.length * 0.95)]!;
  rows.push({ what: `one article edited: its ${PER_ARTICLE} annotations re-anchored, p95`, measured: `${p95.toFixed(2)} ms`, budget: '≤ 10 ms', ok: p95 <= 10 });
  rows.push(...tagging(texts));
  return rows;
}

/** Tagging a name re-analyses only the articles that mention it, against re-analysing all of them. */
function tagging(texts: readonly string[]): BenchRow[] {
  const corpus = new Corpus(createContext(defaultConfig()));
  const docs = texts.map((t, i) => {
    const text = i % 100 === 0 ? `${t}\nKumo Systems said it would bid.` : t;
    corpus.set(`doc${i}.txt`, text);
    return text;
  });
  const index = new AnnotationIndex((source) => ({ doc: source, text: corpus.text(source)! }));
  corpus.setAnnotations(index);
  const text0 = docs[0]!;
  const at = text0.indexOf('Kumo Systems');
  const tag = buildAnnotation({ kind: 'tag', entityType: 'organization' }, [createTarget('doc0.txt', text0, at, at + 12)], 't1', new Date());
  const t0 = performance.now();
  const { changedNames } = index.update([tag]);
  const republish = corpus.setAnnotations(index, changedNames).length;
  const targeted = performance.now() - t0;
  const t1 = performance.now();
  corpus.setContext(corpus.context);
  const full = performance.now() - t1;
  return [
    { what: `tag a name mentioned in ${docs.length / 100} of ${docs.length} articles: re-analyse those (${republish} re-published)`, measured: `${targeted.toFixed(0)} ms`, budget: '≤ 100 ms', ok: targeted <= 100 },
    { what: `  the same with every article re-analysed (setContext)`, measured: `${full.toFixed(0)} ms`, budget: '—' },
  ];
}
