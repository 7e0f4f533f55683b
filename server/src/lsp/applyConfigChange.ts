import type { Corpus } from '../analysis/corpus/corpus';
import type { Config } from '../analysis/config';
import { createContext } from '../analysis/analyze';
import { planConfigChange } from '../analysis/configChange';
import { TimeSlices } from './yieldToEventLoop';

/**
 * Brings the corpus to a new configuration with as little work as the change
 * needs (analysis/configChange.ts), in slices so that requests are answered
 * meanwhile. Returns the documents whose findings may have changed.
 * On 10,000 articles, to the last diagnostics: a tolerance ~1 s, an
 * organization named in 100 of them ~1 s, any other change (a re-analysis
 * of every article) ~7-10 s.
 */
export async function applyConfigChange(corpus: Corpus, before: Config, after: Config): Promise<string[]> {
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
    return each(change.docs, (doc) => corpus.recheckRules(doc, change));
  }
  if (plan.kind === 'names') {
    const change = corpus.beginOrganizations(createContext(after), plan.names);
    const affected = new Set<string>();
    await each(change.recheck, (doc) => corpus.recheck(doc, change).forEach((d) => affected.add(d)));
    return [...affected];
  }
  return each(corpus.beginContext(createContext(after)), (doc) => corpus.reanalyse(doc));
}
