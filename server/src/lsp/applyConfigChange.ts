import type { Corpus } from '../analysis/corpus/corpus';
import type { Config } from '../analysis/config';
import { createContext } from '../analysis/analyze';
import { planConfigChange } from '../analysis/configChange';
import { TimeSlices } from './yieldToEventLoop';

export interface AppliedChange {
  /** Documents whose findings may have changed. */
  docs: string[];
  /**
   * Whether the closed documents are left to be analysed again: by a re-index
   * of the workspace, which shares them with the indexing worker (the caller
   * runs it). Corpus.isCurrent tells them apart meanwhile.
   */
  reindex: boolean;
}

/**
 * Brings the corpus to a new configuration with as little work as the change
 * needs (analysis/configChange.ts), in slices so that requests are answered
 * meanwhile. On 10,000 articles, to the last diagnostics: a tolerance ~1 s,
 * an organization named in 100 of them ~1 s. Any other change analyses
 * every article again: here those that `here` picks (by default all; the
 * server picks the open ones once the workspace is indexed), and the caller
 * re-indexes the rest.
 */
export async function applyConfigChange(corpus: Corpus, before: Config, after: Config, here: (doc: string) => boolean = () => true): Promise<AppliedChange> {
  const plan = planConfigChange(before, after);
  const slices = new TimeSlices();
  const each = async (docs: string[], work: (doc: string) => void) => {
    for (const doc of docs) {
      work(doc);
      if (slices.due) await slices.next();
    }
    return docs;
  };
  if (plan.kind === 'rules') {
    const change = corpus.beginRuleSettings(after);
    return { docs: await each(change.docs, (doc) => corpus.recheckRules(doc, change)), reindex: false };
  }
  if (plan.kind === 'names') {
    const change = corpus.beginOrganizations(createContext(after, plan.lexicon), plan.names);
    const affected = new Set<string>();
    await each(change.recheck, (doc) => corpus.recheck(doc, change).forEach((d) => affected.add(d)));
    return { docs: [...affected], reindex: false };
  }
  const docs = corpus.beginContext(createContext(after));
  const mine = docs.filter(here);
  const affected = new Set<string>(mine);
  await each(mine, (doc) => corpus.reanalyse(doc).forEach((d) => affected.add(d)));
  return { docs: [...affected], reindex: mine.length < docs.length };
}
