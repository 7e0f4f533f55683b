/**
 * Which entities a figure is about. In order of preference: organizations and
 * programmes in its sentence (not sources or points of comparison), then those
 * of a recent sentence when the figure's sentence points back to them ("the
 * consortium", "it"), then places in the sentence, then the document's topic
 * (its most-mentioned organization or programme).
 */
import type { Claim, EntityMention, Sentence } from '../model';
import type { Word } from '../text/words';
import { ANAPHORA, NON_SUBJECT_CUES } from './vocabulary';

/** Source and comparison cue phrases by their last word: a word that ends none is passed over with one lookup. */
const CUE_PHRASES_BY_LAST = new Map<string, string[][]>();
for (const cue of NON_SUBJECT_CUES) {
  const words = cue.split(' ');
  const last = words[words.length - 1];
  CUE_PHRASES_BY_LAST.set(last, [...(CUE_PHRASES_BY_LAST.get(last) ?? []), words]);
}
const LOOK_BACK_SENTENCES = 3;

export interface SentenceEntities {
  /** Orgs and programmes that may be subjects. */
  actors: EntityMention[];
  places: EntityMention[];
}

/** Splits a sentence's entities into candidate subjects, dropping sources and comparisons. */
export function sentenceEntities(text: string, sentence: Sentence, entities: EntityMention[], words: Word[], clause: Int32Array): SentenceEntities {
  const actors: EntityMention[] = [];
  const places: EntityMention[] = [];
  for (const e of entities) {
    if (isNonSubject(e, words, clause)) continue;
    (e.type === 'place' ? places : actors).push(e);
  }
  return { actors, places };
}

/** True when a source or comparison cue stands before the entity in its clause. */
function isNonSubject(e: EntityMention, words: Word[], clause: Int32Array): boolean {
  let i = firstWordFrom(words, e.start) - 1;
  if (i < 0) return false;
  const c = clause[Math.min(i + 1, words.length - 1)];
  for (; i >= 0 && clause[i] === c; i--) {
    const phrases = CUE_PHRASES_BY_LAST.get(words[i].text);
    if (!phrases) continue;
    for (const phrase of phrases) {
      const first = i - phrase.length + 1;
      if (first < 0) continue;
      let ok = true;
      for (let k = 0; k < phrase.length && ok; k++) ok = words[first + k].text === phrase[k];
      if (ok) return true;
    }
  }
  return false;
}

/** Index of the first word starting at or after offset (binary search); words.length when none does. */
export function firstWordFrom(words: Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when the words before the figure point back to something named earlier. */
export function pointsBack(words: Word[], upTo: number): boolean {
  for (let i = 0; i <= upTo && i < words.length; i++) {
    const w = words[i].text;
    if (!ANAPHORA.has(w)) continue;
    if (w === 'it' || w === 'they' || w === 'its' || w === 'their') return true;
    const prev = i > 0 ? words[i - 1].text : '';
    if (prev === 'the' || prev === 'this' || prev === 'that' || prev === 'these') return true;
  }
  return false;
}

/** The most-mentioned organization or programme of a document (at least two mentions), if any. */
export function documentTopic(entities: EntityMention[]): string | undefined {
  const counts = new Map<string, number>();
  for (const e of entities) if (e.type !== 'place') counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 1;
  for (const [id, n] of counts) if (n > bestCount || (n === bestCount && best !== undefined && id < best)) {
    best = id;
    bestCount = n;
  }
  return best;
}

export function chooseSubjects(
  own: SentenceEntities,
  previousActors: () => EntityMention[] | undefined,
  pointsBackToEarlier: boolean,
  topic: string | undefined,
): { ids: string[]; basis: Claim['basis'] } | undefined {
  const ids = (list: EntityMention[]) => [...new Set(list.map((e) => e.id))].sort();
  if (own.actors.length > 0) return { ids: ids(own.actors), basis: 'sentence' };
  const earlier = pointsBackToEarlier ? previousActors() : undefined;
  if (earlier && earlier.length > 0) return { ids: ids(earlier), basis: 'anaphora' };
  if (own.places.length > 0) return { ids: ids(own.places), basis: 'place' };
  if (topic) return { ids: [topic], basis: 'topic' };
  return undefined;
}

export { LOOK_BACK_SENTENCES };
