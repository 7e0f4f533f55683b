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
import { tokenize, type TokenStream } from './tokens';
import { lineKinds } from './lines';
import { matchKnown } from './matchKnown';
import { findRuns } from './runs';
import { inferEntities } from './infer';
import { createNamer } from './naming';
import { addShortForms } from './shortForms';

/**
 * Texts longer than this are read in pieces cut at line breaks, so that the
 * per-token arrays of a 100 MB file never exist at once. Short forms then
 * hold within a piece (a megabyte of text), not across the whole file.
 */
export const CHUNK_CHARS = 1 << 20;

/** `units`, when given, holds the text's code units with a 0 after them (CodeUnitBuffer.of); a text read in pieces does without. */
export function extractEntities(text: string, lexicon: EntityLexicon, units?: Uint16Array): EntityMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  return text.length <= CHUNK_CHARS ? extractPiece(text, lexicon, units) : extractInPieces(text, lexicon, CHUNK_CHARS);
}

/** Reads text in pieces of at most `size` characters, cut after a line break (or a space) where there is one. */
export function extractInPieces(text: string, lexicon: EntityLexicon, size: number): EntityMention[] {
  const out: EntityMention[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + Math.max(1, size));
    if (end < text.length) end = cutPoint(text, start, end);
    for (const m of extractPiece(text.slice(start, end), lexicon)) {
      m.start += start;
      m.end += start;
      out.push(m);
    }
    start = end;
  }
  return out;
}

/** The offset after the last line break (else space) in (start, end], or end when there is none. */
function cutPoint(text: string, start: number, end: number): number {
  const newline = text.lastIndexOf('\n', end - 1);
  if (newline > start) return newline + 1;
  const space = text.lastIndexOf(' ', end - 1);
  return space > start ? space + 1 : end;
}

/**
 * The per-token arrays of the last piece, which the next piece fills again
 * instead of allocating its own: pieces are read one at a time, and none of
 * these arrays outlives extractPiece.
 */
const spare: { ts?: TokenStream; kinds?: Uint8Array; knownAt?: Int32Array; taken?: Uint8Array } = {};

function extractPiece(text: string, lexicon: EntityLexicon, units?: Uint16Array): EntityMention[] {
  const ts = tokenize(text, spare.ts, units);
  spare.ts = ts;
  if (ts.count === 0) return [];
  const kinds = lineKinds(ts, spare.kinds);
  spare.kinds = kinds;
  const known: Candidate[] = [];
  matchKnown(ts, lexicon, kinds, known);
  const knownAt = spare.knownAt !== undefined && spare.knownAt.length >= ts.count ? spare.knownAt : new Int32Array(ts.count);
  spare.knownAt = knownAt;
  knownAt.fill(-1, 0, ts.count);
  for (let k = 0; k < known.length; k++) knownAt.fill(k, known[k].first, known[k].last + 1);
  const candidates = known.slice();
  inferEntities({ ts, runs: findRuns(ts), kinds, knownAt, known, name: createNamer(ts, lexicon) }, candidates);
  const selection = selectCandidates(text, ts.count, candidates, lexicon.notEntities, spare.taken);
  spare.taken = selection.taken;
  addShortForms(ts, lexicon, kinds, selection);
  return toMentions(text, selection.kept);
}
