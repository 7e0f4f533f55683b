/**
 * The dev half of Microsoft Recognizers-Text's English spec suite (MIT),
 * copied byte for byte into test/eval/recognizers-dev. Scoring as the
 * suite's README states: an expected result is found when a result of ours
 * has the same span and the same value (and, for money, the same currency);
 * every other result of ours of that kind in the input is a false positive.
 * Precision, recall and F1 over results, per file; the test fails below the
 * floors, set just under what the engine reaches.
 *
 * Skipped: cases whose NotSupported lists javascript or dotnet (they fail in
 * the reference implementation too). In NumberRangeModel that leaves a single
 * case, so the range floor is checked on it, and the F1 over all its cases is
 * printed beside it for information.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../helpers/paths';
import { recognize, type Model, type Result } from './recognizersAdapter';

interface Case {
  Input: string;
  NotSupported?: string;
  Results: Array<{ Text: string; TypeName: string; Resolution?: { value?: string | null; unit?: string; isoCurrency?: string } | null; Start: number; End: number }>;
}

const DIR = join(ROOT, 'test', 'eval', 'recognizers-dev');

const FILES: Array<{ file: string; model: Model; floor: number }> = [
  { file: 'CurrencyModel.json', model: 'currency', floor: 0.9 },
  { file: 'PercentModel.json', model: 'percentage', floor: 0.9 },
  { file: 'NumberModel.json', model: 'number', floor: 0.85 },
  { file: 'NumberRangeModel.json', model: 'numberrange', floor: 0.9 },
];

function sameValue(model: Model, expected: string | null | undefined, got: string | null): boolean {
  if (expected === undefined || expected === null || got === null) return expected === got;
  if (model === 'number' || model === 'currency') {
    const a = Number(expected);
    const b = Number(got);
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  }
  if (model === 'percentage') return Math.abs(parseFloat(expected) - parseFloat(got)) < 1e-9;
  return expected.replace(/\s/g, '') === got;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  failures: string[];
}

export function score(model: Model, cases: Case[]): Score {
  const s: Score = { tp: 0, fp: 0, fn: 0, failures: [] };
  for (const c of cases) {
    const got: Result[] = recognize(model, c.Input);
    const used = new Set<number>();
    for (const e of c.Results) {
      const i = got.findIndex(
        (g, k) =>
          !used.has(k) &&
          g.start === e.Start &&
          g.end === e.End + 1 &&
          sameValue(model, e.Resolution?.value, g.value) &&
          (model !== 'currency' || (e.Resolution?.isoCurrency ? e.Resolution.isoCurrency === g.iso : e.Resolution?.unit?.toLowerCase() === g.unit?.toLowerCase())),
      );
      if (i >= 0) {
        used.add(i);
        s.tp++;
      } else {
        s.fn++;
        s.failures.push(`missed ${JSON.stringify(e.Text)}=${e.Resolution?.value} ${e.Resolution?.unit ?? ''} in ${JSON.stringify(c.Input.slice(0, 90))}`);
      }
    }
    got.forEach((g, k) => {
      if (used.has(k)) return;
      s.fp++;
      s.failures.push(`extra ${JSON.stringify(c.Input.slice(g.start, g.end))}=${g.value} ${g.unit ?? ''} in ${JSON.stringify(c.Input.slice(0, 90))}`);
    });
  }
  return s;
}

export function prf(s: Score): { p: number; r: number; f1: number } {
  const p = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  const r = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

const supported = (c: Case) => !/\b(?:javascript|dotnet)\b/i.test(c.NotSupported ?? '');
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

describe('recognizers dev suite (Microsoft Recognizers-Text, English)', () => {
  for (const { file, model, floor } of FILES) {
    it(`${file}: F1 ≥ ${floor}`, () => {
      const all: Case[] = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
      const cases = all.filter(supported);
      const s = score(model, cases);
      const { p, r, f1 } = prf(s);
      const everything = prf(score(model, all));
      console.log(
        `      ${file.padEnd(22)} cases ${String(cases.length).padStart(3)}/${String(all.length).padEnd(3)} P ${pct(p)}  R ${pct(r)}  F1 ${pct(f1)}   (all cases, skipped included: F1 ${pct(everything.f1)})`,
      );
      if (process.env.EVAL_VERBOSE) for (const f of (process.env.EVAL_VERBOSE === 'all' ? score(model, all) : s).failures) console.log(`        ${f}`);
      assert.ok(f1 >= floor, `${file}: F1 ${f1.toFixed(3)} below the floor ${floor}\n${s.failures.join('\n')}`);
    });
  }
});
