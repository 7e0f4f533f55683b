import type { EntityMention } from '../model';
import type { CorpusView, RuleInput } from './rule';

/** An entity's display name: as the document names it (its first mention there), else as the corpus first does, else its id. */
export function displayName(id: string, own: readonly EntityMention[] | undefined, corpus: Pick<CorpusView, 'firstMentionOf'>): string {
  const local = own?.find((m) => m.id === id);
  return local ? local.name : (corpus.firstMentionOf(id)?.mention.name ?? id);
}

/**
 * displayName for the entities of the document a rule checks, each looked up
 * once: rules ask for a namer for every document they check, and most
 * documents yield no finding to name, so nothing is done before the first call.
 */
export function entityNamer(input: RuleInput): (id: string) => string {
  const names = new Map<string, string>();
  return (id) => {
    let name = names.get(id);
    if (name === undefined) {
      name = displayName(id, input.analysis.entities, input.corpus);
      names.set(id, name);
    }
    return name;
  };
}
