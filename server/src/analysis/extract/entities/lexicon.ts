/**
 * Builds the lexicon once per configuration: the built-in list
 * (data/entities.json), then the workspace's `organizations` (which add
 * entries, or override a built-in one with the same id), then annotation
 * tags. Later sources win a name they share with an earlier one.
 */
import type { Config } from '../../config';
import type { EntityType } from '../../model';
import builtin from '../../data/entities.json';
import type { EntityEntry, EntityExtras, EntityLexicon, LexiconHit, TokenInfo } from './types';
import { classifiedWords } from './wordClasses';
import { nameKey, slugify } from './keys';
import { WordFilter } from './wordFilter';
import { WordTable } from './wordTable';

interface BuiltinEntry {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  ambiguous?: boolean;
}

const ENTITY_TYPES: ReadonlySet<string> = new Set(['organization', 'place', 'programme']);

function builtinEntries(): EntityEntry[] {
  const out: EntityEntry[] = [];
  for (const e of (builtin as { entities: BuiltinEntry[] }).entities) {
    if (!ENTITY_TYPES.has(e.type)) continue;
    out.push({ id: e.id, name: e.name, type: e.type as EntityType, aliases: e.aliases, ambiguous: e.ambiguous === true, source: 'builtin' });
  }
  return out;
}

export function buildLexicon(organizations: Config['organizations'] = [], extras: EntityExtras = {}): EntityLexicon {
  const byId = new Map<string, EntityEntry>();
  for (const e of builtinEntries()) byId.set(e.id, e);

  for (const org of organizations ?? []) {
    const id = org.id ?? slugify(org.name);
    if (!id) continue;
    const previous = byId.get(id);
    // A config entry overrides the built-in one with its id, keeping the built-in aliases too.
    byId.set(id, {
      id,
      name: org.name,
      type: org.type ?? previous?.type ?? 'organization',
      aliases: [...(previous ? [previous.name, ...previous.aliases] : []), ...(org.aliases ?? [])],
      ambiguous: false,
      source: 'config',
    });
  }

  const tagEntries: EntityEntry[] = [];
  for (const tag of extras.tags ?? []) {
    const text = tag.text?.trim();
    if (!text) continue;
    const id = tag.id ?? slugify(tag.name ?? text);
    if (!id) continue;
    const target = byId.get(id);
    if (target && !tag.name) {
      // A tag on a known entity adds an alias to it; mentions found through that alias say "annotation".
      tagEntries.push({ ...target, aliases: [text], ambiguous: false, source: 'annotation' });
    } else {
      const entry: EntityEntry = { id, name: tag.name ?? target?.name ?? text, type: tag.type, aliases: [text], ambiguous: false, source: 'annotation' };
      byId.set(id, entry);
      tagEntries.push(entry);
    }
  }

  const byKey = new Map<string, LexiconHit>();
  const firstTokens = new Map<string, number>();
  const innerTokenFilter = new WordFilter();
  const add = (name: string, entry: EntityEntry) => {
    const k = nameKey(name);
    if (!k) return;
    for (const token of k.rest) innerTokenFilter.add(token);
    byKey.set(k.key, { entry, ambiguous: entry.ambiguous === true && k.tokens === 1 });
    if ((firstTokens.get(k.first) ?? 0) < k.tokens) firstTokens.set(k.first, k.tokens);
  };
  const addAll = (entry: EntityEntry) => {
    for (const name of [entry.name, ...entry.aliases]) {
      add(name, entry);
      // "The Wall Street Journal" is also written without its article.
      if (/^the\s/i.test(name)) add(name.replace(/^the\s+/i, ''), entry);
    }
  };
  for (const entry of byId.values()) if (entry.source !== 'annotation') addAll(entry);
  for (const entry of tagEntries) addAll(entry);

  const notEntities = new Set<string>();
  for (const t of extras.notEntities ?? []) {
    const s = t?.trim();
    if (s) notEntities.add(s.toLowerCase());
  }
  const tokenTable = new WordTable<TokenInfo>();
  const classes = classifiedWords();
  for (const [word, bits] of classes) tokenTable.set(word, { classes: bits, first: undefined });
  for (const [first, maxTokens] of firstTokens) tokenTable.set(first, { classes: classes.get(first) ?? 0, first: { maxTokens, single: byKey.get(first) } });
  return { size: byId.size, byKey, firstTokens, tokenTable, innerTokenFilter, notEntities, entries: byId };
}
