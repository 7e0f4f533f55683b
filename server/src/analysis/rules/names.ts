import type { RuleInput } from './rule';

/** Canonical display names for entity ids: the document's own mentions first, then the corpus. */
export function entityNamer(input: RuleInput): (id: string) => string {
  const names = new Map<string, string>();
  for (const e of input.analysis.entities) names.set(e.id, e.name);
  return (id) => {
    let name = names.get(id);
    if (name === undefined) {
      name = input.corpus.firstMentionOf(id)?.mention.name ?? id;
      names.set(id, name);
    }
    return name;
  };
}
