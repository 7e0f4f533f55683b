/**
 * Inference from a name's own words: an organization or programme suffix
 * ("Acme Robotics", "Brightline Initiative"), an institution head ("Ministry
 * of …"), a source tag in brackets at the start of a line ("[Coin World]").
 */
import type { Candidate } from './candidates';
import type { Run } from './runs';
import { LOWER_START, type TokenStream } from './tokens';
import { tokenWord } from './context';
import { anyDistinctive, looksLikePerson, type InferenceInput } from './evidence';
import { CONNECTOR, INSTITUTION, LEGAL_FORM, ORG_SUFFIX, PROGRAMME_SUFFIX, isClass, wordClass } from './wordClasses';

/**
 * "Acme Robotics", "Mizuho Holdings Inc.", "the Genesis Mission": a run with an
 * organization or programme suffix after at least one distinctive word. The
 * name ends at the suffix (and any suffix words right after it, or an
 * "of …" tail): "Acme Capital Partners", "Acme Bank of Commerce".
 */
export function bySuffix({ ts, name }: InferenceInput, a: number, b: number): Candidate | undefined {
  for (let s = a + 1; s <= b; s++) {
    const cls = wordClass(ts, s);
    const programme = (cls & PROGRAMME_SUFFIX) !== 0;
    if (!programme && (cls & (ORG_SUFFIX | LEGAL_FORM)) === 0) continue;
    const start = afterLeadingPhrase(ts, a, s);
    if (!anyDistinctive(ts, start, s - 1)) continue;
    let e = s;
    while (e + 1 <= b && isClass(ts, e + 1, ORG_SUFFIX | LEGAL_FORM)) e++;
    if (e + 1 <= b && ts.flags[e + 1] & LOWER_START) e = b; // "… Bank of Commerce"
    if (looksLikePerson(ts, start, s - 1)) return undefined;
    return name(start, e, programme && e === s ? 'programme' : 'organization');
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
    const cls = wordClass(ts, k);
    if (cls & (INSTITUTION | ORG_SUFFIX)) return start;
    if (ts.flags[k] & LOWER_START && cls & CONNECTOR) start = k + 1;
  }
  while (start < s && ts.flags[start] & LOWER_START) start++;
  return start;
}

/** "Ministry of Defense", "University of Tokyo": an institution head, "of"/"for", a distinctive name. */
export function byInstitutionHead({ ts, name }: InferenceInput, a: number, b: number): Candidate | undefined {
  for (let h = a; h + 2 <= b; h++) {
    if (!isClass(ts, h, INSTITUTION)) continue;
    const link = tokenWord(ts, h + 1);
    if (link !== 'of' && link !== 'for') continue;
    if (!anyDistinctive(ts, h + 2, b)) return undefined;
    return name(h, b, 'organization');
  }
  return undefined;
}

/** "[Coin World] Japan is …", "(Reuters) -": a source tag in brackets at the start of a line. */
export function byBracketSource({ ts, name }: InferenceInput, run: Run, a: number): Candidate | undefined {
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

