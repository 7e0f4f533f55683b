/**
 * Inference from the words around a name: a classifier before it ("startup
 * Zoox", "firms such as …"), an appositive after it ("Zentrix, a German
 * chipmaker"), an organization verb ("… announced"), a list with known
 * organizations ("SoftBank, Sony and Zeta").
 */
import type { Candidate } from './candidates';
import type { Run } from './runs';
import { GAP_COMMA, GAP_HYPHEN, GAP_SPACE, INNER_CAP, UPPER, SENT_START, LOWER_START, tokenIs, type TokenStream } from './tokens';
import { BODY } from './lines';
import { orgVerbAfter, tokenWord, NO_VERB, STRONG_VERB } from './context';
import { acceptableName, trimLeading, type InferenceInput } from './evidence';
import { ORG_CLASSIFIERS } from './vocabulary';
import { APPOSITIVE_CONTINUATION, APPOSITIVE_HEAD, CLASSIFIER_LINK, GIVEN_NAME, ORG_CLASSIFIER, isClass, wordClass } from './wordClasses';

/** Whether the words right before token a classify it: "startup Zoox", "a company called X", "firms such as X". */
export function classifiedBefore(ts: TokenStream, a: number): boolean {
  const p = a - 1;
  if (p < 0 || ts.gaps[p] !== GAP_SPACE || (ts.flags[p] & LOWER_START) === 0) return false;
  const cls = wordClass(ts, p);
  if (cls & ORG_CLASSIFIER) return true;
  if (p >= 1 && ts.gaps[p - 1] === GAP_SPACE) {
    if (cls & CLASSIFIER_LINK) return isClassifier(ts, p - 1);
    if (tokenIs(ts, p, 'as') && p >= 2 && tokenIs(ts, p - 1, 'such')) return isClassifier(ts, p - 2);
  }
  return false;
}

/** A classifier noun, also capitalized at the start of a sentence: "Lenders including …". */
function isClassifier(ts: TokenStream, i: number): boolean {
  if (isClass(ts, i, ORG_CLASSIFIER)) return true;
  return (ts.flags[i] & SENT_START) !== 0 && ORG_CLASSIFIERS.has(tokenWord(ts, i).toLowerCase());
}

/**
 * "Zentrix, a German chipmaker, …": a name followed by a comma and a short
 * noun phrase headed by a noun that only names companies (not "investor" or
 * "partner", which people are too).
 */
export function byAppositive({ ts, name }: InferenceInput, run: Run, a: number): Candidate | undefined {
  const b = run.last;
  if (a !== run.first || b + 2 >= ts.count || ts.gaps[b] !== GAP_COMMA) return undefined;
  if (!tokenIs(ts, b + 1, 'a') && !tokenIs(ts, b + 1, 'an') && !tokenIs(ts, b + 1, 'the')) return undefined;
  for (let k = b + 2; k <= b + 6 && k < ts.count; k++) {
    if (ts.gaps[k - 1] !== GAP_SPACE && ts.gaps[k - 1] !== GAP_HYPHEN) return undefined;
    if (ts.flags[k] & LOWER_START && isClass(ts, k, APPOSITIVE_HEAD)) {
      // The noun ends the phrase ("a German chipmaker,"), or a participle follows ("a startup based in …").
      const ends = k + 1 >= ts.count || ts.gaps[k] !== GAP_SPACE || isClass(ts, k + 1, APPOSITIVE_CONTINUATION);
      return ends && acceptableName(ts, a, b) ? name(a, b, 'organization') : undefined;
    }
  }
  return undefined;
}

/**
 * "Acme Robotics announced …", "Zoox has acquired …": a name in subject
 * position with an organization verb. A lone capitalized word needs a strong
 * verb or the shape of a brand (an acronym, "OpenAI"), and is never taken at
 * the start of a sentence unless it has that shape.
 */
export function byVerb({ ts, name }: InferenceInput, a: number, b: number): Candidate | undefined {
  const verb = orgVerbAfter(ts, b);
  if (verb === NO_VERB || !acceptableName(ts, a, b)) return undefined;
  // "Startup Founders launched …": at the start of a sentence, a plural noun is a subject, not a name.
  if (ts.flags[a] & SENT_START && endsLikePlural(ts, b)) return undefined;
  if (a === b) {
    const f = ts.flags[a];
    const branded = (f & (INNER_CAP | UPPER)) !== 0;
    if (isClass(ts, a, GIVEN_NAME)) return undefined;
    if (f & SENT_START ? !branded : !branded && verb !== STRONG_VERB) return undefined;
  }
  return name(a, b, 'organization');
}

function endsLikePlural(ts: TokenStream, i: number): boolean {
  const end = ts.ends[i];
  return end - ts.starts[i] > 3 && ts.text.charCodeAt(end - 1) === 115 && ts.text.charCodeAt(end - 2) !== 115 && (ts.flags[i] & UPPER) === 0;
}

/**
 * "SoftBank, Sony, Honda and Zeta": an unknown name listed with known
 * organizations is one too. Lists of three or more accept any distinctive
 * name; a pair accepts only brand-shaped ones (acronyms, camel case).
 */
export function byListWithKnown(input: InferenceInput, inferredRun: Uint8Array, out: Candidate[]): void {
  const { ts, runs, kinds, knownAt, known, name } = input;
  let r = 0;
  while (r < runs.length) {
    let end = r;
    while (end + 1 < runs.length && listLinked(ts, runs[end].last, runs[end + 1].first)) end++;
    if (end > r && kinds[runs[r].first] === BODY) {
      let hasKnownOrg = false;
      for (let k = r; k <= end; k++) {
        const idx = knownAt[runs[k].first];
        if (idx >= 0 && known[idx].type === 'organization' && known[idx].last === runs[k].last) hasKnownOrg = true;
      }
      if (hasKnownOrg) {
        const items = end - r + 1;
        for (let k = r; k <= end; k++) {
          const run = runs[k];
          if (inferredRun[k] || knownAt[run.first] >= 0 || knownAt[run.last] >= 0) continue;
          const a = trimLeading(ts, run);
          if (a !== run.first || !acceptableName(ts, a, run.last)) continue;
          const branded = a === run.last && (ts.flags[a] & (INNER_CAP | UPPER)) !== 0;
          if (items < 3 && !branded) continue;
          out.push(name(a, run.last, 'organization'));
        }
      }
    }
    r = end + 1;
  }
}

/** Whether two runs are items of one list: "A, B", "A and B", "A, and B", "A or B". */
export function listLinked(ts: TokenStream, last: number, next: number): boolean {
  if (next === last + 1) return ts.gaps[last] === GAP_COMMA;
  if (next !== last + 2) return false;
  return (ts.gaps[last] === GAP_SPACE || ts.gaps[last] === GAP_COMMA) && ts.gaps[last + 1] === GAP_SPACE && (tokenIs(ts, last + 1, 'and') || tokenIs(ts, last + 1, 'or'));
}
