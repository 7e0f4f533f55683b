/** Small builders shared by the annotation tests. */
import { createTarget } from '../../../server/src/analysis/annotations/anchor';
import { buildAnnotation, type AnnotationSpec } from '../../../server/src/analysis/annotations/create';
import type { Annotation } from '../../../server/src/analysis/annotations/schema';

export const ARTICLE = [
  'Tokyo, March 3. The government will provide $6.7 billion in backing to Rapidus,',
  'the chipmaker founded by eight companies including Sony and Toyota.',
  'Analysts said the $6.7 billion figure was larger than expected.',
  'Rapidus plans a second plant in Hokkaido by 2027.',
].join('\n');

/** Offset of the n-th (0-based) occurrence of s in text. */
export function at(text: string, s: string, n = 0): number {
  let i = -1;
  for (let k = 0; k <= n; k++) {
    i = text.indexOf(s, i + 1);
    if (i < 0) throw new Error(`"${s}" occurs fewer than ${n + 1} times`);
  }
  return i;
}

let counter = 0;
export function annotate(spec: AnnotationSpec, spans: Array<{ source: string; text: string; quote: string; n?: number }>, now = new Date('2026-01-01T00:00:00Z')): Annotation {
  const targets = spans.map((s) => {
    const start = at(s.text, s.quote, s.n);
    return createTarget(s.source, s.text, start, start + s.quote.length);
  });
  return buildAnnotation(spec, targets, `ann-${++counter}`, now);
}
