import type { Rule } from './rule';

/** Every conflict rule, one per file. */
export const RULES: readonly Rule[] = [];
