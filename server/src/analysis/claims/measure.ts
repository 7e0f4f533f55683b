/**
 * What a figure measures, in what scope and time frame, read from the words
 * of its sentence around it.
 */
import type { Figure } from '../model';
import type { Word } from '../text/words';
import { COUNTED_NOUNS, cueAt, cueTable, ESTIMATE_CUES, FINAL_CUES, MEASURE_CUES, SCOPE_CUES, type CueTable } from './vocabulary';

const CHANGE_MEASURES = new Set(['cost-reduction', 'growth']);

export interface MeasureTables {
  measures: CueTable;
  scopes: CueTable;
}

export function measureTables(extra: Record<string, string[]> = {}): MeasureTables {
  const merged: Record<string, string[]> = { ...MEASURE_CUES };
  for (const [m, words] of Object.entries(extra)) merged[m] = [...(merged[m] ?? []), ...words];
  return { measures: cueTable(merged), scopes: cueTable(SCOPE_CUES) };
}

/** How far (in words) a measure cue may stand from its figure. */
const AFTER_WINDOW = 4;
const BEFORE_WINDOW = 5;
/** Words that may stand between a figure and its measure without breaking the link. */
const LINKS = new Set(['in', 'of', 'for', 'as', 'the', 'a', 'an', 'to', 'by', 'worth', 'total', 'its', 'their']);

export interface MeasureReading {
  measure: string;
  scope: string;
  frame: string;
}

/**
 * Reads measure, scope and frame for a figure whose words lie between
 * `before` (index of the last word before it) and `after` (first word after).
 * `boundaries` holds the word indexes at which a new clause starts.
 */
export function readMeasure(
  figure: Figure,
  words: Word[],
  before: number,
  after: number,
  clauseStart: number,
  clauseEnd: number,
  tables: MeasureTables,
): MeasureReading | undefined {
  let measure: string | undefined;
  let cueIndex = -1;
  let cueSpan = 1;
  if (figure.kind === 'count') {
    // Only counts of what sources report as facts (people, companies …): "three dimensions" is not a claim.
    if (!COUNTED_NOUNS.has(figure.unit)) return undefined;
    measure = `count of ${figure.unit}`;
  } else {
    // After the figure: "$6.34 billion in public funding", "$1 billion joint investment".
    for (let i = after, gap = 0; i < clauseEnd && gap < AFTER_WINDOW; i++, gap++) {
      const cue = cueAt(tables.measures, words, i);
      if (cue) {
        measure = cue.value;
        cueIndex = i;
        cueSpan = cue.span;
        break;
      }
      if (!LINKS.has(words[i].text) && !tables.scopes.single.has(words[i].text)) break;
    }
    // A percentage of change: "reduce training costs by at least 40%" measures the reduction, not the costs.
    if (figure.kind === 'percent') {
      for (let i = before, gap = 0; i >= clauseStart && gap < BEFORE_WINDOW; i--, gap++) {
        const cue = cueAt(tables.measures, words, i);
        if (cue && CHANGE_MEASURES.has(cue.value)) {
          measure = cue.value;
          cueIndex = i;
          break;
        }
      }
    }
    // Before it: "a total investment of approximately 3 trillion yen", "backed by $6.34 billion".
    if (!measure) {
      for (let i = before, gap = 0; i >= clauseStart && gap < BEFORE_WINDOW; i--, gap++) {
        const cue = cueAt(tables.measures, words, i) ?? (i > 0 ? twoWordCueEndingAt(tables.measures, words, i) : undefined);
        if (cue) {
          measure = cue.value;
          cueIndex = cue.span === 2 && cueAt(tables.measures, words, i) === undefined ? i - 1 : i;
          cueSpan = cue.span;
          break;
        }
      }
    }
  }
  if (!measure) return undefined;

  // Scope: the words between figure and cue, two words before the cue, and two before the figure.
  const scopeWords = new Set<number>();
  const addRange = (from: number, to: number) => {
    for (let i = Math.max(from, clauseStart); i <= Math.min(to, clauseEnd - 1); i++) scopeWords.add(i);
  };
  if (cueIndex >= 0) {
    if (cueIndex > before) addRange(after, cueIndex - 1);
    else addRange(cueIndex + cueSpan, before);
    addRange(cueIndex - 2, cueIndex - 1);
  }
  addRange(before - 1, before);
  const scopes = new Set<string>();
  for (const i of scopeWords) {
    const cue = cueAt(tables.scopes, words, i);
    if (cue) scopes.add(cue.value);
  }
  let scope = '';
  if (scopes.has('public') && scopes.has('private')) scope = 'total';
  else for (const s of Object.keys(SCOPE_CUES)) if (scopes.has(s)) { scope = s; break; }

  return { measure, scope, frame: readFrame(words) };
}

function twoWordCueEndingAt(table: CueTable, words: Word[], i: number): { value: string; span: number } | undefined {
  const cue = cueAt(table, words, i - 1);
  return cue && cue.span === 2 ? cue : undefined;
}

/** 'estimate' or 'final' when the sentence says so, else ''. */
function readFrame(words: Word[]): string {
  for (let i = 0; i < words.length; i++) {
    if (ESTIMATE_CUES.has(words[i].text)) return 'estimate';
    if (FINAL_CUES.has(words[i].text)) return 'final';
  }
  return '';
}
