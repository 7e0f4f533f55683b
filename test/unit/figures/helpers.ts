/** Shared helpers for the figure tests: extract with the built-in rates, find a figure by its text. */
import { strict as assert } from 'node:assert';
import type { Figure } from '../../../server/src/analysis/model';
import { extractFigures } from '../../../server/src/analysis/extract/figures';
import { createRateTable } from '../../../server/src/analysis/extract/rates';

export const rates = createRateTable({});

export function figures(text: string, documentDate?: string): Figure[] {
  return extractFigures(text, { rates, documentDate });
}

/** The only figure of a text (fails when there is not exactly one). */
export function only(text: string, documentDate?: string): Figure {
  const fs = figures(text, documentDate);
  assert.equal(fs.length, 1, `expected one figure in ${JSON.stringify(text)}, got ${JSON.stringify(fs.map((f) => f.text))}`);
  return fs[0];
}

/** The first figure whose text is `t`. */
export function byText(fs: Figure[], t: string): Figure {
  const f = fs.find((x) => x.text === t);
  assert.ok(f, `no figure ${JSON.stringify(t)} among ${JSON.stringify(fs.map((x) => x.text))}`);
  return f;
}

export function near(actual: number, expected: number, rel = 1e-9): void {
  assert.ok(Math.abs(actual - expected) <= rel * Math.max(1, Math.abs(expected)), `${actual} is not ${expected}`);
}
