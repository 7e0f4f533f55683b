/**
 * Unknown organizations and programmes found from evidence in the text, one
 * rule per kind of evidence. Every rule works on name runs of body lines
 * (never headlines or handles) and each run yields at most one name.
 * Precision first: a rule that is not sure stays silent.
 */
import type { Candidate } from './candidates';
import type { Run } from './runs';
import type { Namer } from './naming';
import { GAP_COMMA, GAP_HYPHEN, GAP_SPACE, INNER_CAP, UPPER, DIGIT, SENT_START, LOWER_START, type TokenStream } from './tokens';
import { BODY } from './lines';
import { orgVerbAfter, personTitleBefore, tokenWord, NO_VERB, STRONG_VERB } from './context';
import { isTrailingAbbreviation } from './keys';
import {
  APPOSITIVE_CONTINUATIONS, APPOSITIVE_HEADS, CLASSIFIER_LINKS, COMMON_ACRONYMS, GENERIC_WORDS, GIVEN_NAMES, INSTITUTION_HEADS, NAME_CONNECTORS,
  ORG_CLASSIFIERS, ORG_SUFFIXES, PROGRAMME_SUFFIXES, STOP_CAPITALIZED,
} from './vocabulary';

export interface InferenceInput {
  ts: TokenStream;
  runs: Run[];
  kinds: Uint8Array;
  /** For each token, the index of the known candidate covering it, or -1. */
  knownAt: Int32Array;
  known: Candidate[];
  name: Namer;
}

/** A word that can tell one organization from another: not a stop word, generic word, suffix or common acronym. */
function isDistinctive(ts: TokenStream, i: number): boolean {
  const w = tokenWord(ts, i);
  if (ts.flags[i] & LOWER_START && (ts.flags[i] & INNER_CAP) === 0) return false;
  if (w.length < 2 && (ts.flags[i] & DIGIT) === 0) return false;
  return !STOP_CAPITALIZED.has(w) && !GENERIC_WORDS.has(w) && !ORG_SUFFIXES.has(w) && !PROGRAMME_SUFFIXES.has(w) && !COMMON_ACRONYMS.has(w);
}

function anyDistinctive(ts: TokenStream, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (isDistinctive(ts, i)) return true;
  return false;
}

/** A person's name rather than an organization: "Masayoshi Son", "Mr. Son". */
function looksLikePerson(ts: TokenStream, first: number, last: number): boolean {
  if (personTitleBefore(ts, first)) return true;
  return last > first && last - first <= 2 && GIVEN_NAMES.has(tokenWord(ts, first));
}

/** First token of a run after leading stop words ("The", "In", "January" …) and connectors. */
function trimLeading(ts: TokenStream, run: Run): number {
  let a = run.first;
  while (a <= run.last && (STOP_CAPITALIZED.has(tokenWord(ts, a)) || ts.flags[a] & LOWER_START && NAME_CONNECTORS.has(tokenWord(ts, a)))) a++;
  return a;
}

export function inferEntities(input: InferenceInput, out: Candidate[]): void {
  const { ts, runs, kinds } = input;
  const inferredRun = new Uint8Array(runs.length);
  /** Set while the runs are items of a list a classifier introduced: "startups like A, B and C". */
  let classifiedList = false;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r];
    if (classifiedList && !(r > 0 && listLinked(ts, runs[r - 1].last, run.first))) classifiedList = false;
    if (kinds[run.first] !== BODY) continue;
    const k = input.knownAt[run.first];
    if (k >= 0 && input.known[k].last >= run.last) {
      // A run the lexicon names whole: inference could only name it again, with less authority.
      if (classifiedBefore(ts, run.first)) classifiedList = true;
      continue;
    }
    const a = trimLeading(ts, run);
    if (a > run.last) continue;
    let c = bySuffix(input, a, run.last) ?? byInstitutionHead(input, a, run.last) ?? byBracketSource(input, run, a) ?? byAppositive(input, run, a);
    if (!c && (classifiedList || classifiedBefore(ts, a)) && a === run.first && acceptableName(ts, a, run.last) && input.knownAt[a] < 0) {
      c = input.name(a, run.last, 'organization');
      classifiedList = true;
    } else if (classifiedBefore(ts, a) || (classifiedList && input.knownAt[a] >= 0)) {
      classifiedList = true; // a known name or an inferred one can head the list too
    }
    c ??= byVerb(input, a, run.last);
    if (c) {
      out.push(c);
      inferredRun[r] = 1;
    }
  }
  byListWithKnown(input, inferredRun, out);
}

/**
 * "Acme Robotics", "Mizuho Holdings Inc.", "the Genesis Mission": a run with an
 * organization or programme suffix after at least one distinctive word. The
 * name ends at the suffix (and any suffix words right after it, or an
 * "of …" tail): "Acme Capital Partners", "Acme Bank of Commerce".
 */
function bySuffix({ ts, name }: InferenceInput, a: number, b: number): Candidate | undefined {
  for (let s = a + 1; s <= b; s++) {
    const w = tokenWord(ts, s);
    const programme = PROGRAMME_SUFFIXES.has(w);
    if (!programme && !ORG_SUFFIXES.has(w) && !isTrailingAbbreviation(w)) continue;
    a = afterLeadingPhrase(ts, a, s);
    if (!anyDistinctive(ts, a, s - 1)) continue;
    let e = s;
    while (e + 1 <= b && (ORG_SUFFIXES.has(tokenWord(ts, e + 1)) || isTrailingAbbreviation(tokenWord(ts, e + 1)))) e++;
    if (e + 1 <= b && ts.flags[e + 1] & LOWER_START) e = b; // "… Bank of Commerce"
    if (looksLikePerson(ts, a, s - 1)) return undefined;
    return name(a, e, programme && e === s ? 'programme' : 'organization');
  }
  return undefined;
}

/**
 * Where a suffixed name starts inside a run: after "Shares of", "Chairman of
 * the" and the like, unless what comes before the connector is itself an
 * institution ("Bank of Tokyo Holdings").
 */
function afterLeadingPhrase(ts: TokenStream, a: number, s: number): number {
  let start = a;
  for (let k = a; k < s; k++) {
    const w = tokenWord(ts, k);
    if (INSTITUTION_HEADS.has(w) || ORG_SUFFIXES.has(w)) return start;
    if (ts.flags[k] & LOWER_START && NAME_CONNECTORS.has(w)) start = k + 1;
  }
  while (start < s && ts.flags[start] & LOWER_START) start++;
  return start;
}

/** "Ministry of Defense", "University of Tokyo": an institution head, "of"/"for", a distinctive name. */
function byInstitutionHead({ ts, name }: InferenceInput, a: number, b: number): Candidate | undefined {
  for (let h = a; h + 2 <= b; h++) {
    if (!INSTITUTION_HEADS.has(tokenWord(ts, h))) continue;
    const link = tokenWord(ts, h + 1);
    if (link !== 'of' && link !== 'for') continue;
    if (!anyDistinctive(ts, h + 2, b)) return undefined;
    return name(h, b, 'organization');
  }
  return undefined;
}

/** "[Coin World] Japan is …", "(Reuters) -": a source tag in brackets at the start of a line. */
function byBracketSource({ ts, name }: InferenceInput, run: Run, a: number): Candidate | undefined {
  if (a !== run.first || run.last - run.first > 3) return undefined;
  const { text } = ts;
  const open = ts.starts[run.first] - 1;
  const close = ts.ends[run.last];
  const o = text.charCodeAt(open);
  const c = text.charCodeAt(close);
  if (!((o === 91 && c === 93) || (o === 40 && c === 41))) return undefined;
  let lineStart = open;
  while (lineStart > 0 && (text.charCodeAt(lineStart - 1) === 32 || text.charCodeAt(lineStart - 1) === 9)) lineStart--;
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) return undefined;
  // Text must follow on the same line: a tag, not a bracketed label on its own.
  let k = close + 1;
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 45 || text.charCodeAt(k) === 0x2014)) k++;
  if (k >= text.length || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13) return undefined;
  if (!anyDistinctive(ts, run.first, run.last)) return undefined;
  return name(run.first, run.last, 'organization');
}

/** Whether the words right before token a classify it: "startup Zoox", "a company called X", "firms such as X". */
function classifiedBefore(ts: TokenStream, a: number): boolean {
  const p = a - 1;
  if (p < 0 || ts.gaps[p] !== GAP_SPACE || (ts.flags[p] & LOWER_START) === 0) return false;
  const w = tokenWord(ts, p);
  if (ORG_CLASSIFIERS.has(w)) return true;
  if (p >= 1 && ts.gaps[p - 1] === GAP_SPACE) {
    if (CLASSIFIER_LINKS.has(w)) return isClassifier(ts, p - 1);
    if (w === 'as' && p >= 2 && tokenWord(ts, p - 1) === 'such') return isClassifier(ts, p - 2);
  }
  return false;
}

/** A classifier noun, also capitalized at the start of a sentence: "Lenders including …". */
function isClassifier(ts: TokenStream, i: number): boolean {
  const w = tokenWord(ts, i);
  if (ORG_CLASSIFIERS.has(w)) return true;
  return (ts.flags[i] & SENT_START) !== 0 && ORG_CLASSIFIERS.has(w.toLowerCase());
}

/**
 * "Zentrix, a German chipmaker, …": a name followed by a comma and a short
 * noun phrase headed by a noun that only names companies (not "investor" or
 * "partner", which people are too).
 */
function byAppositive({ ts, name }: InferenceInput, run: Run, a: number): Candidate | undefined {
  const b = run.last;
  if (a !== run.first || b + 2 >= ts.count || ts.gaps[b] !== GAP_COMMA) return undefined;
  const article = tokenWord(ts, b + 1);
  if (article !== 'a' && article !== 'an' && article !== 'the') return undefined;
  for (let k = b + 2; k <= b + 6 && k < ts.count; k++) {
    if (ts.gaps[k - 1] !== GAP_SPACE && ts.gaps[k - 1] !== GAP_HYPHEN) return undefined;
    if (ts.flags[k] & LOWER_START && APPOSITIVE_HEADS.has(tokenWord(ts, k))) {
      // The noun ends the phrase ("a German chipmaker,"), or a participle follows ("a startup based in …").
      const ends = k + 1 >= ts.count || ts.gaps[k] !== GAP_SPACE || APPOSITIVE_CONTINUATIONS.has(tokenWord(ts, k + 1));
      return ends && acceptableName(ts, a, b) ? name(a, b, 'organization') : undefined;
    }
  }
  return undefined;
}

function acceptableName(ts: TokenStream, a: number, b: number): boolean {
  if (b - a > 4 || !anyDistinctive(ts, a, b) || looksLikePerson(ts, a, b)) return false;
  return true;
}

/**
 * "Acme Robotics announced …", "Zoox has acquired …": a name in subject
 * position with an organization verb. A lone capitalized word needs a strong
 * verb or the shape of a brand (an acronym, "OpenAI"), and is never taken at
 * the start of a sentence unless it has that shape.
 */
function byVerb({ ts, name }: InferenceInput, a: number, b: number): Candidate | undefined {
  const verb = orgVerbAfter(ts, b);
  if (verb === NO_VERB || !acceptableName(ts, a, b)) return undefined;
  if (a === b) {
    const f = ts.flags[a];
    const branded = (f & (INNER_CAP | UPPER)) !== 0;
    if (GIVEN_NAMES.has(tokenWord(ts, a))) return undefined;
    if (f & SENT_START ? !branded : !branded && verb !== STRONG_VERB) return undefined;
  }
  return name(a, b, 'organization');
}

/**
 * "SoftBank, Sony, Honda and Zeta": an unknown name listed with known
 * organizations is one too. Lists of three or more accept any distinctive
 * name; a pair accepts only brand-shaped ones (acronyms, camel case).
 */
function byListWithKnown(input: InferenceInput, inferredRun: Uint8Array, out: Candidate[]): void {
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
function listLinked(ts: TokenStream, last: number, next: number): boolean {
  if (next === last + 1) return ts.gaps[last] === GAP_COMMA;
  if (next !== last + 2) return false;
  const w = tokenWord(ts, last + 1);
  return (w === 'and' || w === 'or') && (ts.gaps[last] === GAP_SPACE || ts.gaps[last] === GAP_COMMA) && ts.gaps[last + 1] === GAP_SPACE;
}
