/**
 * Turns an inferred name span into a candidate with a canonical id derived
 * from the name ("Acme Robotics Inc." -> "acme-robotics"), so that the same
 * name gets the same id in every document. A name the lexicon knows, or whose
 * id a known entry holds, is that entry.
 */
import type { EntityType } from '../../model';
import type { Candidate } from './candidates';
import type { EntityLexicon } from './types';
import type { TokenStream } from './tokens';
import { isTrailingAbbreviation, keyOf, slugify } from './keys';
import { extendOverLegalSuffix, tokenWord } from './context';

export type Namer = (first: number, last: number, type: EntityType) => Candidate;

export function createNamer(ts: TokenStream, lexicon: EntityLexicon): Namer {
  /** Display names of inferred ids in this document: later mentions keep the first one's name. */
  const names = new Map<string, string>();
  return (first, last, type) => {
    const ext = extendOverLegalSuffix(ts, last);
    let core = last;
    if (core > first && isTrailingAbbreviation(tokenWord(ts, core))) core--;
    if (tokenWord(ts, first) === 'The' && first < core) first++;
    const key = keyOf(ts, first, core);
    const hit = lexicon.byKey.get(key);
    const start = ts.starts[first];
    const entry = hit?.entry ?? lexicon.entries.get(slugify(key));
    if (entry) return { first, last: ext.last, start, end: ext.end, id: entry.id, name: entry.name, type: entry.type, source: entry.source };
    const id = slugify(key) || key.toLowerCase();
    let name = names.get(id);
    if (name === undefined) {
      name = ts.text.slice(start, ext.end).replace(/\s+/g, ' ');
      names.set(id, name);
    }
    return { first, last: ext.last, start, end: ext.end, id, name, type, source: 'inferred' };
  };
}
