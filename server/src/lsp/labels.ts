/** Names of claims as people read them. */
import type { Claim } from '../analysis/model';
import type { Corpus } from '../analysis/corpus/corpus';
import { entityName } from '../analysis/corpus/queries';

/** "public funding of SoftBank Group, Sony" */
export function claimLabel(corpus: Corpus, claim: Claim, doc: string): string {
  const subjects = claim.subjects.map((id) => entityName(corpus, id, doc)).join(', ');
  const what = [claim.scope, claim.measure].filter(Boolean).join(' ') || 'figure';
  return subjects ? `${what} of ${subjects}` : what;
}
