/**
 * Finds the names of the lexicon in a text: at each token that could start a
 * name, looks up the longest run of 1–N tokens (N from the lexicon) in one
 * Map. No regular expression per entry. The first token is looked up in
 * place (the lexicon's token table), which also gives its word class; a key
 * of several tokens is one slice.
 */
import type { Candidate } from './candidates';
import type { EntityLexicon, LexiconHit } from './types';
import * as tokens from './tokens';
import type { TokenStream } from './tokens';
import * as keys from './keys';
import * as lines from './lines';
import { GIVEN_NAME, isClass, knowWordClass } from './wordClasses';
import * as context from './context';

// Local copies: these run once per token, and under tsx (tests, bench) an imported binding costs a getter call.
const { CAP, SENT_START, POSSESSIVE, GAP_SPACE } = tokens;
const { joinable, keyOf } = keys;
const { BODY, HANDLE } = lines;
const { attributionBefore, extendOverLegalSuffix, orgVerbAfter, tokenWord, NO_VERB } = context;

const ARTICLES: ReadonlySet<string> = new Set(['the', 'The', 'a', 'A', 'an', 'An', 'this', 'This', 'that', 'That']);

export function matchKnown(ts: TokenStream, lexicon: EntityLexicon, kinds: Uint8Array, out: Candidate[]): void {
  const { byKey, tokenTable, innerTokenFilter } = lexicon;
  const { names, nameCount } = ts;
  // Names start at name tokens only; a match moves `after` past its last token.
  let after = -1;
  for (let p = 0; p < nameCount; p++) {
    const i = names[p];
    if (i <= after || kinds[i] === HANDLE) continue;
    const info = tokenTable.get(ts.text, ts.starts[i], ts.ends[i]);
    // The same lookup gives the token's word class, which the inference rules ask for next.
    knowWordClass(ts, i, info === undefined ? 0 : info.classes);
    const firstToken = info?.first;
    if (firstToken === undefined) continue;
    const { maxTokens } = firstToken;
    let longest = 1;
    while (longest < maxTokens && i + longest < ts.count && joinable(ts.gaps[i + longest - 1]) && innerTokenFilter.mayHave(ts.text, ts.starts[i + longest], ts.ends[i + longest])) longest++;
    for (let n = longest; n >= 1; n--) {
      const last = i + n - 1;
      const hit = n === 1 ? firstToken.single : byKey.get(keyOf(ts, i, last));
      if (!hit) continue;
      if (hit.ambiguous && !ambiguousNameFits(ts, i, last, kinds, lexicon)) break;
      if (n === 1 && hit.entry.type === 'place' && afterGivenName(ts, i)) break; // "George Washington", "Jack London"
      out.push(candidateFor(ts, i, last, hit));
      after = last;
      break;
    }
  }
}

/** A candidate for a lexicon hit, extended over a legal suffix that follows it ("Preferred Networks Inc."). */
function candidateFor(ts: TokenStream, first: number, last: number, hit: LexiconHit): Candidate {
  const ext = extendOverLegalSuffix(ts, last);
  const e = hit.entry;
  return { first, last: ext.last, start: ts.starts[first], end: ext.end, id: e.id, name: e.name, type: e.type, source: e.source };
}

/** Whether a given name stands right before token i: the name is a person's, not a place's. */
function afterGivenName(ts: TokenStream, i: number): boolean {
  return i > 0 && ts.gaps[i - 1] === GAP_SPACE && (ts.flags[i - 1] & CAP) !== 0 && isClass(ts, i - 1, GIVEN_NAME);
}

/**
 * A one-word name that is also a common word ("Gate", "Decrypt") counts only
 * where the word cannot be ordinary: after "by"/"via"/"according to", or in
 * body text mid-sentence (not after an article, nor before another capitalized
 * word, which makes a person's name: "Jordan Peterson"), or sentence-initial with a possessive
 * or an organization verb.
 */
function ambiguousNameFits(ts: TokenStream, first: number, last: number, kinds: Uint8Array, lexicon: EntityLexicon): boolean {
  if (attributionBefore(ts, first)) return true;
  if (kinds[first] !== BODY) return false;
  // "the Gate", "a Circle": an article makes it the common noun.
  if (first > 0 && ts.gaps[first - 1] === GAP_SPACE && ARTICLES.has(tokenWord(ts, first - 1))) return false;
  if (ts.flags[last] & POSSESSIVE) return true;
  if (orgVerbAfter(ts, last) !== NO_VERB) return true;
  if (ts.flags[first] & SENT_START) return false;
  const next = last + 1;
  if (next < ts.count && ts.gaps[last] === GAP_SPACE && ts.flags[next] & CAP && lexicon.tokenTable.get(ts.text, ts.starts[next], ts.ends[next])?.first === undefined) return false;
  return true;
}
