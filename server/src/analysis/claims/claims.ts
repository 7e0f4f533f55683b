import type { Claim, EntityMention, Figure, Sentence } from '../model';
import type { Config } from '../config';

/** Ties each claim-bearing figure to its subject, measure and scope. (Placeholder.) */
export function buildClaims(
  _text: string,
  _sentences: Sentence[],
  _figures: Figure[],
  _entities: EntityMention[],
  _config: Config,
): Claim[] {
  return [];
}
