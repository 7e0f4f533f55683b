/**
 * What a change of configuration asks of a corpus, from the least work to
 * the most: only rules run again (a tolerance or a severity changed), only
 * the articles naming a changed organization are analysed again (the
 * workspace's organizations changed, nothing else), or every article is.
 */
import type { Config, ConfigKey } from './config';
import { RULE_SETTINGS } from './config';
import { buildLexicon } from './extract/entities';
import type { EntityLexicon } from './extract/entities/types';

/** For 'names', the new lexicon it compared, for the new context (createContext): a lexicon takes ~15 ms to build. */
export type ConfigChangePlan = { kind: 'rules' } | { kind: 'names'; names: string[]; lexicon: EntityLexicon } | { kind: 'all' };

export function planConfigChange(before: Config, after: Config): ConfigChangePlan {
  if (differOnlyIn(before, after, RULE_SETTINGS)) return { kind: 'rules' };
  if (differOnlyIn(before, after, ['organizations'])) {
    const lexicon = buildLexicon(after.organizations);
    return { kind: 'names', names: changedNames(buildLexicon(before.organizations), lexicon), lexicon };
  }
  return { kind: 'all' };
}

/** Whether two configurations are the same but for these keys. */
export function differOnlyIn(a: Config, b: Config, keys: readonly ConfigKey[]): boolean {
  const rest = (c: Config) => JSON.stringify(Object.entries(c).filter(([k]) => !keys.includes(k as ConfigKey)));
  return rest(a) === rest(b);
}

/**
 * The names (and aliases) of every entry that differs between two lexicons,
 * as both write them: a text that names none of them (in any of the forms
 * the lexicon finds a name by: keys.ts, searchForms) is analysed the same
 * under both.
 */
export function changedNames(a: EntityLexicon, b: EntityLexicon): string[] {
  const names = new Set<string>();
  const add = (id: string, lexicon: EntityLexicon) => {
    const e = lexicon.entries.get(id);
    if (!e) return;
    for (const name of [e.name, ...e.aliases]) names.add(name);
  };
  const same = (id: string) => {
    const x = a.entries.get(id);
    const y = b.entries.get(id);
    return x !== undefined && y !== undefined && x.name === y.name && x.type === y.type && x.ambiguous === y.ambiguous && JSON.stringify(x.aliases) === JSON.stringify(y.aliases);
  };
  for (const id of new Set([...a.entries.keys(), ...b.entries.keys()])) {
    if (same(id)) continue;
    add(id, a);
    add(id, b);
  }
  return [...names];
}
