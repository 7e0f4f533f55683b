/**
 * Organizations, places and programmes: the entry point others call.
 * `buildLexicon` once per configuration (built-in list in data/entities.json,
 * then the workspace's `organizations`, then annotation tags and "not an
 * entity" suppressions), `extractEntities` per document.
 *
 * How a document is read (files under ./entities/):
 *   tokens.ts        one pass: word tokens, their shape flags, what separates them,
 *                    over the text's code units in a typed array (text/codeUnits.ts)
 *   lines.ts         body line, Title Case headline/label, or comment handle
 *   matchKnown.ts    lexicon names: 1–N token lookups in one Map, legal suffixes
 *   runs.ts          runs of capitalized words ("Bank of Korea")
 *   infer.ts         unknown names from evidence: inferByShape.ts (suffixes,
 *                    institution heads, source tags), inferByContext.ts
 *                    (classifiers, appositives, verbs, lists), evidence.ts
 *   naming.ts        ids derived from names, the same in every document
 *   candidates.ts    overlaps resolved: longest, then surest source
 *   shortForms.ts    "Genesis" for "Genesis Mission", "PFN" for "Preferred Networks (PFN)"
 *   vocabulary.ts    the word lists the rules stand on (wordClasses.ts: one lookup per token)
 *   wordTable.ts     words looked up with a span of the text in place, never sliced
 */
export { buildLexicon } from './entities/lexicon';
export { extractEntities } from './entities/extract';
export type { EntityLexicon, EntityExtras, EntityEntry } from './entities/types';
