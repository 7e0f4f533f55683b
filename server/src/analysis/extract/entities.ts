/**
 * Organizations, places and programmes: the entry point others call.
 * `buildLexicon` once per configuration, `extractEntities` per document.
 * The implementation lives in ./entities/.
 */
export { buildLexicon } from './entities/lexicon';
export { extractEntities } from './entities/extract';
export type { EntityLexicon, EntityExtras, EntityEntry } from './entities/types';
