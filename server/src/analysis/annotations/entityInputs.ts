/**
 * What annotations tell the entity lexicon: names the researcher tagged (as
 * an organization, place or programme, possibly as another name of a known
 * entity) and names marked "not an entity". Tags are about a name, so they
 * change entities everywhere in the corpus, and so does "not an entity" (the
 * lexicon knows names, not places); a suppression keeps where it was made for
 * the Annotations view.
 */
import type { EntityType } from '../model';
import type { EntityExtras } from '../extract/entities/types';
import type { Annotation } from './schema';
import { quotedName } from './quotedName';

export interface EntityTag {
  name: string;
  type: EntityType;
  /** Canonical id of the entity this name is another name of. */
  aliasOf?: string;
}

export interface EntitySuppression {
  name: string;
  /** Stored source path and position hint of the annotation that made it. */
  source: string;
  start: number;
  end: number;
}

export interface EntityInputs {
  tags: EntityTag[];
  suppressions: EntitySuppression[];
}

export function entityInputsFromAnnotations(annotations: readonly Annotation[]): EntityInputs {
  const tags = new Map<string, EntityTag>();
  const suppressions: EntitySuppression[] = [];
  // Oldest first, so a later tag of the same name wins.
  const ordered = [...annotations].sort((a, b) => a.modified.localeCompare(b.modified));
  for (const a of ordered) {
    if (a.kind !== 'tag' && a.kind !== 'not-entity') continue;
    for (const t of a.targets) {
      const name = quotedName(t.quote.exact);
      if (!name) continue;
      if (a.kind === 'tag') tags.set(name.toLowerCase(), { name, type: a.entityType, ...(a.aliasOf ? { aliasOf: a.aliasOf } : {}) });
      else suppressions.push({ name, source: t.source, start: t.position.start, end: t.position.end });
    }
  }
  return { tags: [...tags.values()], suppressions };
}

/** The inputs in the shape the entity lexicon takes (`buildLexicon(organizations, extras)`). */
export function lexiconExtras(inputs: EntityInputs): EntityExtras {
  return {
    tags: inputs.tags.map((t) => ({ text: t.name, type: t.type, ...(t.aliasOf ? { id: t.aliasOf } : {}) })),
    notEntities: [...new Set(inputs.suppressions.map((s) => s.name))],
  };
}
