/**
 * Finds the organizations, places and programmes named in a text, in order:
 * names the lexicon knows, names inferred from evidence in the text, then
 * short forms of the names the document spells out. Never throws; returns
 * non-overlapping mentions sorted by start.
 */
import type { EntityMention } from '../../model';
import type { EntityLexicon } from './types';
import type { Candidate } from './candidates';
import { selectCandidates, toMentions } from './candidates';
import { tokenize } from './tokens';
import { lineKinds } from './lines';
import { matchKnown } from './matchKnown';
import { findRuns } from './runs';
import { inferEntities } from './infer';
import { createNamer } from './naming';
import { addShortForms } from './shortForms';

export function extractEntities(text: string, lexicon: EntityLexicon): EntityMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const ts = tokenize(text);
  if (ts.count === 0) return [];
  const kinds = lineKinds(ts);
  const known: Candidate[] = [];
  matchKnown(ts, lexicon, kinds, known);
  const knownAt = new Int32Array(ts.count).fill(-1);
  for (let k = 0; k < known.length; k++) knownAt.fill(k, known[k].first, known[k].last + 1);
  const candidates = known.slice();
  inferEntities({ ts, runs: findRuns(ts), kinds, knownAt, known, name: createNamer(ts, lexicon) }, candidates);
  const selection = selectCandidates(text, ts.count, candidates, lexicon.notEntities);
  addShortForms(ts, lexicon, kinds, selection);
  return toMentions(text, selection.kept);
}
