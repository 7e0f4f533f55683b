import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const SEEDS = join(ROOT, 'seeds');
export const DIST = join(ROOT, 'dist');
