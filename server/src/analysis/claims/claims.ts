/**
 * Claims: each figure that carries one (role 'claim'; money, percent, count or
 * duration; with a known measure) tied to its subjects, measure, scope and
 * frame, read from its sentence.
 */
import type { Claim, EntityMention, Figure, Span } from '../model';
import type { Config } from '../config';
import type { SentenceList } from '../text/sentences';
import { hasBoundary } from './clauses';
import { claimKey } from './keys';
import { findConversions } from './conversions';
import { claimTables, type ClaimTables } from './claimTables';
import { readFrame, readMeasure, type FigurePlace, type MeasureReading } from './measure';
import { SentenceWords } from './sentenceWords';
import { CodeUnitBuffer } from '../text/codeUnits';
import { documentTopic, LOOK_BACK_SENTENCES, pointerIndex, sentenceEntities, SentenceSubjects, type Subjects } from './subjects';

const CLAIM_KINDS = new Set<Figure['kind'] | undefined>(['money', 'percent', 'count', 'duration']);

/** Word buffers reused by every call: those of the sentence being read, and of an earlier one looked back to. */
const words = new SentenceWords();
const earlierWords = new SentenceWords();
/** The code units of the text being read, which both read from. */
const codeUnits = new CodeUnitBuffer();

/** `units`, when given, holds the text's code units with a 0 after them (CodeUnitBuffer.of); else they are copied if a sentence is read. */
export function buildClaims(text: string, sentences: SentenceList, figures: Figure[], entities: EntityMention[], config: Config, units?: Uint16Array): Claim[] {
  if (figures.length === 0) return [];
  const tables = claimTables(config);
  const conversions = findConversions(text, figures);
  const restated = new Map<number, Figure>();
  for (const [b, a] of conversions) restated.set(a, figures[b]);
  let topic: Subjects | undefined | null = null;
  const topicOnce = () => (topic === null ? (topic = documentTopic(entities)) : topic);

  const claims: Claim[] = [];
  const actorsBySentence: Array<EntityMention[] | undefined> = [];
  // Visit only the sentences that hold a figure: most sentences of an article hold none.
  for (let fi = 0; fi < figures.length; ) {
    const si = sentences.indexAt(figures[fi].start);
    if (si < 0) {
      fi++;
      continue;
    }
    const end = sentences.end(si);
    const firstFigure = fi;
    while (fi < figures.length && figures[fi].end <= end) fi++;
    if (fi === firstFigure) {
      fi++; // a figure straddling a sentence end belongs to no sentence
      continue;
    }
    let k = firstFigure;
    while (k < fi && !isCandidate(figures, k, conversions)) k++;
    if (k === fi) continue;
    const firstCandidate = k;
    const s = sentences.span(si)!;
    // Copied when the first sentence is read, if not given: a text whose figures make no claim is not.
    if (units === undefined) units = codeUnits.of(text);
    words.read(text, units, s.start, s.end, tables.ids);
    entitiesWithin(entities, s);
    const own = sentenceEntities(entities, within.from, within.to, words, tables.subject);
    actorsBySentence[si] = own.actors;
    const frame = frameOf(readFrame(words, tables.measure), sentencePeriod(figures, firstFigure, fi));
    const pointer = pointerIndex(words, tables.subject);
    const subjects = new SentenceSubjects(own, () => previousActors(text, units!, sentences, entities, si, actorsBySentence, tables), topicOnce);
    for (; k < fi; k++) {
      if (k > firstCandidate && !isCandidate(figures, k, conversions)) continue;
      const claim = readClaim(text, figures[k], k, s, tables, frame, pointer, subjects, restated.get(k));
      if (claim) claims.push(claim);
    }
  }
  return claims;
}

/** Figure k makes a claim if anything does: a claim kind with a finite value, not the restatement of another figure. */
function isCandidate(figures: Figure[], k: number, conversions: Map<number, number>): boolean {
  return isClaimCandidate(figures[k]) && !conversions.has(k);
}

function isClaimCandidate(f: Figure): boolean {
  const kind = f.kind === 'range' ? f.rangeOf : f.kind;
  if (f.role !== 'claim' || !CLAIM_KINDS.has(kind)) return false;
  if (kind === 'money') return f.usd !== undefined && Number.isFinite(f.usd.low) && !Number.isNaN(f.usd.high);
  return Number.isFinite(f.low) && !Number.isNaN(f.high);
}

/** Where the figure being read stands, and what it measures: scratch, filled for each figure. */
const at: FigurePlace = { before: -1, after: 0, clauseStart: 0, clauseEnd: 0 };
const reading: MeasureReading = { measure: '', scope: '' };

/** The claim of figure f of the sentence held in `words`, if it makes one. */
function readClaim(
  text: string,
  f: Figure,
  figureIndex: number,
  sentence: Span,
  tables: ClaimTables,
  frame: string,
  pointer: number,
  subjectsOfSentence: SentenceSubjects,
  conversion: Figure | undefined,
): Claim | undefined {
  const after = words.firstFrom(f.end);
  let before = after - 1;
  while (before >= 0 && words.ends[before] > f.start) before--;
  // A clause boundary right next to the figure cuts it off from that side.
  const cutBefore = before < 0 || hasBoundary(text, words.ends[before], f.start);
  const cutAfter = after >= words.count || hasBoundary(text, f.end, words.starts[after]);
  at.before = before;
  at.after = after;
  at.clauseStart = cutBefore ? before + 1 : firstOfClause(words, before);
  at.clauseEnd = cutAfter ? after : endOfClause(words, after);
  if (!readMeasure(f, words, at, tables.measure, reading)) return undefined;
  const subjects = subjectsOfSentence.choose(pointer <= before);
  if (!subjects) return undefined;
  const { measure, scope } = reading;
  const key = claimKey(subjects.joined, measure, scope, frame);
  const claim: Claim = {
    figureIndex,
    figure: f,
    subjects: subjects.ids,
    basis: subjects.basis,
    measure,
    scope,
    frame,
    key,
    // With one subject, its match key is the key.
    matchKeys: subjects.ids.length === 1 ? [key] : subjectMatchKeys(subjects.ids, measure, scope, frame),
    sentence,
  };
  if (conversion) claim.conversion = conversion;
  return claim;
}

/** One match key per subject, pushed (a packed array like [key]: see extractFigures). */
function subjectMatchKeys(ids: readonly string[], measure: string, scope: string, frame: string): string[] {
  const keys: string[] = [];
  for (const s of ids) keys.push(claimKey(s, measure, scope, frame));
  return keys;
}

function firstOfClause(w: SentenceWords, i: number): number {
  let k = i;
  while (k > 0 && w.clauses[k - 1] === w.clauses[i]) k--;
  return k;
}

function endOfClause(w: SentenceWords, i: number): number {
  let k = i;
  while (k + 1 < w.count && w.clauses[k + 1] === w.clauses[i]) k++;
  return k + 1;
}

/**
 * Frames ("estimate@2024") and periods ("@2024"), one string each, made once:
 * claim keys are looked up by frame (keys.ts), and a frame concatenated anew
 * per sentence was a rope to flatten and hash at each lookup (buildClaims
 * took ~20% less time with these, faster in 11 of 12 alternating rounds).
 * A period is a four-digit year, so there are few of either.
 */
const frames = new Map<string, Map<string, string>>();
const periods = new Map<string, string>();

function frameOf(base: string, period: string): string {
  if (period === '') return base;
  let byPeriod = frames.get(base);
  if (!byPeriod) frames.set(base, (byPeriod = new Map()));
  let frame = byPeriod.get(period);
  if (frame === undefined) byPeriod.set(period, (frame = base + period));
  return frame;
}

/** "@2024" when the sentence pins its figures to one explicit year, else ''. */
function sentencePeriod(figures: Figure[], from: number, to: number): string {
  let year: string | undefined;
  for (let i = from; i < to; i++) {
    const f = figures[i];
    if (f.kind !== 'date' || f.role !== 'claim' || !f.date || !f.date.resolved || f.date.relative) continue;
    const y = f.date.low.slice(0, 4);
    if (year === undefined) year = y;
    else if (y !== year) return '';
  }
  if (year === undefined) return '';
  let period = periods.get(year);
  if (period === undefined) periods.set(year, (period = `@${year}`));
  return period;
}

/** The actors of the nearest earlier sentence (within a few) that names any. */
function previousActors(
  text: string,
  units: Uint16Array,
  sentences: SentenceList,
  entities: EntityMention[],
  si: number,
  cache: Array<EntityMention[] | undefined>,
  tables: ClaimTables,
): EntityMention[] | undefined {
  for (let k = si - 1; k >= 0 && k >= si - LOOK_BACK_SENTENCES; k--) {
    let actors = cache[k];
    if (actors === undefined) {
      const s = sentences.span(k)!;
      entitiesWithin(entities, s);
      const { from, to } = within;
      actors = from === to ? [] : sentenceEntities(entities, from, to, earlierWords.read(text, units, s.start, s.end, tables.ids), tables.subject).actors;
      cache[k] = actors;
    }
    if (actors.length > 0) return actors;
  }
  return undefined;
}

/** Where entitiesWithin puts its answer: scratch, so that no list is sliced per sentence. */
const within = { from: 0, to: 0 };

/** Sets `within` to the index range of the entities inside a span (entities are sorted by start). */
function entitiesWithin(entities: EntityMention[], s: Span): void {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid].start < s.start) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < entities.length && entities[end].end <= s.end) end++;
  within.from = lo;
  within.to = end;
}
