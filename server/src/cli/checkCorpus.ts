/**
 * How `corroborate check` builds its corpus (the benchmark's check builds
 * the same): every text kept, as it was read, but of each analysis only
 * what findings read: its claims' figures, not the dates, counts and page
 * furniture besides, and of its mentions only the first of each entity a
 * claim names (corpus/slim.ts). Nothing in a check asks for more.
 */
import type { CorpusOptions } from '../analysis/corpus/corpus';

export const CHECK_CORPUS: CorpusOptions = { figures: 'claims', mentions: 'subjects' };
