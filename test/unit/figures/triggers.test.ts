import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TRIGGER_WORDS } from '../../../server/src/analysis/extract/figures';
import { TriggerScanner } from '../../../server/src/analysis/extract/figures/triggers';
import { WordTable } from '../../../server/src/analysis/extract/figures/wordTable';
import { wordAlternation } from '../../../server/src/analysis/extract/figures/wordPattern';
import { CodeUnitBuffer } from '../../../server/src/analysis/text/codeUnits';
import { generateCorpus, rng } from '../../../bench/generateCorpus';

/**
 * The pattern the scanner stands in for, as figures.ts had it: the scanner
 * must find what it finds, from every starting place.
 */
const WORD = `(?:${wordAlternation([...TRIGGER_WORDS].sort((a, b) => b.length - a.length))}|[QH][1-4]|FY)\\b`;
const TRIGGER = new RegExp(`[^A-Za-z0-9_]${WORD}|[0-9]|\\.[0-9]`, 'gi');
const WORD_AT = new RegExp(WORD, 'iy');

const scanner = new TriggerScanner(new WordTable([...TRIGGER_WORDS, 'fy']));
const units = new CodeUnitBuffer();

/** Every difference between the scanner and the pattern over text, from each starting place. */
function differences(text: string): string[] {
  const u = units.of(text);
  const out: string[] = [];
  for (let from = 0; from <= text.length; from++) {
    TRIGGER.lastIndex = from;
    const expected = TRIGGER.test(text) ? TRIGGER.lastIndex : -1;
    const got = scanner.nextEnd(text, u, from);
    if (got !== expected) out.push(`nextEnd from ${from} of ${JSON.stringify(text)}: ${got}, pattern ${expected}`);
    if (/[A-Za-z]/.test(text[from] ?? '')) {
      WORD_AT.lastIndex = from;
      const word = WORD_AT.test(text) ? WORD_AT.lastIndex : -1;
      const at = scanner.wordEndAt(text, u, from);
      if (at !== word) out.push(`wordEndAt ${from} of ${JSON.stringify(text)}: ${at}, pattern ${word}`);
    }
  }
  return out;
}

describe('figures: the trigger scanner', () => {
  it('ends where the trigger pattern ends, from every place, in texts made of its edge cases', () => {
    const rand = rng(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
    const pieces = [
      ...TRIGGER_WORDS.slice(0, 40), 'Million', 'BILLION', 'mArCh', 'Q3', 'q4', 'H1', 'h5', 'Q0', 'FY', 'fy', 'FY2025', 'Q3s',
      'the', 'have', 'term', 'years2', 'year_', '_year', 'éyear', 'yearé', 'ſeven', 'ﬁve', 'K', 'a', 'x',
      '0', '7', '12', '3.5', '.5', '..', '.', '_', ' ', '  ', '\n', '\t', ',', '-', '–', '$', '€', '(', ')', '/', "'", '’', '😀', 'é', '\u00a0',
    ];
    const problems: string[] = [];
    for (let t = 0; t < 3000 && problems.length < 5; t++) {
      let text = '';
      const length = 1 + Math.floor(rand() * 12);
      for (let i = 0; i < length; i++) text += pick(pieces);
      problems.push(...differences(text));
    }
    assert.deepEqual(problems.slice(0, 5), []);
  });

  it('ends where the trigger pattern ends over the seeds and generated articles', function () {
    this.timeout(30_000); // the pattern runs from every place of ~0.2 MB of text
    const seeds = join(__dirname, '../../../seeds');
    const texts = [
      ...readdirSync(seeds).map((f) => readFileSync(join(seeds, f), 'utf8')),
      ...generateCorpus({ articles: 20, seed: 3 }).map((d) => d.text),
    ];
    const problems = texts.flatMap((t) => differences(t)).slice(0, 5);
    assert.deepEqual(problems, []);
  });

  it('refuses a trigger word it could not find: one letter, or beyond ASCII', () => {
    assert.throws(() => new TriggerScanner(new WordTable(['a'])), /2-31 letters/);
    assert.throws(() => new TriggerScanner(new WordTable(['né'])), /2-31 letters/);
  });
});
