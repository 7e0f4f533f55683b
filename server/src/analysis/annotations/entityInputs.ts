/**
 * What annotations tell the entity lexicon: names the researcher tagged (as
 * an organization, place or programme, possibly as another name of a known
 * entity) and names marked "not an entity". Tags are about a name, so they
 * change entities everywhere in the corpus; a suppression also keeps where it
 * was made, for extractors that want to scope it.
 */
import type { EntityType } from '../model';
import type { OrganizationConfig } from '../config';
import type { Annotation } from './schema';

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
      const name = t.quote.exact.trim().replace(/\s+/g, ' ');
      if (!name) continue;
      if (a.kind === 'tag') tags.set(name.toLowerCase(), { name, type: a.entityType, ...(a.aliasOf ? { aliasOf: a.aliasOf } : {}) });
      else suppressions.push({ name, source: t.source, start: t.position.start, end: t.position.end });
    }
  }
  return { tags: [...tags.values()], suppressions };
}

/**
 * Tags as organization entries of the workspace configuration, for a lexicon
 * built from `buildLexicon(organizations)`: a tag of its own becomes an entity
 * (id from its name); aliases join the entity they name (its display name
 * from `nameOf`, else the id).
 */
export function tagsAsOrganizations(tags: readonly EntityTag[], nameOf: (id: string) => string | undefined = () => undefined): OrganizationConfig[] {
  const out = new Map<string, OrganizationConfig>();
  for (const t of tags) {
    const id = t.aliasOf ?? slug(t.name);
    if (!id) continue;
    const entry = out.get(id) ?? { id, name: t.aliasOf ? (nameOf(t.aliasOf) ?? t.aliasOf) : t.name, aliases: [], type: t.type };
    if (t.aliasOf && t.name !== entry.name && !entry.aliases.includes(t.name)) entry.aliases.push(t.name);
    out.set(id, entry);
  }
  return [...out.values()];
}

/** "Preferred Networks" -> "preferred-networks" (the config's id format). */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
