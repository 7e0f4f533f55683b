/**
 * Claims: each figure that carries one (role 'claim'; money, percent, count or
 * duration; with a known measure) tied to its subjects, measure, scope and
 * frame, read from its sentence.
 */
import type { Claim, EntityMention, Figure, Span } from '../model';
import type { Config } from '../config';
import { wordsIn, type Word } from '../text/words';
import type { SentenceList } from '../text/sentences';
import { clauseNumbers, hasBoundary } from './clauses';
import { claimKey } from './keys';
import { findConversions } from './conversions';
import { measureTables, readFrame, readMeasure, type MeasureTables } from './measure';
import { chooseSubjects, documentTopic, firstWordFrom, pointsBack, sentenceEntities, LOOK_BACK_SENTENCES, type SentenceEntities } from './subjects';

const CLAIM_KINDS = new Set<Figure['kind'] | undefined>(['money', 'percent', 'count', 'duration']);
const tablesByConfig = new WeakMap<Config, MeasureTables>();

export function buildClaims(text: string, sentences: SentenceList, figures: Figure[], entities: EntityMention[], config: Config): Claim[] {
  if (figures.length === 0) return [];
  let tables = tablesByConfig.get(config);
  if (!tables) tablesByConfig.set(config, (tables = measureTables(config.measures)));
  const conversions = findConversions(text, figures);
  const restated = new Map<number, Figure>();
  for (const [b, a] of conversions) restated.set(a, figures[b]);
  const topic = documentTopic(entities);

  const claims: Claim[] = [];
  const actorsBySentence: Array<EntityMention[] | undefined> = [];
  // Visit only the sentences that hold a figure: most sentences of an article hold none.
  for (let fi = 0; fi < figures.length; ) {
    const si = sentences.indexAt(figures[fi].start);
    if (si < 0) {
      fi++;
      continue;
    }
    const s = sentences.span(si)!;
    const firstFigure = fi;
    while (fi < figures.length && figures[fi].end <= s.end) fi++;
    if (fi === firstFigure) {
      fi++; // a figure straddling a sentence end belongs to no sentence
      continue;
    }
    const candidates: number[] = [];
    for (let k = firstFigure; k < fi; k++) if (isClaimCandidate(figures[k]) && !conversions.has(k)) candidates.push(k);
    if (candidates.length === 0) continue;
    const words = wordsIn(text, s.start, s.end);
    const clause = clauseNumbers(text, words);
    const own = sentenceEntities(text, s, entitiesWithin(entities, s), words, clause);
    actorsBySentence[si] = own.actors;
    const frame = readFrame(words) + sentencePeriod(figures, firstFigure, fi);
    for (const k of candidates) {
      const claim = readClaim(text, figures[k], k, s, words, clause, own, tables, topic, frame, restated.get(k), () =>
        previousActors(text, sentences, entities, si, actorsBySentence),
      );
      if (claim) claims.push(claim);
    }
  }
  return claims;
}

function isClaimCandidate(f: Figure): boolean {
  const kind = f.kind === 'range' ? f.rangeOf : f.kind;
  if (f.role !== 'claim' || !CLAIM_KINDS.has(kind)) return false;
  if (kind === 'money') return f.usd !== undefined && Number.isFinite(f.usd.low) && !Number.isNaN(f.usd.high);
  return Number.isFinite(f.low) && !Number.isNaN(f.high);
}

function readClaim(
  text: string,
  f: Figure,
  figureIndex: number,
  sentence: Span,
  words: Word[],
  clause: Int32Array,
  own: SentenceEntities,
  tables: MeasureTables,
  topic: string | undefined,
  frame: string,
  conversion: Figure | undefined,
  previous: () => EntityMention[] | undefined,
): Claim | undefined {
  const after = firstWordFrom(words, f.end);
  let before = after - 1;
  while (before >= 0 && words[before].end > f.start) before--;
  // A clause boundary right next to the figure cuts it off from that side.
  const cutBefore = before < 0 || hasBoundary(text, words[before].end, f.start);
  const cutAfter = after >= words.length || hasBoundary(text, f.end, words[after].start);
  const at = {
    before,
    after,
    clauseStart: cutBefore ? before + 1 : firstOfClause(clause, before),
    clauseEnd: cutAfter ? after : endOfClause(clause, after),
  };
  const reading = readMeasure(f, words, at, tables, frame);
  if (!reading) return undefined;
  const subjects = chooseSubjects(own, previous, pointsBack(words, before), topic);
  if (!subjects) return undefined;
  const claim: Claim = {
    figureIndex,
    figure: f,
    subjects: subjects.ids,
    basis: subjects.basis,
    measure: reading.measure,
    scope: reading.scope,
    frame: reading.frame,
    key: claimKey(subjects.ids.length === 1 ? subjects.ids[0] : subjects.ids.join('+'), reading.measure, reading.scope, reading.frame),
    matchKeys: subjects.ids.map((s) => claimKey(s, reading.measure, reading.scope, reading.frame)),
    sentence,
  };
  if (conversion) claim.conversion = conversion;
  return claim;
}

function firstOfClause(clause: Int32Array, i: number): number {
  let k = i;
  while (k > 0 && clause[k - 1] === clause[i]) k--;
  return k;
}

function endOfClause(clause: Int32Array, i: number): number {
  let k = i;
  while (k + 1 < clause.length && clause[k + 1] === clause[i]) k++;
  return k + 1;
}

/** "@2024" when the sentence pins its figures to one explicit year, else ''. */
function sentencePeriod(figures: Figure[], from: number, to: number): string {
  const years = new Set<string>();
  for (let i = from; i < to; i++) {
    const f = figures[i];
    if (f.kind !== 'date' || f.role !== 'claim' || !f.date || !f.date.resolved || f.date.relative) continue;
    years.add(f.date.low.slice(0, 4));
  }
  return years.size === 1 ? `@${[...years][0]}` : '';
}

/** The actors of the nearest earlier sentence (within a few) that names any. */
function previousActors(
  text: string,
  sentences: SentenceList,
  entities: EntityMention[],
  si: number,
  cache: Array<EntityMention[] | undefined>,
): EntityMention[] | undefined {
  for (let k = si - 1; k >= 0 && k >= si - LOOK_BACK_SENTENCES; k--) {
    let actors = cache[k];
    if (actors === undefined) {
      const s = sentences.span(k)!;
      const inside = entitiesWithin(entities, s);
      if (inside.length === 0) actors = [];
      else {
        const words = wordsIn(text, s.start, s.end);
        actors = sentenceEntities(text, s, inside, words, clauseNumbers(text, words)).actors;
      }
      cache[k] = actors;
    }
    if (actors.length > 0) return actors;
  }
  return undefined;
}

/** The entities inside a span (entities are sorted by start). */
function entitiesWithin(entities: EntityMention[], s: Span): EntityMention[] {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid].start < s.start) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < entities.length && entities[end].end <= s.end) end++;
  return entities.slice(lo, end);
}
