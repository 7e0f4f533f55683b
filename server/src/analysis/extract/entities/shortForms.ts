/**
 * Later (or earlier) short forms of names a document spells out in full:
 * "Genesis" for "Genesis Mission", "Acme" for "Acme Robotics Inc.", and an
 * acronym defined in brackets right after a name: "Preferred Networks (PFN)".
 * Short forms hold only within the document that names the entity in full.
 */
import type { Candidate, Selection } from './candidates';
import type { EntityLexicon } from './types';
import { CAP, UPPER, SENT_START, POSSESSIVE, GAP_HYPHEN, GAP_SPACE, type TokenStream } from './tokens';
import { HANDLE } from './lines';
import { isNameToken } from './runs';
import { isTrailingAbbreviation } from './keys';
import { orgVerbAfter, tokenWord, NO_VERB } from './context';
import { COMMON_ACRONYMS, GENERIC_WORDS, ORG_SUFFIXES, PROGRAMME_SUFFIXES, STOP_CAPITALIZED } from './vocabulary';

interface ShortForm {
  of: Candidate;
  /** Acronyms defined in brackets hold anywhere; a first word needs a place where a capital means a name. */
  acronym: boolean;
}

export function addShortForms(ts: TokenStream, lexicon: EntityLexicon, kinds: Uint8Array, selection: Selection): void {
  const forms = new Map<string, ShortForm>();
  const added: Candidate[] = [];
  for (const c of selection.kept) {
    if (c.type === 'place') continue;
    const head = headWord(ts, lexicon, c);
    if (head !== undefined && !forms.has(head)) forms.set(head, { of: c, acronym: false });
    const acronym = bracketedAcronym(ts, c);
    if (acronym !== undefined && !selection.taken[acronym]) {
      const w = tokenWord(ts, acronym);
      if (!forms.has(w)) forms.set(w, { of: c, acronym: true });
    }
  }
  if (forms.size === 0) return;
  for (let i = 0; i < ts.count; i++) {
    if (selection.taken[i] || kinds[i] === HANDLE || (ts.flags[i] & (CAP | UPPER)) === 0) continue;
    const form = forms.get(tokenWord(ts, i));
    if (!form || (!form.acronym && !fitsFirstWord(ts, i))) continue;
    const c = form.of;
    added.push({ first: i, last: i, start: ts.starts[i], end: ts.ends[i], id: c.id, name: c.name, type: c.type, source: c.source });
    selection.taken[i] = 1;
  }
  if (added.length === 0) return;
  selection.kept.push(...added);
  selection.kept.sort((a, b) => a.start - b.start);
}

/**
 * The first word of a name whose other words are all suffixes ("Genesis" of
 * "Genesis Mission", "Acme" of "Acme Robotics Inc."), if it is distinctive
 * and not itself a name the lexicon knows.
 */
function headWord(ts: TokenStream, lexicon: EntityLexicon, c: Candidate): string | undefined {
  if (c.last === c.first) return undefined;
  for (let t = c.first + 1; t <= c.last; t++) {
    const w = tokenWord(ts, t);
    if (!ORG_SUFFIXES.has(w) && !PROGRAMME_SUFFIXES.has(w) && !isTrailingAbbreviation(w)) return undefined;
    if (ts.gaps[t - 1] !== GAP_SPACE) return undefined;
  }
  const head = tokenWord(ts, c.first);
  if (head.length < 3 || (ts.flags[c.first] & CAP) === 0) return undefined;
  if (STOP_CAPITALIZED.has(head) || GENERIC_WORDS.has(head) || COMMON_ACRONYMS.has(head) || lexicon.byKey.has(head)) return undefined;
  return head;
}

/** "Preferred Networks (PFN)": the token index of an acronym in brackets right after a name. */
function bracketedAcronym(ts: TokenStream, c: Candidate): number | undefined {
  const a = c.last + 1;
  const { text } = ts;
  if (a >= ts.count || (ts.flags[a] & UPPER) === 0) return undefined;
  if (text.slice(c.end, ts.starts[a]) !== ' (' || text.charCodeAt(ts.ends[a]) !== 41) return undefined;
  const w = tokenWord(ts, a);
  if (COMMON_ACRONYMS.has(w) || w.charCodeAt(0) !== c.name.charCodeAt(0)) return undefined;
  return a;
}

/**
 * A first word stands for the whole name mid-sentence, or at the start of
 * one with a possessive, a hyphen ("Genesis-funded") or an organization verb;
 * not before another capitalized word that would make a different name
 * ("Preferred Stock"), unless that word is a common acronym ("Genesis AI").
 */
function fitsFirstWord(ts: TokenStream, i: number): boolean {
  const f = ts.flags[i];
  const next = i + 1;
  if (next < ts.count && ts.gaps[i] === GAP_SPACE && isNameToken(ts.flags, next) && !COMMON_ACRONYMS.has(tokenWord(ts, next))) return false;
  if ((f & SENT_START) === 0) return true;
  return (f & POSSESSIVE) !== 0 || ts.gaps[i] === GAP_HYPHEN || orgVerbAfter(ts, i) !== NO_VERB;
}
