/**
 * Documents sharing a match key beyond which its claims are not compared
 * across documents (a quadratic guard, as internal-conflict has one). Each
 * claim is compared with every other under its key, so a key held by k
 * documents costs k² comparisons, and an edit of one of them re-checks all k:
 * at 2,000 documents a check took 3.3 s and one edit 3.4 s. A key that
 * hundreds of sources share is too coarse to tell one claim from another
 * ("japan|funding||"); hovers still show what the other sources say under it.
 */
export const MAX_HOLDERS = 200;

/** Whether claims under a key held by this many documents are compared. */
export function comparedAt(holders: number): boolean {
  return holders <= MAX_HOLDERS;
}

/**
 * Whether a change under a key that this many documents hold after it may
 * change other documents' findings: a change adds or removes one holder at
 * most, so above MAX_HOLDERS + 1 the key is too common both before and after.
 */
export function changeMattersAt(holdersAfter: number): boolean {
  return holdersAfter <= MAX_HOLDERS + 1;
}
