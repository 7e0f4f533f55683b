/**
 * Unknown organizations and programmes found from evidence in the text.
 * Every rule works on name runs of body lines (never headlines or handles)
 * and each run yields at most one name. Precision first: a rule that is not
 * sure stays silent. The rules live in inferByShape.ts and inferByContext.ts.
 */
import type { Candidate } from './candidates';
import { BODY } from './lines';
import { acceptableName, trimLeading, type InferenceInput } from './evidence';
import { byBracketSource, byInstitutionHead, bySuffix } from './inferByShape';
import { byAppositive, byListWithKnown, byVerb, classifiedBefore, listLinked } from './inferByContext';

export type { InferenceInput } from './evidence';

/** inferredRun's array, reused between calls (inferEntities finishes with it before it returns). */
let inferredRuns = new Uint8Array(256);

export function inferEntities(input: InferenceInput, out: Candidate[]): void {
  const { ts, runs, kinds } = input;
  if (inferredRuns.length < runs.length) inferredRuns = new Uint8Array(runs.length * 2);
  const inferredRun = inferredRuns.fill(0, 0, runs.length);
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
    // A classifier covers its whole list, whichever of its names are known or inferred otherwise.
    const classified = a === run.first && (classifiedList || classifiedBefore(ts, a));
    if (classified) classifiedList = true;
    if (!c && classified && input.knownAt[a] < 0 && acceptableName(ts, a, run.last)) c = input.name(a, run.last, 'organization');
    c ??= byVerb(input, a, run.last);
    if (c) {
      out.push(c);
      inferredRun[r] = 1;
    }
  }
  byListWithKnown(input, inferredRun, out);
}

