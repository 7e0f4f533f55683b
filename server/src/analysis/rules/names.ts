import type { RuleInput } from './rule';

/**
 * Canonical display names for entity ids: the document's own mentions first,
 * then the corpus. The table is made on first use: rules ask for a namer for
 * every document they check, and most documents yield no finding to name.
 */
export function entityNamer(input: RuleInput): (id: string) => string {
  let names: Map<string, string> | undefined;
  return (id) => {
    if (!names) {
      names = new Map<string, string>();
      for (const e of input.analysis.entities) names.set(e.id, e.name);
    }
    let name = names.get(id);
    if (name === undefined) {
      name = input.corpus.firstMentionOf(id)?.mention.name ?? id;
      names.set(id, name);
    }
    return name;
  };
}
