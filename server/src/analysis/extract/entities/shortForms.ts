/**
 * Later (or earlier) short forms of names a document spells out in full:
 * "Genesis" for "Genesis Mission", "Acme" for "Acme Robotics Inc.", and an
 * acronym defined in brackets right after a name: "Preferred Networks (PFN)".
 * Short forms hold only within the document that names the entity in full.
 */
import { sortByStart, type Candidate, type Selection } from './candidates';
import type { EntityLexicon } from './types';
import * as tokens from './tokens';
import type { TokenStream } from './tokens';
import * as lines from './lines';
import * as runs from './runs';
import * as context from './context';
import { ACRONYM, GENERIC, LEGAL_FORM, ORG_SUFFIX, PROGRAMME_SUFFIX, STOP, isClass } from './wordClasses';

// Local copies: these run once per token, and under tsx (tests, bench) an imported binding costs a getter call.
const { CAP, UPPER, GAP_SPACE } = tokens;
const { HANDLE } = lines;
const { isNameToken } = runs;
const { tokenWord } = context;

interface ShortForm {
  of: Candidate;
  /** Acronyms defined in brackets hold anywhere; other short forms not before another capitalized word. */
  acronym: boolean;
}

export function addShortForms(ts: TokenStream, lexicon: EntityLexicon, kinds: Uint8Array, selection: Selection): void {
  const forms = new Map<string, ShortForm>();
  let acronyms = false;
  for (const c of selection.kept) {
    if (c.type === 'place') continue;
    const head = headWord(ts, lexicon, c);
    if (head !== undefined && !forms.has(head)) forms.set(head, { of: c, acronym: false });
    // A one-word name inferred once stands for the same entity elsewhere in the document.
    if (c.source === 'inferred' && c.first === c.last) {
      const w = tokenWord(ts, c.first);
      if (!forms.has(w)) forms.set(w, { of: c, acronym: false });
    }
    const acronym = bracketedAcronym(ts, c);
    if (acronym !== undefined) {
      forms.set(tokenWord(ts, acronym), { of: c, acronym: true });
      acronyms = true;
    }
  }
  if (forms.size === 0) return;
  // A defined acronym beats a one-word guess about the same word ("OD plans …" after "Orbital Dynamics (OD)").
  // Without one, every candidate stays, and the kept list (the caller's own) grows in place.
  const kept = !acronyms ? selection.kept : selection.kept.filter((c) => {
    if (c.source !== 'inferred' || c.first !== c.last) return true;
    const form = forms.get(tokenWord(ts, c.first));
    if (!form || !form.acronym || form.of.id === c.id) return true;
    selection.taken[c.first] = 0;
    return false;
  });
  // A document defines a handful of short forms: two bit masks (lengths, first letters) reject most tokens unsliced.
  let lengths = 0;
  let initials = 0;
  for (const w of forms.keys()) {
    lengths |= 1 << Math.min(w.length, 31);
    initials |= 1 << (w.charCodeAt(0) & 31);
  }
  const found = kept.length;
  for (let p = 0; p < ts.nameCount; p++) {
    const i = ts.names[p];
    if (selection.taken[i] || kinds[i] === HANDLE || (ts.flags[i] & (CAP | UPPER)) === 0) continue;
    if (((lengths >>> Math.min(ts.ends[i] - ts.starts[i], 31)) & 1) === 0 || ((initials >>> (ts.text.charCodeAt(ts.starts[i]) & 31)) & 1) === 0) continue;
    const form = forms.get(tokenWord(ts, i));
    if (!form || (!form.acronym && !fitsFirstWord(ts, i))) continue;
    const c = form.of;
    kept.push({ first: i, last: i, start: ts.starts[i], end: ts.ends[i], id: c.id, name: c.name, type: c.type, source: c.source });
    selection.taken[i] = 1;
  }
  // The kept candidates are in text order already; the short forms found are added after them.
  if (kept.length > found) sortByStart(kept);
  selection.kept = kept;
}

/**
 * The first word of a name whose other words are all suffixes or generic
 * words ("Genesis" of "Genesis Mission", "Acme" of "Acme Robotics Inc.",
 * "Helio" of "Helio Energy Corp"), if it is distinctive and not itself a name
 * the lexicon knows.
 */
function headWord(ts: TokenStream, lexicon: EntityLexicon, c: Candidate): string | undefined {
  if (c.last === c.first) return undefined;
  for (let t = c.first + 1; t <= c.last; t++) {
    if (!isClass(ts, t, ORG_SUFFIX | PROGRAMME_SUFFIX | GENERIC | LEGAL_FORM)) return undefined;
    if (ts.gaps[t - 1] !== GAP_SPACE) return undefined;
  }
  const head = tokenWord(ts, c.first);
  if (head.length < 3 || (ts.flags[c.first] & CAP) === 0) return undefined;
  if (isClass(ts, c.first, STOP | GENERIC | ACRONYM) || lexicon.byKey.has(head)) return undefined;
  return head;
}

/** "Preferred Networks (PFN)": the token index of an acronym in brackets right after a name. */
function bracketedAcronym(ts: TokenStream, c: Candidate): number | undefined {
  const a = c.last + 1;
  const { text } = ts;
  if (a >= ts.count || (ts.flags[a] & UPPER) === 0) return undefined;
  // " (" between the name and the acronym, ")" after it.
  if (ts.starts[a] - c.end !== 2 || text.charCodeAt(c.end) !== 32 || text.charCodeAt(c.end + 1) !== 40 || text.charCodeAt(ts.ends[a]) !== 41) return undefined;
  const w = tokenWord(ts, a);
  if (isClass(ts, a, ACRONYM) || w.charCodeAt(0) !== c.name.charCodeAt(0)) return undefined;
  return a;
}

/**
 * A short form stands for the whole name unless another capitalized word
 * follows it and would make a different name ("Preferred Stock"); a common
 * acronym after it is fine ("Genesis AI Alliance").
 */
function fitsFirstWord(ts: TokenStream, i: number): boolean {
  const next = i + 1;
  return !(next < ts.count && ts.gaps[i] === GAP_SPACE && isNameToken(ts.flags, next) && !isClass(ts, next, ACRONYM));
}
