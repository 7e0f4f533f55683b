import type { Rule } from './rule';
import { figureConflict } from './figureConflict';
import { internalConflict } from './internalConflict';
import { conversionMismatch } from './conversionMismatch';
import { dateInconsistency } from './dateInconsistency';

/** Every conflict rule, one per file. */
export const RULES: readonly Rule[] = [figureConflict, internalConflict, conversionMismatch, dateInconsistency];
