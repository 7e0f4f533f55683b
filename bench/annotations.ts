/**
 * Re-anchoring speed: 10,000 annotations over 1,000 synthetic articles
 * (~5 KB each), re-anchored after four kinds of change. Prints milliseconds
 * for the whole set and per annotation. Not a timed test.
 *
 *   npx tsx bench/annotations.ts
 */
import { createTarget } from '../server/src/analysis/annotations/anchor';
import { buildAnnotation } from '../server/src/analysis/annotations/create';
import { resolveAnnotations, type ResolvedAnnotation } from '../server/src/analysis/annotations/resolve';
import type { Annotation } from '../server/src/analysis/annotations/schema';

const DOCS = 1000;
const PER_DOC = 10;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS = 'the government said funding for chip plants would rise as companies including Sony Toyota and NEC invest in research while analysts expect more public money next year'.split(' ');

function article(r: () => number): string {
  const sentences: string[] = [];
  let size = 0;
  while (size < 5000) {
    const n = 8 + Math.floor(r() * 14);
    const words = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]!);
    words.splice(Math.floor(r() * n), 0, `$${(r() * 10).toFixed(2)} billion`);
    const s = words.join(' ') + '.';
    sentences.push(s[0]!.toUpperCase() + s.slice(1));
    size += s.length + 1;
  }
  return sentences.join(' ');
}

function setup(): { texts: string[]; annotations: Annotation[] } {
  const r = rng(42);
  const texts = Array.from({ length: DOCS }, () => article(r));
  const annotations: Annotation[] = [];
  const now = new Date('2026-01-01T00:00:00Z');
  texts.forEach((text, d) => {
    for (let i = 0; i < PER_DOC; i++) {
      const start = Math.floor((i + r() * 0.5) * (text.length / PER_DOC));
      const s = text.lastIndexOf(' ', start) + 1;
      const e = text.indexOf(' ', s + 12);
      annotations.push(buildAnnotation({ kind: 'note', body: 'n' }, [createTarget(`doc${d}.txt`, text, s, e)], `a${d}-${i}`, now));
    }
  });
  return { texts, annotations };
}

function time(label: string, texts: string[], annotations: Annotation[]): ResolvedAnnotation[] {
  const lookup = (source: string) => {
    const i = Number(source.slice(3, -4));
    return { doc: source, text: texts[i]! };
  };
  const t0 = performance.now();
  const out = resolveAnnotations(annotations, lookup);
  const ms = performance.now() - t0;
  const states: Record<string, number> = {};
  const methods: Record<string, number> = {};
  for (const r of out) {
    states[r.state] = (states[r.state] ?? 0) + 1;
    const a = r.targets[0]!.anchor;
    if (a.status === 'anchored') methods[a.method] = (methods[a.method] ?? 0) + 1;
  }
  console.log(`${label.padEnd(50)} ${ms.toFixed(1).padStart(8)} ms  ${((ms * 1000) / annotations.length).toFixed(1).padStart(7)} µs/annotation  ${JSON.stringify(states)} ${JSON.stringify(methods)}`);
  return out;
}

const { texts, annotations } = setup();
console.log(`${annotations.length} annotations over ${texts.length} articles (${(texts.reduce((n, t) => n + t.length, 0) / 1e6).toFixed(1)} MB)`);
time('unchanged texts', texts, annotations);
time('text inserted at the top of every article', texts.map((t) => 'Correction: an earlier version misstated a date. ' + t), annotations);
const edited = texts.map((t) => t.replace(/\$(\d)\.(\d\d) billion/g, (_m, a, b) => `$${a}.${b} bn`));
time('every figure rewritten ("$6.70 billion" -> "bn")', edited, annotations);
const r = rng(7);
const shuffled = texts.map((t) => t.split('. ').sort(() => r() - 0.5).join('. ').replace(/the/g, 'a'));
time('sentences shuffled and "the" -> "a" everywhere', shuffled, annotations);
time('every article replaced (all orphaned, worst case)', texts.map((t) => t.split('').reverse().join('')), annotations);
const one = annotations.filter((a) => a.targets[0]!.source === 'doc0.txt');
time('one article edited (its 10 annotations)', ['Update. ' + texts[0]!.replace('billion', 'bn'), ...texts.slice(1)], one);
