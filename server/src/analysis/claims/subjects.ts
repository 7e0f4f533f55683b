/**
 * Which entities a figure is about. In order of preference: organizations and
 * programmes in its sentence (not sources or points of comparison), then those
 * of a recent sentence when the figure's sentence points back to them ("the
 * consortium", "it"), then places in the sentence, then the document's topic
 * (its most-mentioned organization or programme).
 */
import type { Claim, EntityMention } from '../model';
import type { SentenceWords } from './sentenceWords';
import type { WordIds } from './wordIds';
import { ANAPHORA, NON_SUBJECT_CUES, POINTING_DETERMINERS, POINTING_PRONOUNS } from './vocabulary';

const LOOK_BACK_SENTENCES = 3;

export interface SubjectTables {
  /** Source and comparison cue phrases (word ids) by the id of their last word: a word that ends none is passed over with one load. */
  cuesByLast: Array<number[][] | undefined>;
  /** By word id: ANAPHOR, PRONOUN, DETERMINER bits. */
  pointing: Uint8Array;
}

const ANAPHOR = 1;
const PRONOUN = 2;
const DETERMINER = 4;

/** The tables for a vocabulary that holds their words (see claimVocabulary). */
export function subjectTables(ids: WordIds): SubjectTables {
  const cuesByLast: Array<number[][] | undefined> = new Array(ids.size).fill(undefined);
  for (const cue of NON_SUBJECT_CUES) {
    const phrase = cue.split(' ').map((w) => ids.idOf(w));
    (cuesByLast[phrase[phrase.length - 1]] ??= []).push(phrase);
  }
  const pointing = new Uint8Array(ids.size);
  for (const w of ANAPHORA) pointing[ids.idOf(w)] |= ANAPHOR;
  for (const w of POINTING_PRONOUNS) pointing[ids.idOf(w)] |= PRONOUN;
  for (const w of POINTING_DETERMINERS) pointing[ids.idOf(w)] |= DETERMINER;
  pointing[0] = 0;
  return { cuesByLast, pointing };
}

export interface SentenceEntities {
  /** Orgs and programmes that may be subjects. */
  actors: EntityMention[];
  places: EntityMention[];
}

/** Splits a sentence's entities, entities[from, to), into candidate subjects, dropping sources and comparisons. */
export function sentenceEntities(entities: EntityMention[], from: number, to: number, words: SentenceWords, tables: SubjectTables): SentenceEntities {
  const actors: EntityMention[] = [];
  const places: EntityMention[] = [];
  for (let k = from; k < to; k++) {
    const e = entities[k];
    if (isNonSubject(e, words, tables)) continue;
    (e.type === 'place' ? places : actors).push(e);
  }
  return { actors, places };
}

/** True when a source or comparison cue stands before the entity in its clause. */
function isNonSubject(e: EntityMention, words: SentenceWords, tables: SubjectTables): boolean {
  let i = words.firstFrom(e.start) - 1;
  if (i < 0) return false;
  const { ids, clauses } = words;
  const c = clauses[Math.min(i + 1, words.count - 1)];
  for (; i >= 0 && clauses[i] === c; i--) {
    const phrases = tables.cuesByLast[ids[i]];
    if (phrases === undefined) continue;
    for (const phrase of phrases) {
      const first = i - phrase.length + 1;
      if (first < 0) continue;
      let ok = true;
      for (let k = 0; k < phrase.length && ok; k++) ok = ids[first + k] === phrase[k];
      if (ok) return true;
    }
  }
  return false;
}

/**
 * Index of the first word that points back to something named earlier ("it",
 * "the consortium"), or words.count: the words before a figure point back when
 * this index is at most that of the last word before it.
 */
export function pointerIndex(words: SentenceWords, tables: SubjectTables): number {
  const { ids } = words;
  for (let i = 0; i < words.count; i++) {
    const w = tables.pointing[ids[i]];
    if ((w & ANAPHOR) === 0) continue;
    if (w & PRONOUN) return i;
    if (i > 0 && tables.pointing[ids[i - 1]] & DETERMINER) return i;
  }
  return words.count;
}

/** The subjects of a claim, made once per sentence (or per document for the topic) and shared by its claims. */
export interface Subjects {
  /** Canonical ids, sorted and distinct. */
  ids: string[];
  basis: Claim['basis'];
  /** The ids joined with '+'. */
  joined: string;
}

function subjectsOf(list: EntityMention[], basis: Claim['basis']): Subjects {
  // A sentence names a few entities: a scan of the ids kept so far spares a Set and its copy.
  const ids = [list[0].id];
  for (let k = 1; k < list.length; k++) if (!ids.includes(list[k].id)) ids.push(list[k].id);
  if (ids.length === 1) return { ids, basis, joined: ids[0] };
  ids.sort();
  return { ids, basis, joined: ids.join('+') };
}

/** The most-mentioned organization or programme of a document (at least two mentions), as subjects, if any. */
export function documentTopic(entities: EntityMention[]): Subjects | undefined {
  const counts = new Map<string, number>();
  for (const e of entities) if (e.type !== 'place') counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 1;
  for (const [id, n] of counts) if (n > bestCount || (n === bestCount && best !== undefined && id < best)) {
    best = id;
    bestCount = n;
  }
  return best ? { ids: [best], basis: 'topic', joined: best } : undefined;
}

/** The choice of subjects for the figures of one sentence; each candidate list is made once, when first needed. */
export class SentenceSubjects {
  private readonly own?: Subjects;
  private earlier?: Subjects | null;
  private places?: Subjects | null;

  constructor(
    private readonly entities: SentenceEntities,
    private readonly earlierActors: () => EntityMention[] | undefined,
    private readonly topic: () => Subjects | undefined,
  ) {
    if (entities.actors.length > 0) this.own = subjectsOf(entities.actors, 'sentence');
  }

  /** The subjects of a figure, given whether the words before it point back to an earlier sentence. */
  choose(pointsBack: boolean): Subjects | undefined {
    if (this.own) return this.own;
    if (pointsBack) {
      if (this.earlier === undefined) {
        const actors = this.earlierActors();
        this.earlier = actors && actors.length > 0 ? subjectsOf(actors, 'anaphora') : null;
      }
      if (this.earlier) return this.earlier;
    }
    if (this.places === undefined) this.places = this.entities.places.length > 0 ? subjectsOf(this.entities.places, 'place') : null;
    return this.places ?? this.topic();
  }
}

export { LOOK_BACK_SENTENCES };
