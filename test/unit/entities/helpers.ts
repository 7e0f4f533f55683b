import { buildLexicon, extractEntities, type EntityExtras } from '../../../server/src/analysis/extract/entities';
import type { Config } from '../../../server/src/analysis/config';
import type { EntityMention } from '../../../server/src/analysis/model';

const defaultLexicon = buildLexicon([]);

/** Entities of a text as "text=id" strings, in order. */
export function found(text: string, organizations: Config['organizations'] = [], extras?: EntityExtras): string[] {
  return mentions(text, organizations, extras).map((m) => `${m.text}=${m.id}`);
}

export function mentions(text: string, organizations: Config['organizations'] = [], extras?: EntityExtras): EntityMention[] {
  const lexicon = organizations.length === 0 && !extras ? defaultLexicon : buildLexicon(organizations, extras);
  return extractEntities(text, lexicon);
}
