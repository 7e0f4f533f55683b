/**
 * Turns an inferred name span into a candidate with a canonical id derived
 * from the name ("Acme Robotics Inc." -> "acme-robotics"), so that the same
 * name gets the same id in every document. A name the lexicon knows, or whose
 * id a known entry holds, is that entry.
 */
import type { EntityType } from '../../model';
import type { Candidate } from './candidates';
import type { EntityEntry, EntityLexicon } from './types';
import type { TokenStream } from './tokens';
import { tokenIs } from './tokens';
import { keyOf, slugify } from './keys';
import { detach } from '../../text/intern';
import { extendOverLegalSuffix } from './context';
import { CORPORATE_FORM, LEGAL_FORM, isClass } from './wordClasses';

/** Ids of names seen before: the same few names recur across a corpus, and slugify is not cheap. */
const idCache = new Map<string, string>();
const ID_CACHE_LIMIT = 50_000;

function idOf(key: string): string {
  let id = idCache.get(key);
  if (id === undefined) {
    if (idCache.size >= ID_CACHE_LIMIT) idCache.clear();
    id = slugify(key);
    // The cache outlives documents: it must not keep one alive through a slice of it.
    idCache.set(detach(key), id);
  }
  return id;
}

/**
 * Whether the name over tokens [first, last] has a run of white space or a
 * white-space character other than ' ' (what `\s` matches). Tokens hold no
 * white space, so only the gaps between them are read.
 */
function hasOddSpace(ts: TokenStream, first: number, last: number): boolean {
  const { text, starts, ends } = ts;
  for (let t = first; t < last; t++) {
    let previousSpace = false;
    for (let i = ends[t]; i < starts[t + 1]; i++) {
      const c = text.charCodeAt(i);
      if (c === 32) {
        if (previousSpace) return true;
        previousSpace = true;
      } else if (isOtherSpace(c)) return true;
      else previousSpace = false;
    }
  }
  return false;
}

/** The white-space characters of a regular expression's `\s`, but ' '. */
function isOtherSpace(c: number): boolean {
  if (c < 128) return c >= 9 && c <= 13;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export type Namer = (first: number, last: number, type: EntityType) => Candidate;

export function createNamer(ts: TokenStream, lexicon: EntityLexicon): Namer {
  /** Display names of inferred ids in this document: later mentions keep the first one's name. */
  const names = new Map<string, string>();
  return (first, last, type) => {
    const ext = extendOverLegalSuffix(ts, last);
    let core = last;
    if (core > first && isClass(ts, core, LEGAL_FORM)) core--;
    if (tokenIs(ts, first, 'The') && first < core) first++;
    const key = keyOf(ts, first, core);
    const start = ts.starts[first];
    const slug = idOf(key);
    const entry = lexicon.byKey.get(key)?.entry ?? lexicon.entries.get(slug) ?? knownBeforeCorporateForm(ts, lexicon, first, core);
    if (entry) return { first, last: ext.last, start, end: ext.end, id: entry.id, name: entry.name, type: entry.type, source: entry.source };
    const id = slug || key.toLowerCase();
    let name = names.get(id);
    if (name === undefined) {
      name = ts.text.slice(start, ext.end);
      if (hasOddSpace(ts, first, ext.last)) name = name.replace(/\s+/g, ' ');
      names.set(id, name);
    }
    return { first, last: ext.last, start, end: ext.end, id, name, type, source: 'inferred' };
  };
}

/**
 * "Huawei Technologies", "Toyota Motor Corporation": a known organization's
 * name followed only by words of corporate form is that organization (but
 * "SoftBank Robotics" is a different one, and "Japan Airlines" is no place).
 */
function knownBeforeCorporateForm(ts: TokenStream, lexicon: EntityLexicon, first: number, last: number): EntityEntry | undefined {
  // The cheaper test first: a name that does not end in a corporate form word is none of these.
  if (last === first || !isClass(ts, last, CORPORATE_FORM)) return undefined;
  if (lexicon.tokenTable.get(ts.text, ts.starts[first], ts.ends[first])?.first === undefined) return undefined;
  let end = last;
  while (end > first && isClass(ts, end, CORPORATE_FORM)) {
    end--;
    const entry = lexicon.byKey.get(keyOf(ts, first, end))?.entry;
    if (entry) return entry.type === 'organization' ? entry : undefined;
  }
  return undefined;
}
