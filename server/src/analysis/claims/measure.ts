/**
 * What a figure measures, in what scope and time frame, read from the words
 * of its sentence around it. Each kind has its own reading: money takes an
 * amount measure (funding, investment …); a percentage is a change of
 * something ("costs to fall by 30%" -> cost decrease) or a share of an amount;
 * a count is a count of its noun; a duration is a timeline.
 */
import type { Figure } from '../model';
import type { Word } from '../text/words';
import {
  CHANGE_CUES, CHANGE_OBJECTS, COUNTED_NOUNS, cueAt, cueTable, ESTIMATE_CUES, FINAL_CUES, MEASURE_CUES, SCOPE_CUES, TIMELINE_CUES,
  type CueTable,
} from './vocabulary';

export interface MeasureTables {
  measures: CueTable;
  scopes: CueTable;
  changes: CueTable;
  objects: CueTable;
}

export function measureTables(extra: Record<string, string[]> = {}): MeasureTables {
  const merged: Record<string, string[]> = { ...MEASURE_CUES };
  for (const [m, words] of Object.entries(extra)) merged[m] = [...(merged[m] ?? []), ...words];
  return { measures: cueTable(merged), scopes: cueTable(SCOPE_CUES), changes: cueTable(CHANGE_CUES), objects: cueTable(CHANGE_OBJECTS) };
}

/** How far (in words) a cue may stand from its figure. */
const AFTER_WINDOW = 4;
const BEFORE_WINDOW = 5;
/** Words that may stand between a figure and a measure after it without breaking the link. */
const LINKS = new Set(['in', 'of', 'for', 'as', 'the', 'a', 'an', 'to', 'by', 'worth', 'total', 'its', 'their']);

export interface MeasureReading {
  measure: string;
  scope: string;
  frame: string;
}

/** Where the figure stands among its sentence's words, and the clause around it. */
export interface FigurePlace {
  /** Index of the last word before the figure (-1 if none). */
  before: number;
  /** Index of the first word after the figure (words.length if none). */
  after: number;
  clauseStart: number;
  clauseEnd: number;
}

interface Found {
  measure: string;
  /** Word index and length of the cue, when a cue set the measure. */
  cue?: { index: number; span: number };
}

export function readMeasure(figure: Figure, words: Word[], at: FigurePlace, tables: MeasureTables, frame: string): MeasureReading | undefined {
  const kind = figure.kind === 'range' ? figure.rangeOf : figure.kind;
  let found: Found | undefined;
  if (kind === 'count') found = COUNTED_NOUNS.has(figure.unit) ? { measure: `count of ${figure.unit}` } : undefined;
  else if (kind === 'percent') found = percentMeasure(words, at, tables);
  else if (kind === 'duration') found = timelineMeasure(words, at);
  else if (kind === 'money') found = amountMeasure(words, at, tables);
  if (!found) return undefined;
  return { measure: found.measure, scope: readScope(words, at, found, tables), frame };
}

/** "$6.34 billion in public funding", "$1 billion joint investment"; else "a total investment of … 3 trillion yen". */
function amountMeasure(words: Word[], at: FigurePlace, tables: MeasureTables): Found | undefined {
  for (let i = at.after, gap = 0; i < at.clauseEnd && gap < AFTER_WINDOW; i++, gap++) {
    const cue = cueAt(tables.measures, words, i);
    if (cue) return { measure: cue.value, cue: { index: i, span: cue.span } };
    if (!LINKS.has(words[i].text) && !tables.scopes.single.has(words[i].text)) break;
  }
  return nearestBefore(tables.measures, words, at);
}

/** A change ("costs to fall by 30%", "a 40% cut in prices"), else a share of an amount ("60% of the budget"). */
function percentMeasure(words: Word[], at: FigurePlace, tables: MeasureTables): Found | undefined {
  const change = nearestBefore(tables.changes, words, at) ?? firstAfter(tables.changes, words, at, 2);
  if (change) {
    const object = nearestTo(tables.objects, words, change.cue!.index, at);
    return object ? { measure: `${object} ${change.measure}`, cue: change.cue } : undefined;
  }
  const amount = amountMeasure(words, at, tables);
  if (!amount) return undefined;
  return amount.measure === 'market share' || amount.measure === 'stake' ? amount : { measure: `share of ${amount.measure}`, cue: amount.cue };
}

/** "within 24 months": only a stated timeline makes a duration a claim. */
function timelineMeasure(words: Word[], at: FigurePlace): Found | undefined {
  for (let i = at.before, gap = 0; i >= at.clauseStart && gap < 2; i--, gap++) {
    if (TIMELINE_CUES.has(words[i].text)) return { measure: 'timeline', cue: { index: i, span: 1 } };
  }
  return undefined;
}

function nearestBefore(table: CueTable, words: Word[], at: FigurePlace): Found | undefined {
  for (let i = at.before, gap = 0; i >= at.clauseStart && gap < BEFORE_WINDOW; i--, gap++) {
    const cue = cueAt(table, words, i);
    if (cue) return { measure: cue.value, cue: { index: i, span: cue.span } };
    // The second word of a two-word cue ("war chest") is reached first when reading backwards.
    if (i > at.clauseStart) {
      const pair = cueAt(table, words, i - 1);
      if (pair && pair.span === 2) return { measure: pair.value, cue: { index: i - 1, span: 2 } };
    }
  }
  return undefined;
}

function firstAfter(table: CueTable, words: Word[], at: FigurePlace, window: number): Found | undefined {
  for (let i = at.after, gap = 0; i < at.clauseEnd && gap < window; i++, gap++) {
    const cue = cueAt(table, words, i);
    if (cue) return { measure: cue.value, cue: { index: i, span: cue.span } };
  }
  return undefined;
}

/** The cue of the table nearest to word `index` within the figure's clause. */
function nearestTo(table: CueTable, words: Word[], index: number, at: FigurePlace): string | undefined {
  for (let d = 1; d <= BEFORE_WINDOW + AFTER_WINDOW; d++) {
    for (const i of [index - d, index + d]) {
      if (i < at.clauseStart || i >= at.clauseEnd || (i > at.before && i < at.after)) continue;
      const cue = cueAt(table, words, i);
      if (cue) return cue.value;
    }
  }
  return undefined;
}

/** Scopes in order of precedence (the first found wins), and each one's bit. */
const SCOPES = Object.keys(SCOPE_CUES);
const SCOPE_BIT = new Map(SCOPES.map((scope, i) => [scope, 1 << i]));
const PUBLIC_AND_PRIVATE = SCOPE_BIT.get('public')! | SCOPE_BIT.get('private')!;

/** Scope words: between figure and cue, two before the cue, two before and after the figure. */
function readScope(words: Word[], at: FigurePlace, found: Found, tables: MeasureTables): string {
  let seen = 0;
  if (found.cue) {
    const { index, span } = found.cue;
    if (index > at.before) seen |= scopesIn(words, at, at.after, index - 1, tables);
    else seen |= scopesIn(words, at, index + span, at.before, tables);
    seen |= scopesIn(words, at, index - 2, index - 1, tables);
  }
  seen |= scopesIn(words, at, at.before - 1, at.before, tables);
  seen |= scopesIn(words, at, at.after, at.after + 1, tables);
  if ((seen & PUBLIC_AND_PRIVATE) === PUBLIC_AND_PRIVATE) return 'total';
  for (let i = 0; i < SCOPES.length; i++) if (seen & (1 << i)) return SCOPES[i];
  return '';
}

/** Bits of the scopes named by words from..to (inclusive), within the figure's clause. */
function scopesIn(words: Word[], at: FigurePlace, from: number, to: number, tables: MeasureTables): number {
  let bits = 0;
  for (let i = Math.max(from, at.clauseStart); i <= Math.min(to, at.clauseEnd - 1); i++) {
    const cue = cueAt(tables.scopes, words, i);
    if (cue) bits |= SCOPE_BIT.get(cue.value) ?? 0;
  }
  return bits;
}

/** 'estimate' or 'final' for each word that frames a sentence's figures ('estimate' where a word is both). */
const FRAME_CUES = new Map<string, string>([...[...FINAL_CUES].map((w) => [w, 'final'] as const), ...[...ESTIMATE_CUES].map((w) => [w, 'estimate'] as const)]);

/** 'estimate' or 'final' when the sentence says so (its first such word), else ''. */
export function readFrame(words: Word[]): string {
  for (const w of words) {
    const frame = FRAME_CUES.get(w.text);
    if (frame !== undefined) return frame;
  }
  return '';
}
