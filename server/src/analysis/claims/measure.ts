/**
 * What a figure measures, in what scope and time frame, read from the words
 * of its sentence around it. Each kind has its own reading: money takes an
 * amount measure (funding, investment …); a percentage is a change of
 * something ("costs to fall by 30%" -> cost decrease) or a share of an amount;
 * a count is a count of its noun; a duration is a timeline.
 */
import type { Figure } from '../model';
import { cueAt, cueSpan, cueTable, cueValue, type CueTable } from './cues';
import type { SentenceWords } from './sentenceWords';
import type { WordIds } from './wordIds';
import { CHANGE_CUES, CHANGE_OBJECTS, COUNTED_NOUNS, ESTIMATE_CUES, FINAL_CUES, LINKS, MEASURE_CUES, SCOPE_CUES, TIMELINE_CUES } from './vocabulary';

export interface MeasureTables {
  measures: CueTable;
  scopes: CueTable;
  changes: CueTable;
  objects: CueTable;
  /** By word id: LINK, TIMELINE, SCOPE_WORD bits. */
  kinds: Uint8Array;
  /** By word id: the frame it gives a sentence ('estimate' where a word is both), or ''. */
  frames: string[];
  /** "<object> <change>" by object and change value index, made once so that claims share them. */
  changeMeasures: string[][];
  /** "share of <measure>" by measure value index. */
  shareMeasures: string[];
  /** By scope value index: the scope's bit. */
  scopeBits: number[];
}

const LINK = 1;
const TIMELINE = 2;
/** A single-word scope cue. */
const SCOPE_WORD = 4;

/** The tables of one configuration; every word they hold must be in ids (see claimVocabulary). */
export function measureTables(extra: Record<string, string[]>, ids: WordIds): MeasureTables {
  const merged: Record<string, string[]> = { ...MEASURE_CUES };
  for (const [m, words] of Object.entries(extra)) merged[m] = [...(merged[m] ?? []), ...words];
  const measures = cueTable(merged, ids);
  const scopes = cueTable(SCOPE_CUES, ids);
  const changes = cueTable(CHANGE_CUES, ids);
  const objects = cueTable(CHANGE_OBJECTS, ids);
  const kinds = new Uint8Array(ids.size);
  for (const w of LINKS) kinds[ids.idOf(w)] |= LINK;
  for (const w of TIMELINE_CUES) kinds[ids.idOf(w)] |= TIMELINE;
  for (let id = 1; id < ids.size; id++) if (scopes.single[id] >= 0) kinds[id] |= SCOPE_WORD;
  const frames = new Array<string>(ids.size).fill('');
  for (const w of FINAL_CUES) frames[ids.idOf(w)] = 'final';
  for (const w of ESTIMATE_CUES) frames[ids.idOf(w)] = 'estimate';
  return {
    measures,
    scopes,
    changes,
    objects,
    kinds,
    frames,
    changeMeasures: objects.values.map((object) => changes.values.map((change) => `${object} ${change}`)),
    shareMeasures: measures.values.map((m) => `share of ${m}`),
    scopeBits: scopes.values.map((scope) => SCOPE_BIT.get(scope) ?? 0),
  };
}

/** How far (in words) a cue may stand from its figure. */
const AFTER_WINDOW = 4;
const BEFORE_WINDOW = 5;
/** What readMeasure found: filled in place, so that reading a figure allocates nothing. */
export interface MeasureReading {
  measure: string;
  scope: string;
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

/** The cue that set the measure of the figure being read (index -1 when none did): scratch, so that reading allocates nothing. */
const found = { index: -1, span: 0 };

/** "count of <noun>" for each counted noun, made once. */
const COUNT_MEASURES = new Map([...COUNTED_NOUNS].map((noun) => [noun, `count of ${noun}`]));

/** Reads the measure and scope of a figure into `reading`; false when it has no measure. */
export function readMeasure(figure: Figure, words: SentenceWords, at: FigurePlace, tables: MeasureTables, reading: MeasureReading): boolean {
  const kind = figure.kind === 'range' ? figure.rangeOf : figure.kind;
  found.index = -1;
  let measure: string | undefined;
  if (kind === 'count') measure = COUNT_MEASURES.get(figure.unit);
  else if (kind === 'percent') measure = percentMeasure(words, at, tables);
  else if (kind === 'duration') measure = timelineMeasure(words, at, tables);
  else if (kind === 'money') {
    const cue = amountMeasure(words, at, tables);
    if (cue >= 0) measure = cueValue(tables.measures, cue);
  }
  if (measure === undefined) return false;
  reading.measure = measure;
  reading.scope = readScope(words, at, tables);
  return true;
}

/** "$6.34 billion in public funding", "$1 billion joint investment"; else "a total investment of … 3 trillion yen". A cue of tables.measures, or -1. */
function amountMeasure(words: SentenceWords, at: FigurePlace, tables: MeasureTables): number {
  for (let i = at.after, gap = 0; i < at.clauseEnd && gap < AFTER_WINDOW; i++, gap++) {
    const cue = cueAt(tables.measures, words, i);
    if (cue >= 0) return foundAt(i, cue);
    if ((tables.kinds[words.ids[i]] & (LINK | SCOPE_WORD)) === 0) break;
  }
  return nearestBefore(tables.measures, words, at);
}

/** A change ("costs to fall by 30%", "a 40% cut in prices"), else a share of an amount ("60% of the budget"). */
function percentMeasure(words: SentenceWords, at: FigurePlace, tables: MeasureTables): string | undefined {
  let change = nearestBefore(tables.changes, words, at);
  if (change < 0) change = firstAfter(tables.changes, words, at, 2);
  if (change >= 0) {
    const object = nearestTo(tables.objects, words, found.index, at);
    return object < 0 ? undefined : tables.changeMeasures[object >> 1][change >> 1];
  }
  const amount = amountMeasure(words, at, tables);
  if (amount < 0) return undefined;
  const measure = cueValue(tables.measures, amount);
  return measure === 'market share' || measure === 'stake' ? measure : tables.shareMeasures[amount >> 1];
}

/** "within 24 months": only a stated timeline makes a duration a claim. */
function timelineMeasure(words: SentenceWords, at: FigurePlace, tables: MeasureTables): string | undefined {
  for (let i = at.before, gap = 0; i >= at.clauseStart && gap < 2; i--, gap++) {
    if (tables.kinds[words.ids[i]] & TIMELINE) {
      foundAt(i, 0);
      return 'timeline';
    }
  }
  return undefined;
}

/** Notes the cue at word i as the one that set the measure; returns the cue. */
function foundAt(i: number, cue: number): number {
  found.index = i;
  found.span = cueSpan(cue);
  return cue;
}

function nearestBefore(table: CueTable, words: SentenceWords, at: FigurePlace): number {
  for (let i = at.before, gap = 0; i >= at.clauseStart && gap < BEFORE_WINDOW; i--, gap++) {
    const cue = cueAt(table, words, i);
    if (cue >= 0) return foundAt(i, cue);
    // The second word of a two-word cue ("war chest") is reached first when reading backwards.
    if (i > at.clauseStart) {
      const pair = cueAt(table, words, i - 1);
      if (pair >= 0 && cueSpan(pair) === 2) return foundAt(i - 1, pair);
    }
  }
  return -1;
}

function firstAfter(table: CueTable, words: SentenceWords, at: FigurePlace, window: number): number {
  for (let i = at.after, gap = 0; i < at.clauseEnd && gap < window; i++, gap++) {
    const cue = cueAt(table, words, i);
    if (cue >= 0) return foundAt(i, cue);
  }
  return -1;
}

/** The cue of the table nearest to word `index` within the figure's clause (the one before first at equal distance), or -1. */
function nearestTo(table: CueTable, words: SentenceWords, index: number, at: FigurePlace): number {
  for (let d = 1; d <= BEFORE_WINDOW + AFTER_WINDOW; d++) {
    const before = cueNear(table, words, index - d, at);
    if (before >= 0) return before;
    const after = cueNear(table, words, index + d, at);
    if (after >= 0) return after;
  }
  return -1;
}

/** The cue at word i when i is in the figure's clause and not the figure's own, else -1. */
function cueNear(table: CueTable, words: SentenceWords, i: number, at: FigurePlace): number {
  if (i < at.clauseStart || i >= at.clauseEnd || (i > at.before && i < at.after)) return -1;
  return cueAt(table, words, i);
}

/** Scopes in order of precedence (the first found wins), and each one's bit. */
const SCOPES = Object.keys(SCOPE_CUES);
const SCOPE_BIT = new Map(SCOPES.map((scope, i) => [scope, 1 << i]));
const PUBLIC_AND_PRIVATE = SCOPE_BIT.get('public')! | SCOPE_BIT.get('private')!;

/** Scope words: between figure and cue, two before the cue, two before and after the figure. */
function readScope(words: SentenceWords, at: FigurePlace, tables: MeasureTables): string {
  let seen = 0;
  if (found.index >= 0) {
    const { index, span } = found;
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
function scopesIn(words: SentenceWords, at: FigurePlace, from: number, to: number, tables: MeasureTables): number {
  let bits = 0;
  for (let i = Math.max(from, at.clauseStart); i <= Math.min(to, at.clauseEnd - 1); i++) {
    const cue = cueAt(tables.scopes, words, i);
    if (cue >= 0) bits |= tables.scopeBits[cue >> 1];
  }
  return bits;
}

/** 'estimate' or 'final' when the sentence says so (its first such word), else ''. */
export function readFrame(words: SentenceWords, tables: MeasureTables): string {
  for (let i = 0; i < words.count; i++) {
    const frame = tables.frames[words.ids[i]];
    if (frame !== '') return frame;
  }
  return '';
}
